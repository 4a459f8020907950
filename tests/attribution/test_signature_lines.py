"""Signature lines and neighbouring cues: whose words a quote is when a line signs it, or
when a cue stands on either side of it; each on a short invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed

WORDS = "\u201cWe have built more ferries this year than in the ten years before.\u201d"


def test_a_quote_paragraph_signed_on_the_next_line_is_the_signer_s() -> None:
    quotes = attributed(
        "Ian Vance and Maria Gonzalez debated on Monday.", WORDS, "- Maria Gonzalez."
    )
    assert quotes == [("Maria Gonzalez", WORDS[1:-1])]


def test_a_signature_by_surname_is_the_person_named_before() -> None:
    quotes = attributed("Ian Vance and Maria Gonzalez debated on Monday.", WORDS, "\u2014 Vance")
    assert quotes == [("Ian Vance", WORDS[1:-1])]


def test_a_byline_after_prose_signs_no_quote() -> None:
    prose = f"Ian Vance spoke at the quay. The crowd cheered him as he said {WORDS}"
    assert ("Maria Gonzalez", WORDS[1:-1]) not in attributed(prose, "- Maria Gonzalez.")


def test_each_quote_belongs_to_the_cue_next_to_it() -> None:
    # the first quote is the shout's, someone unnamed where they were (a description, never
    # Vance); the second is Vance's, whose cue with no words of its own is nearer it
    quotes = attributed(
        "Ian Vance spoke at the quay on Monday.",
        "When someone in the crowd shouted, \u201cFerries,\u201d Vance joked, again with a grin,"
        " \u201cAmen, friend! Come aboard and sail with us!\u201d",
    )
    assert quotes == [
        ("someone in the crowd", "Ferries"),
        ("Ian Vance", "Amen, friend! Come aboard and sail with us!"),
    ]


def test_a_quote_after_one_cue_and_before_another_named_one() -> None:
    quotes = attributed(
        "Ian Vance met Maria Gonzalez at the quay.",
        "Gonzalez said, \u201cWe are done here,\u201d and Vance replied,"
        " \u201cNot yet, we are not.\u201d",
    )
    assert quotes == [
        ("Maria Gonzalez", "We are done here"),
        ("Ian Vance", "Not yet, we are not."),
    ]


def test_a_line_after_a_paragraph_of_two_quotes_and_a_cue_signs_neither() -> None:
    # the cue between the quotes tells whose both are; the line after signs no one's words
    quotes = attributed(
        "Ian Vance and Maria Gonzalez debated on Monday.",
        "\u201cWe have built more ferries,\u201d Vance said. \u201cAnd we will build more.\u201d",
        "- Maria Gonzalez.",
    )
    assert quotes == [
        ("Ian Vance", "We have built more ferries"),
        ("Ian Vance", "And we will build more."),
    ]


def test_a_page_s_link_after_a_quote_is_no_signature() -> None:
    assert attributed("The ferry debate.", WORDS, "- Read More") == []


def test_a_named_shouter_owns_only_the_quote_next_to_the_cue() -> None:
    # the shouter is named now, and the subject of the sentence: the second quote is still
    # the joker's, whose cue with no words of its own is nearer it
    quotes = attributed(
        "Ian Vance and Tom Hale spoke at the quay on Monday.",
        "When Tom Hale shouted, \u201cFerries,\u201d Vance joked, again with a grin,"
        " \u201cAmen, friend! Come aboard and sail with us!\u201d",
    )
    assert quotes == [
        ("Tom Hale", "Ferries"),
        ("Ian Vance", "Amen, friend! Come aboard and sail with us!"),
    ]


def test_a_joker_the_story_never_names_in_full_leaves_the_quote_unsure() -> None:
    # "Vance" alone may be a word read as a name: no one's words, never the shouter's
    quotes = attributed(
        "When Tom Hale shouted, \u201cFerries,\u201d Vance joked, again with a grin,"
        " \u201cAmen, friend! Come aboard and sail with us!\u201d",
    )
    assert ("Tom Hale", "Amen, friend! Come aboard and sail with us!") not in quotes
