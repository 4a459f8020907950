"""A plural description keeps the quantifier that opens it ("some analysts", not "analysts": a
quote must not be published as everyone's); each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Some analysts say the new phone will sell well.", "some analysts"),
        ("But many rail users said the timetable was a mess.", "many rail users"),
        ("Other members of the board said the deal was too costly.", "other members of the board"),
        ("Analysts said the new phone will sell well.", "analysts"),
        ("A spokesman said the new phone will sell well.", "a spokesman"),
        # the plural is the head, before the phrase tying it to the story
        (
            "Some delegates at the congress said the new phone will sell well.",
            "some delegates at the congress",
        ),
    ],
)
def test_a_description_keeps_how_many_of_them_spoke(sentence: str, speaker: str) -> None:
    quotes = attributed("Shares in Acme rose on Monday.", sentence)
    assert [s for s, _ in quotes] == [speaker]
