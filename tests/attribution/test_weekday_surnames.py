"""A weekday or a month is a surname after a known first name ("Mike Friday", "Theresa May"),
and alone once the story names a person with it; otherwise it is the day or month words were
said. Short invented texts."""

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


def test_a_month_after_a_first_name_is_a_surname_and_alone_later_too() -> None:
    quotes = attributed(
        "Drummer Helen June said the tour would start in April. "
        "June said: \u201cWe are back.\u201d She added that tickets were cheap."
    )
    assert quotes == [
        ("Helen June", "the tour would start in April"),
        ("Helen June", "We are back."),
        ("Helen June", "tickets were cheap"),
    ]


def test_a_month_with_no_first_name_before_it_is_still_a_month() -> None:
    quotes = attributed("The vote is due in May. Ana Ruiz said the date was fixed.")
    assert quotes == [("Ana Ruiz", "the date was fixed")]


def test_a_month_after_two_given_names_ends_a_name_but_a_weekday_does_not() -> None:
    quotes = attributed(
        "The harbour vote was held. Tin Aung May, 60, a nurse, said she was glad. Bay Ferry"
        " Monday said the ferry would run."
    )
    assert quotes == [("Tin Aung May", "she was glad"), ("Bay Ferry", "the ferry would run")]
