"""A statement someone issued gives their words by a participle after it with no comma ("X
issued a statement saying ..."), a time counted from a moment ("Minutes later") opens a
sentence as "Later" does, a long opening phrase is passed over to the subject after it, and a
question put to the subject is not their words; each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution.sentence_subjects import is_adverbial, subject_words
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Nora Quill issued a statement saying the harbour would stay open.", "Nora Quill"),
        (
            "The Fenwick Ferry Company sent a short email to passengers on Monday saying the "
            "harbour would stay open.",
            "Fenwick Ferry Company",
        ),
        (
            "Minutes later, Nora Quill put out a press release saying the harbour would stay "
            "open.",
            "Nora Quill",
        ),
    ],
)
def test_the_one_who_issued_a_statement_speaks_by_its_participle(
    sentence: str, speaker: str
) -> None:
    quotes = attributed(sentence)
    assert [text for _, text in quotes] == ["the harbour would stay open"]
    assert speaker in quotes[0][0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nora Quill received a letter saying the harbour would stay open.",
        "Nora Quill cited a memo saying the harbour would stay open.",
        "Nora Quill sent a letter to the board urging them to keep the harbour open.",
    ],
)
def test_a_statement_received_or_cited_gives_no_words_of_the_subject(sentence: str) -> None:
    assert attributed(sentence) == []


def test_a_counted_time_before_the_subject_is_no_speaker() -> None:
    assert attributed(
        "Nora Quill runs the ferry. Two days earlier, Nora Quill defended the fares, saying they "
        "were fair."
    ) == [("Nora Quill", "they were fair")]


def test_a_counted_time_opening_is_an_adverbial() -> None:
    assert is_adverbial("Minutes later") and is_adverbial("Two days earlier")
    assert is_adverbial("A year ago") and not is_adverbial("Nora Quill")
    text = "Two days earlier, Nora Quill defended the fares."
    assert subject_words(text, 0, len(text)) == (["Nora", "Quill"], "defended")


def test_a_long_opening_phrase_leaves_the_subject_after_it_the_speaker() -> None:
    assert attributed(
        "Nora Quill won the vote. In a short speech at the harbour in Fenwick on Tuesday night, "
        "Nora Quill struck a calm tone, saying the ferry would stay open."
    ) == [("Nora Quill", "the ferry would stay open")]


def test_a_question_put_to_the_subject_is_not_their_words() -> None:
    text = "Nora Quill won the vote. In an interview, Quill was asked, “Will the ferry stay open?”"
    assert attributed(text) == []
