"""A poll, a study or a report with words after its noun as the subject of "found that" or
"shows that": its maker's words when "by" names the maker, else the document's."""

from __future__ import annotations

import pytest

from qabot.attribution.finding_subjects import finding_subject
from tests.attribution.test_quotes import attributed


def test_a_document_made_by_a_named_body_speaks_for_the_body() -> None:
    quotes = attributed(
        "Ferry fares\n\nFares rose again. A survey by the Harbour Watch Trust found that most "
        "riders want cheaper tickets.\n\nA study carried out in 2019 by Brenlow Analytics "
        "showed that ferries run late."
    )
    assert ("Harbour Watch Trust", "most riders want cheaper tickets") in quotes
    assert ("Brenlow Analytics", "ferries run late") in quotes


def test_a_document_with_no_maker_named_speaks_for_itself() -> None:
    quotes = attributed(
        "Ferry fares\n\nThe poll of 2,000 riders found that fares are too high. "
        "On Monday, the review published last week showed that two boats had no licence."
    )
    assert ("the poll", "fares are too high") in quotes
    assert ("the review", "two boats had no licence") in quotes


def test_a_capital_only_opening_the_sentence_names_no_body() -> None:
    quotes = attributed(
        "Ferry fares\n\nSeparate figures on late boats showed that fares are too high. "
        "Harbour firm Brenlow Analytics' survey of riders found that ferries run late."
    )
    assert ("Separate figures", "fares are too high") in quotes
    assert ("Brenlow Analytics", "ferries run late") in quotes


def test_a_by_that_names_no_maker_is_no_part_of_the_speaker() -> None:
    # "by riders at the pier": who answered the poll, not who made it
    assert attributed(
        "Ferry fares\n\nA poll conducted by riders at the pier found that fares are too high."
    ) == [("a poll", "fares are too high")]


def test_a_person_who_shows_something_reports_no_finding() -> None:
    # no document opens the clause: the other rules read these (here: nothing)
    assert attributed("Ferry fares\n\nKellan Marsh of the union showed that he was fit.") == []


@pytest.mark.parametrize(
    ("left", "words"),
    [
        ("A poll by Acme ", ["A", "poll", "by", "Acme"]),
        ("Fares rose, and a study of riders ", ["a", "study", "of", "riders"]),
        ("A study by Brenlow and the Ferry Trust ", "A study by Brenlow and the Ferry Trust"),
        ("a survey by riders ", ["a", "survey"]),
    ],
)
def test_finding_subject_reads_the_phrase_opening_the_clause(
    left: str, words: list[str] | str
) -> None:
    found = finding_subject(left)
    assert found is not None
    expected = words.split() if isinstance(words, str) else words
    assert found.words == expected
    assert left[found.offset :].split()[: len(expected)] == expected
    assert found.words[found.noun] in {"poll", "study", "survey"}


@pytest.mark.parametrize(
    "left",
    [
        "The author of a study by Acme ",  # the document is no subject of the verb
        "Lee said a study by Acme ",  # a verb before it: another clause's object
        "A study that was funded by Acme ",  # a relative clause after the noun
        "A new poll ",  # no words after the noun: the older rule reads it
        "Jupiter Research by Acme ",  # a body's name, not a document
    ],
)
def test_finding_subject_leaves_other_phrases(left: str) -> None:
    assert finding_subject(left) is None
