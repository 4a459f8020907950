"""Unnamed people as sources: "according to people close to X", a participle after a plural
head, and what a source is after "according to" (invented texts)."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


def test_according_to_people_described_by_what_ties_them_to_the_story() -> None:
    assert attributed("The talks stalled twice, according to people close to the union.") == [
        ("people close to the union", "The talks stalled twice")
    ]
    assert attributed("The vote was delayed, according to people in attendance.") == [
        ("people in attendance", "The vote was delayed")
    ]


def test_a_participle_phrase_after_a_plural_head_is_no_part_of_the_speaker() -> None:
    assert attributed("Residents trying to save the Old Mill say the roof has fallen in.") == [
        ("residents", "the roof has fallen in")
    ]
    assert attributed("Officials based in Kent said the ferry was late.") == [
        ("officials", "the ferry was late")
    ]


def test_a_count_after_the_source_describes_it_and_says_nothing() -> None:
    quotes = attributed(
        "Turnout fell in the north, according to the clerks of Alder and Brook, two of the "
        "largest towns in the valley."
    )
    assert quotes == [("the clerks", "Turnout fell in the north")]


def test_sources_close_to_someone_are_a_description_after_an_opening_word() -> None:
    assert attributed("Rather, sources close to her campaign say she backs the plan.") == [
        ("sources close to her campaign", "she backs the plan")
    ]


@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [("Someone", "someone"), ("Everybody", None), ("Nobody", None), ("Anybody", None)],
)
def test_an_indefinite_pronoun_opening_a_sentence_is_no_name(
    pronoun: str, speaker: str | None
) -> None:
    quotes = attributed(
        "Ana Ruiz opened the new ferry terminal on Monday.",
        f"{pronoun} said: \u201cThe queue for the ferry is far too long this week.\u201d",
    )
    assert [s for s, _ in quotes] == ([speaker] if speaker else [])
