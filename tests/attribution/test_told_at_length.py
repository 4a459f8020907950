"""The one told, named at length, and when or how a cue was said, come before "that" and are no
part of the words said; each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    "sentence",
    [
        "Ian Vance told a meeting of harbour workers in Fenwick Quay that the fares would rise.",
        "Ian Vance told members of the Harbour Board finance committee that the fares would rise.",
        "Ian Vance warned passengers on the last ferry of the evening that the fares would rise.",
        "Ian Vance said late on Wednesday that the fares would rise.",
        "Ian Vance explained through a spokesman that the fares would rise.",
    ],
)
def test_the_words_said_start_after_that(sentence: str) -> None:
    assert attributed(sentence) == [("Ian Vance", "the fares would rise")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # "that" opening a relative clause is no start of the words said
        (
            "Ian Vance told the story of the harbour workers and the ferries that sailed.",
            "the story of the harbour workers and the ferries that sailed",
        ),
        (
            "Ian Vance said the ferries that sail at night would stop.",
            "the ferries that sail at night would stop",
        ),
    ],
)
def test_a_relative_that_keeps_the_words_whole(sentence: str, words: str) -> None:
    assert [w for _, w in attributed(sentence)] in ([words], [])


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            '"The fares will rise." Ian Vance told reporters in Fenwick on Monday after the vote.',
            "The fares will rise.",
        ),
        (
            '"The fares will rise," Ian Vance told the board in Fenwick before the vote.',
            "The fares will rise",
        ),
    ],
)
def test_the_one_told_and_when_and_where_are_no_words_said(paragraph: str, words: str) -> None:
    assert attributed(paragraph) == [("Ian Vance", words)]


def test_an_aside_on_where_words_were_said_is_passed_over_to_that() -> None:
    found = attributed(
        "The harbour reopened. Nora Quill said on the radio, where she is a regular guest, that "
        "the ferry would stay open."
    )
    assert found == [("Nora Quill", "the ferry would stay open")]
