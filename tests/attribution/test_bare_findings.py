"""A finding reported with no "that": "the survey found output had risen" and "Output had
risen, the survey found." are the survey's words, as "the survey found that output had risen"
was; an object ("found evidence of", "showed Labour ahead") or a film's scene is no finding."""

from __future__ import annotations

import pytest

from qabot.attribution.cue_senses import document_tells
from tests.attribution.test_quotes import attributed


def test_a_document_reports_a_clause_with_no_that() -> None:
    quotes = attributed(
        "Ferry fares\n\nFares rose again. The survey found fares had risen by a third. "
        "A poll by the Harbour Watch Trust found most riders would pay less. "
        "The report also showed two boats were late."
    )
    assert ("the survey", "fares had risen by a third") in quotes
    assert ("Harbour Watch Trust", "most riders would pay less") in quotes
    assert ("the report", "two boats were late") in quotes


def test_an_owner_opens_the_finding() -> None:
    quotes = attributed(
        "Ferry fares\n\nFares rose. The union's quarterly survey of riders found fares were "
        "too high."
    )
    assert ("the union's quarterly survey", "fares were too high") in quotes


def test_a_finding_after_its_words_ending_the_sentence() -> None:
    quotes = attributed(
        "Ferry fares\n\nFares have risen by a third, a survey by the Harbour Watch Trust "
        "found. Most riders would pay less, the poll has found. Two boats were late, a new "
        "study shows. The boats sailed."
    )
    assert ("Harbour Watch Trust", "Fares have risen by a third") in quotes
    assert ("the poll", "Most riders would pay less") in quotes
    assert ("a new study", "Two boats were late") in quotes
    assert len(quotes) == 3


def test_a_comma_after_that() -> None:
    assert attributed(
        "Ferry fares\n\nFares rose. A survey by the Harbour Watch Trust found that, on "
        "average, riders wait an hour."
    ) == [("Harbour Watch Trust", "on average, riders wait an hour")]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares\n\nFares rose. The poll showed Labour ahead in the north.",
        "Ferry fares\n\nFares rose. The audit found evidence of fraud at the pier.",
        "Ferry fares\n\nFares rose. The film shows a man is lost at sea.",
        "Ferry fares\n\nFares rose. Recent figures from the harbour showed fares had risen.",
        "Ferry fares\n\nBoats sailed from ten piers where the research into lost and found "
        "bags was carried out.",
        "Ferry fares\n\nFares rose. The survey found. The boats sailed.",  # no words before
        "Ferry fares\n\nFares rose and the ferry was found.",
    ],
)
def test_no_finding_without_a_document_and_a_clause(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("left", "after", "tells"),
    [
        ("The survey ", " output had risen", True),
        ("The survey ", " that output rose", True),
        ("The survey ", " output rising", False),
        ("The survey ", " was published", False),  # no subject before the auxiliary
        ("The survey ", " in May that sales were up", False),
        ("Jo Ruiz ", " fares had risen", False),  # a person: the other rules read these
        ("The film ", " a man is lost", False),
        ("The film ", " that a man is lost", True),  # with "that", any document
        ("Fares rose, the survey ", ".", True),
        ("Fares rose, the survey has ", ".", True),
        ("The survey ", ".", False),  # no words before it
        ("Fares rose, Jo Ruiz ", ".", False),
    ],
)
def test_document_tells(left: str, after: str, tells: bool) -> None:
    assert document_tells(left, after) is tells
