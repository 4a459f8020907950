"""Title words as surnames: "King", "Judge" or "Bishop" after a first name, a role or "Mr" is
a person's surname, while "the Lion King" or "the Prime Minister" stays nobody; each on a short
invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_title_surname_after_a_role_and_an_unknown_first_name_is_a_person() -> None:
    quotes = attributed(
        "Last month, central bank governor Orrin King said that the economy had hit a "
        "\u201csofter patch\u201d after rapid growth."
    )
    assert quotes == [
        ("Orrin King", "the economy had hit a \u201csofter patch\u201d after rapid growth")
    ]


def test_a_title_surname_after_a_known_first_name_is_a_person() -> None:
    quotes = attributed(
        "Novelist Stephen King said the film was \u201ca fine piece of work\u201d."
    )
    assert [speaker for speaker, _ in quotes] == ["Stephen King"]


def test_her_words_after_she_are_hers_not_the_man_she_means_to_beat() -> None:
    quotes = attributed(
        "Former MP Dara King has been chosen to stand against George Dalloway.",
        "\u201cI'm delighted I've been given the chance to beat him, and believe me I will,\u201d "
        "she said.",
    )
    assert quotes[-1][0] == "Dara King"


def test_a_firm_ending_in_a_title_word_is_no_person() -> None:
    quotes = attributed("Burger King said that its sales rose in the spring.")
    assert not any(speaker in {"King", "Burger King"} for speaker, _ in quotes)
