"""A finding reported with no "that": "the survey found output had risen" is the survey's
words, as "the survey found that output had risen" was; an object ("found evidence of",
"showed Labour ahead") or a film's scene is no finding."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares\n\nFares rose. The poll showed Labour ahead in the north.",
        "Ferry fares\n\nFares rose. The audit found evidence of fraud at the pier.",
        "Ferry fares\n\nFares rose. The film shows a man is lost at sea.",
        "Ferry fares\n\nFares rose. Recent figures from the harbour showed fares had risen.",
        "Ferry fares\n\nBoats sailed from ten piers where the research into lost and found "
        "bags was carried out.",
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
    ],
)
def test_document_tells(left: str, after: str, tells: bool) -> None:
    assert document_tells(left, after) is tells
