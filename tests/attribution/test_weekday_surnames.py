"""A weekday is a surname after a known first name ("Mike Friday"), and alone once the story
names a person with it; otherwise it is the day words were said. Short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_weekday_after_a_first_name_is_a_surname() -> None:
    quotes = attributed("\u201cWe can win the cup,\u201d said Harbour sevens coach Tom Sunday.")
    assert quotes == [("Tom Sunday", "We can win the cup")]


def test_a_weekday_alone_is_the_person_the_story_named_with_it() -> None:
    quotes = attributed(
        "Tom Sunday's side won the final in Leeds.",
        "\u201cWe wanted this for a long time,\u201d said Sunday.",
    )
    assert quotes == [("Tom Sunday", "We wanted this for a long time")]


def test_a_weekday_after_a_cue_is_still_a_day() -> None:
    quotes = attributed(
        "The plan was agreed. \u201cWe can win the cup,\u201d the coach said Sunday. Ana Ruiz "
        "told Reuters Sunday the plan was sound."
    )
    assert quotes == [("the coach", "We can win the cup"), ("Ana Ruiz", "the plan was sound")]
