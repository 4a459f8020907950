"""A body named right before ", which said" speaks, as a person before ", who said" does; its
words end where the relative clause does."""

from __future__ import annotations

import pytest

from qabot.attribution.relative_bodies import body_before_which
from tests.attribution.test_quotes import attributed


def test_a_body_before_which_said_speaks() -> None:
    quotes = attributed(
        "Ferry fares\n\nThe plan drew criticism from the Harbour Watch Trust, which said fares "
        "were too high. It was backed by the Council for Coastal Towns, which has argued the "
        "boats run late."
    )
    assert ("Harbour Watch Trust", "fares were too high") in quotes
    assert ("Council for Coastal Towns", "the boats run late") in quotes


def test_the_words_end_with_the_relative_clause() -> None:
    quotes = attributed(
        "Ferry fares\n\nA levy set by the Harbour Watch Trust, which said the boats were "
        "unsafe, is a good example of the rules."
    )
    assert quotes == [("Harbour Watch Trust", "the boats were unsafe")]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares\n\nHe praised the harbour theory, which argued that boats run late.",
        "Ferry fares\n\nThey rode the Kellan Express, which said nothing at all to anyone.",
    ],
)
def test_a_thing_before_which_names_no_body(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("chunk", "words"),
    [
        ("criticism from the Harbour Watch Trust, which", ["the", "Harbour", "Watch", "Trust"]),
        ("backed by the Council for Coastal Towns, which", "the Council for Coastal Towns"),
        ("the Harbour Watch Trust", None),  # no "which"
        ("the harbour theory, which", None),
        ("the Kellan Express, which", None),  # no organisation word
    ],
)
def test_body_before_which(chunk: str, words: list[str] | str | None) -> None:
    found = body_before_which(chunk)
    expected = words.split() if isinstance(words, str) else words
    assert (found[1] if found else None) == expected
