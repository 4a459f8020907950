"""Narrated subjects: a quote with no cue after narration about a named person is theirs when
nothing there could make it anyone else's; each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

QUOTE = "\u201cI was on the ferry every single day of that long winter.\u201d"


def test_a_first_person_quote_opening_a_paragraph_after_narration_about_someone() -> None:
    quotes = attributed(
        "Ian Vance has run the harbour ferry for thirty years.",
        "On this subject, Vance appears almost evangelical.",
        QUOTE,
    )
    assert quotes == [("Ian Vance", QUOTE[1:-1])]


def test_a_quote_after_a_sentence_about_them_by_a_possessive_of_their_gender() -> None:
    quotes = attributed(
        "Dame Maria Gonzalez is worried. Mr Vance picks up the theme. His main worry is the "
        f"weather. {QUOTE}"
    )
    assert quotes == [("Vance", QUOTE[1:-1])]


@pytest.mark.parametrize(
    "narration",
    [
        "Ian Vance was convicted of fraud on Monday.",  # what happened to him: anyone's words
        "Ian Vance met Maria Gonzalez at the quay.",  # another person named since
        "Ian Vance sailed on. Her reply was short.",  # a possessive of the other gender
        "The ferry left at noon.",  # no one the narration is about
    ],
)
def test_a_quote_after_narration_that_could_make_it_anyone_s_has_no_speaker(
    narration: str,
) -> None:
    assert attributed(f"{narration} {QUOTE}") == []


def test_a_quote_not_in_the_first_person_after_narration_has_no_speaker() -> None:
    assert (
        attributed("Ian Vance sailed at noon. \u201cThe ferry is late again, as ever.\u201d") == []
    )


def test_a_quote_signed_on_the_next_line_is_not_the_narrated_person_s() -> None:
    quotes = attributed("Ian Vance sailed at noon.", QUOTE)
    assert quotes == [("Ian Vance", QUOTE[1:-1])]
    quotes = attributed("Ian Vance sailed at noon.", QUOTE, "- Maria Gonzalez.")
    assert all(speaker != "Ian Vance" for speaker, _ in quotes)


def test_a_quote_opening_with_my_speaks_in_the_first_person() -> None:
    mine = "\u201cMy ferry has never missed a crossing in thirty years.\u201d"
    assert attributed("Ian Vance sailed at noon.", mine) == [("Ian Vance", mine[1:-1])]


def test_a_word_in_capitals_is_no_speaker_s_own() -> None:
    # "US" is the country, not "us": the quote tells of no one speaking
    words = "\u201cThe US ferry fleet is the oldest in the world.\u201d"
    assert attributed("Ian Vance sailed at noon.", words) == []


@pytest.mark.parametrize(
    "layout",
    [
        "| Ian Vance sails with you to the island. {quote} (+10 points.) |",  # a table row
        "- Ian Vance sails with you to the island. {quote}",  # a list item
    ],
)
def test_a_quote_in_a_table_row_or_list_item_is_not_narration(layout: str) -> None:
    # a page's dialogue options laid out in a row: lines a player picks, no one's words
    assert attributed("The ferry event.", layout.format(quote=QUOTE)) == []


def test_a_quote_after_a_heading_line_is_not_narration() -> None:
    assert attributed("Ian Vance sails with you", QUOTE) == []
    assert attributed("Ian Vance sails with you.", QUOTE) == [("Ian Vance", QUOTE[1:-1])]


@pytest.mark.parametrize(
    "narration",
    [
        "Ian Vance quoted the harbour master.",  # a verb naming whose words it repeats
        "Ian Vance cited the old skipper.",
        "Ian Vance read out a letter from his daughter.",  # a writing tied to another
        "Ian Vance recalled his father's words.",
    ],
)
def test_a_quote_after_narration_bringing_in_another_voice_is_not_the_subject_s(
    narration: str,
) -> None:
    assert all(speaker != "Ian Vance" for speaker, _ in attributed(f"{narration} {QUOTE}"))


@pytest.mark.parametrize(
    "narration",
    [
        "Ian Vance read out his own letter.",  # his own words still
        "Ian Vance spoke to his wife.",  # whom he spoke to, not whose words
    ],
)
def test_narration_naming_no_other_voice_leaves_the_quote_as_it_was(narration: str) -> None:
    other = attributed(f"Ian Vance sailed at noon. {QUOTE}")
    assert other == [("Ian Vance", QUOTE[1:-1])]
    assert all(speaker == "Ian Vance" for speaker, _ in attributed(f"{narration} {QUOTE}"))
