"""A participle of speech after a dash or a linking word ("by saying", "while arguing", "and
adding that") reports its sentence subject's words; a copula before a quote reports none; each
on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from tests.attribution.test_quotes import attributed, make_article


def cues_of(sentence: str) -> list[str]:
    return [q.cue for q in extract_quotes(make_article(sentence))]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Nora Quill changed her vote on the spot – saying she had been misled.",
            "she had been misled",
        ),
        (
            "Nora Quill answered the critics by saying the harbour would stay open.",
            "the harbour would stay open",
        ),
        (
            "Nora Quill left the meeting early before warning that the fares would rise.",
            "the fares would rise",
        ),
        (
            "For months, Nora Quill has stayed out of the row, arguing that it was not hers.",
            "it was not hers",
        ),
    ],
)
def test_a_linked_participle_reports_the_subjects_words(sentence: str, words: str) -> None:
    assert attributed(sentence) == [("Nora Quill", words)]


def test_and_adding_that_opens_the_speakers_next_words() -> None:
    assert attributed(
        "Nora Quill backed it, saying the fares were fair and adding that the ferry would stay."
    ) == [("Nora Quill", "the fares were fair"), ("Nora Quill", "the ferry would stay")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill banning smoking and saying nothing of pipes passed on Monday.",
        "Nora Quill won the first set before claiming the title in Fenwick.",
        "Nora Quill and Ann Ward met on Monday, each praising the plan and saying it would work.",
    ],
)
def test_no_one_named_or_no_speech_gives_no_words(sentence: str) -> None:
    assert attributed(sentence) == []


def test_a_quote_right_after_a_copula_is_no_words_said() -> None:
    assert (
        attributed(
            'Nora Quill joined the paper in 1990. For years, she was "the fastest pen in Fenwick".'
        )
        == []
    )
    assert attributed(
        'Nora Quill joined the paper in 1990. Ms Quill is confident: "The paper will survive."'
    ) == [("Nora Quill", "The paper will survive.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The race moves to the five states that vote in March.",
        "Turnout rose in three other states, officials in Fenwick noted that day.",
        "Poland, one of the largest EU member states, rejected the law twice.",
    ],
)
def test_states_the_noun_is_no_cue(sentence: str) -> None:
    assert all(cue != "states" for cue in cues_of(sentence))


def test_states_the_verb_is_a_cue() -> None:
    assert attributed("The harbour rule states that ferries must sail by noon.") == [
        ("the harbour rule", "ferries must sail by noon")
    ]
