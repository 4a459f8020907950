"""Subjects of a speech verb that are no one quoted: documents, a verb's noun after an
adjective."""

from __future__ import annotations

import pytest

from qabot.search.questions import parse_speech_question


@pytest.mark.parametrize(
    "question",
    [
        "what did the inquiry conclude",
        "what did the hospital review conclude about the waiting lists",
        "what did the study suggest",
        "what did the full report into the ferry sinking find",
        "what did the official report say",
        "what did the official report say about the border",
        "what did the official report warn about",
        "did the legal challenge against the toll rules succeed",
    ],
)
def test_a_document_or_a_clause_asks_no_one_s_words(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "speaker", "verb"),
    [
        ("what did the official say", "the official", "say"),
        ("what did the minister report to parliament", "the minister", "report"),
        ("what did Ada Poll say about the harbour", "Ada Poll", "say"),
        ("what did the report's author say", "the report's author", "say"),
        ("what did the mayor say after the vote", "the mayor", "say"),
        ("what did the rival claim about the deal", "the rival", "claim"),
        ("what did the official report about the crash", "the official", "report"),
        ("what did the detective report to police", "the detective", "report"),
        ("what did the official report about the warning", "the official", "report"),
    ],
)
def test_people_are_still_asked_for_their_words(question: str, speaker: str, verb: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.speaker, parsed.verb) == (speaker, verb)
