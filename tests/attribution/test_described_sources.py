"""Described sources: a speaker described rather than named ("police said", "attorneys for the
family said", '..., said one source in the room'), a clause never read as a speaker ("The team
lost again, said the coach"), and when and where before the words a cue reports; each on a
short invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.description_shapes import is_speaker_description
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ferry ran late on Thursday, police said.", "police"),
        (
            "The ferry ran late on Thursday, attorneys for the family said.",
            "attorneys for the family",
        ),
        ("The ferry ran late on Thursday, said one source in the room.", "one source"),
        ("The ferry ran late on Thursday, said a senior official.", "a senior official"),
        ("The ferry ran late on Thursday, said the skipper, who was angry.", "the skipper"),
        ("The ferry ran late on Thursday, critics of the board said.", "critics of the board"),
    ],
)
def test_a_described_source_speaks(sentence: str, speaker: str) -> None:
    assert attributed(INTRO, sentence) == [(speaker, "The ferry ran late on Thursday")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The team lost again, said the skipper.",
        "He went home, said the skipper.",
        "The meeting deteriorated from there, said the skipper.",
    ],
)
def test_a_clause_before_an_inverted_cue_is_never_the_speaker(sentence: str) -> None:
    assert [speaker for speaker, _ in attributed(INTRO, sentence)] == ["the skipper"]


@pytest.mark.parametrize(
    "phrase",
    [
        "the team lost again",
        "He went home",
        "the meeting deteriorated from there",
        "the number of",
    ],
)
def test_clauses_are_no_descriptions(phrase: str) -> None:
    assert not is_speaker_description(phrase.split())


@pytest.mark.parametrize(
    "phrase", ["a senior official", "critics", "police", "the retired general", "the accused"]
)
def test_descriptions_are_descriptions(phrase: str) -> None:
    assert is_speaker_description(phrase.split())


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Ruiz said after the meeting he would resign.", "he would resign"),
        ("Ruiz said in an interview she would resign.", "she would resign"),
    ],
)
def test_when_and_where_before_the_reported_clause_are_no_words_said(
    sentence: str, words: str
) -> None:
    assert attributed(INTRO, sentence) == [("Ruiz", words)]


def test_a_clause_after_as_is_not_the_reported_clause() -> None:
    quotes = attributed(INTRO, "\u201cThe ferry is late,\u201d Ruiz said at the pier as she left.")
    assert quotes == [("Ruiz", "The ferry is late")]


def test_neither_opens_no_name() -> None:
    quotes = attributed(
        "Neither Tom Ruiz nor Ann Pike would comment on the ferry.",
        "\u201cThe ferry is late,\u201d the skipper said.",
    )
    assert all(not speaker.startswith("Neither") for speaker, _ in quotes)


def test_a_noun_in_ly_before_the_cue_is_no_adverb() -> None:
    quotes = attributed(INTRO, "The organiser of the rally said the ferry was late.")
    assert quotes == [("the organiser of the rally", "the ferry was late")]


@given(st.lists(st.sampled_from(["the", "a", "team", "lost", "police", "of", "for", "went", "X"])))
def test_description_shapes_never_fail(words: list[str]) -> None:
    assert is_speaker_description(words) in {True, False} if words else True


def test_a_document_its_author_made_speaks_for_the_author() -> None:
    quotes = attributed(
        INTRO, "The ferry must run, according to a speech Mrs. Ruiz delivered at Dover in May."
    )
    assert quotes == [("Ruiz", "The ferry must run")]


def test_one_of_a_group_is_a_description_not_a_name() -> None:
    quotes = attributed(INTRO, "One of the skippers said the ferry was late.")
    assert quotes == [("one of the skippers", "the ferry was late")]


def test_a_time_is_no_description() -> None:
    assert not is_speaker_description("one Sunday in late 2001".split())


def test_there_opens_no_name() -> None:
    quotes = attributed(
        "There were two bidders for the ferry. Tom Ruiz won.",
        "\u201cThe ferry is late,\u201d he said.",
    )
    assert quotes == [("Tom Ruiz", "The ferry is late")]


def test_who_read_a_document_did_not_write_it() -> None:
    quotes = attributed(
        INTRO, "The ferry was sold, according to a letter reviewed by The Gazette."
    )
    assert all(speaker != "Gazette" for speaker, _ in quotes)


def test_an_executive_joined_by_and_is_one_body() -> None:
    assert attributed("The Fire and Rescue Executive said the depot was unsafe.") == [
        ("Fire and Rescue Executive", "the depot was unsafe")
    ]
