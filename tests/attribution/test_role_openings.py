"""A person noun opening a sentence before two capitalised words is a role, not part of the
name, even when the lexicon does not know the first name; short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_an_actor_with_an_unknown_first_name_is_the_he_of_a_later_quote() -> None:
    quotes = attributed(
        "Actor Zorvan Quill, best known for his role in a space saga, was honoured on Monday.",
        "\u201cI asked my mother if I could act,\u201d Quill said.",
        "He also spoke of leaving school. \u201cThe theatre was calling,\u201d he said.",
    )
    assert ("Zorvan Quill", "I asked my mother if I could act") in quotes
    assert ("Zorvan Quill", "The theatre was calling") in quotes


def test_a_film_title_opened_by_a_person_noun_names_no_one() -> None:
    quotes = attributed(
        "Star Wars Episode Nine opened on Friday.",
        "\u201cIt is a fine film,\u201d said critic Ann Lorne.",
    )
    assert quotes == [("Ann Lorne", "It is a fine film")]
