"""Sentence subjects: the words a sentence's subject is made of end at its verb, never taking in
a time, an adverb or the verb itself."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution.sentence_subjects import (
    _SENTENCE_END,
    _STOP_END,
    sentence_spans,
    subject_words,
)
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


def test_a_time_after_the_subject_is_no_part_of_its_name() -> None:
    quotes = attributed(
        INTRO,
        "Tom Vance on Thursday stepped up his attack on the board, saying the ferry is "
        "\u201ca floating disgrace, and everyone knows it.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Vance"]


def test_an_irregular_past_verb_ends_the_subject() -> None:
    quotes = attributed(
        INTRO,
        "Ana Ruiz went after the board over the fares, stating that the ferry "
        "\u201ccosts twice what it did and runs half as often.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize("adverb", ["also", "even", "himself"])
def test_an_adverb_after_the_subject_is_no_part_of_its_name(adverb: str) -> None:
    quotes = attributed(
        INTRO,
        f"Mr Tom Vance {adverb} used his speech to defend the board, saying the ferry "
        "\u201cwill run on time from next spring onwards.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Vance"]


def test_a_plural_noun_before_are_belongs_to_the_subject() -> None:
    quotes = attributed(
        INTRO,
        "Harbour delegates are gathering in Leith, declaring the ferry "
        "\u201cthe worst service in the country.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Harbour delegates"]


def test_paid_ends_the_subject() -> None:
    quotes = attributed(
        "Maria Lopez won the prize.",
        "Lopez also paid tribute to the film's director Tom Vance, telling him: "
        "\u201cI hope you make another one soon.\u201d",
    )
    assert quotes[-1][0] == "Maria Lopez"


def test_sentences_do_not_end_at_a_title_or_an_initial() -> None:
    text = "Mr. Vance met J. Ruiz on Jan. 5 in the U.S. capital. The board left."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Mr. Vance met J. Ruiz on Jan. 5 in the U.S. capital.",
        "The board left.",
    ]


def test_the_subject_ends_at_its_verb_after_an_opening_phrase() -> None:
    text = "Back in 1999, Mr. Trump expressed doubts."
    assert subject_words(text, 0, len(text)) == (["Mr.", "Trump"], "expressed")


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ7 .\n\"'\u201d\u201c(\u2019)]"))))
def test_sentence_ends_of_a_paragraph_without_other_marks_are_found_from_its_full_stops(
    masked: str,
) -> None:
    # a paragraph holding no "!" nor "?" is searched with the full stop's literal pattern,
    # and the next sentence opens after the white space the end looked at
    def found(pattern: re.Pattern[str]) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), m.end(1)) for m in pattern.finditer(masked)]

    assert found(_STOP_END) == found(_SENTENCE_END)
    for match in _SENTENCE_END.finditer(masked):
        rest = masked[match.end() :]
        assert match.end(1) == match.end() + len(rest) - len(rest.lstrip())


def test_sentences_of_a_paragraph_open_after_any_white_space() -> None:
    text = "The board met.  \tMs. Ruiz left.\u00a0Then it rained."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The board met.",
        "Ms. Ruiz left.",
        "Then it rained.",
    ]


@pytest.mark.parametrize("verb", ["shook hands", "drove to the plant", "sat down with staff"])
def test_an_irregular_past_ends_the_subject_before_a_second_cue(verb: str) -> None:
    quotes = attributed(f"Tom Reeve {verb} and said the plant would stay open.")
    assert quotes == [("Tom Reeve", "the plant would stay open")]


@pytest.mark.parametrize("word", ["his", "its", "this", "various"])
def test_a_word_ending_in_s_that_is_no_verb_does_not_end_an_opening_phrase(word: str) -> None:
    text = f"Speaking on {word} long plans, Quill signalled her intent to sail."
    assert subject_words(text, 0, len(text)) == (["Quill"], "signalled")


def test_an_opening_participle_phrase_leaves_the_next_quote_to_the_subject() -> None:
    quotes = attributed(
        "Harbour master Tom Quill spoke on Monday.",
        'Speaking on his long-term plans, Quill gave his verdict on the harbour. "I will be '
        'gone in five years, that is definite."',
    )
    assert quotes == [("Tom Quill", "I will be gone in five years, that is definite.")]


def test_a_plural_noun_after_a_determiner_is_no_verb() -> None:
    text = "At the fair in Leeds his aides forced a change."
    assert subject_words(text, 0, len(text))[1] == "forced"
    assert (
        attributed(
            'At the fair in Leeds his aides forced a change, cutting a call for "more ferry '
            'routes to Hull" from the plan.'
        )
        == []
    )


def test_a_lower_case_opening_word_ending_in_s_is_read_without_error() -> None:
    text = "news of the deal spread fast."
    assert subject_words(text, 0, len(text))[0][:2] == ["news", "of"]
