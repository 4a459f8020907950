"""Documents: the source of words cited "according to" a poll, a filing or a report; each on
a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry fares rose by a fifth last year, according to Ofgem filings.",
            ("Ofgem", "Ferry fares rose by a fifth last year"),
        ),
        (
            "Most riders back the new timetable, according to a survey by the Transit League.",
            ("Transit League", "Most riders back the new timetable"),
        ),
        (
            "Half of the quay is unsafe, according to early results of the harbour audit.",
            ("early results", "Half of the quay is unsafe"),
        ),
    ],
)
def test_according_to_a_document_cites_its_maker_or_the_document(
    text: str, expected: tuple[str, str]
) -> None:
    assert attributed(text) == [expected]


def test_according_to_a_law_or_a_possessed_document_names_no_source() -> None:
    text = (
        "No one may fish from the pier, according to harbour law. Vance had $2m in the bank, "
        "according to his tax filings."
    )
    assert attributed(text) == []


def test_according_to_mid_sentence_cites_the_words_before_a_but() -> None:
    text = "Ruiz has won 40 seats, according to a Herald tally, but her lead is shrinking."
    assert attributed(text) == [("Herald", "Ruiz has won 40 seats")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A study written by Ruth Okafor, a member of Harbour Lane Chambers says the quay "
            "was sold too cheaply.",
            [("Ruth Okafor", "the quay was sold too cheaply")],
        ),
        (
            "In a film shown by Channel Nine, a retired ferry captain said the quay was unsafe.",
            [("a retired ferry captain", "the quay was unsafe")],
        ),
    ],
)
def test_a_works_author_in_an_unclosed_apposition_speaks(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # the apposition after the author is not closed by a comma: its last words are no speaker
    assert attributed("Some news from the harbour today.", text) == expected
