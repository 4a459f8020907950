"""Opening phrases of when and where one after another before a subject ("On Oct. 23, during a
campaign stop at the resort, the candidate boasted of ...") are no words said; "said of <what>
that" gives the words after "that" ("Maher stated of the email scandal that the report ...")."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed

INTRO = "Home Secretary Ana Kerr spoke on Monday."


def test_opening_phrases_set_apart_by_commas_are_no_words_said() -> None:
    sentence = (
        "On Oct. 23, during a campaign stop at the harbour, Ms Kerr boasted of her skill in "
        "cutting the price."
    )
    assert attributed(INTRO, sentence) == []


def test_words_after_opening_phrases_and_before_the_speaker_are_still_said() -> None:
    sentence = "On Monday, in London, ferry fares will fall, Ms Kerr said."
    assert attributed(INTRO, sentence) == [
        ("Ana Kerr", "On Monday, in London, ferry fares will fall")
    ]


def test_said_of_something_that_gives_the_words_after_that() -> None:
    sentence = "Later in the day, Ms Kerr said of the ruling that the judges were wrong."
    assert attributed(INTRO, sentence) == [("Ana Kerr", "the judges were wrong")]


def test_a_relative_clause_after_wrote_of_is_no_words_said() -> None:
    assert attributed(INTRO, "Ms Kerr wrote of a time that changed her life.") == []
