"""A title right after a capitalised name, at the end of an opening adverbial written with no
comma, opens the sentence's subject; short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_titled_surname_after_a_body_named_in_an_opening_phrase_speaks() -> None:
    quotes = attributed(
        "In a speech to the Harbour Policy Forum Mr Varga said of his rival: \u201cHe is quick "
        "and able, but he is not wise.\u201d",
    )
    assert ("Varga", "He is quick and able, but he is not wise.") in quotes


def test_a_titled_surname_after_a_place_in_an_opening_phrase_speaks() -> None:
    quotes = attributed(
        "Tomas Varga is the finance minister.",
        "On top of the loan deal with Lesotho Mr Varga said the fund would grow.",
    )
    assert ("Tomas Varga", "the fund would grow") in quotes


def test_a_role_before_the_title_stays_with_the_name() -> None:
    quotes = attributed(
        "On Tuesday Deputy Prime Minister Mr Varga said the fund would grow.",
    )
    assert [speaker for speaker, _ in quotes] == ["Varga"]
