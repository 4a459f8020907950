"""Whose words a quote is where another cue answers or names ("..., to which X interjected:
“...”", "Acme denies — “...?” asked X", "the harbour, now called Kerr Quay,"), a long subject an
inverted cue parts ("The trouble with the plan, says X, is ..."), owner's words that open no name
("Our Welsh staff"), and plurals of people read by their singulars ("deputies", "bosses")."""

from __future__ import annotations

import pytest

from qabot.attribution.names import People
from qabot.attribution.speaker_words import plural_of, singular_forms
from qabot.text.lexicon import PERSON_NOUNS
from tests.attribution.test_quotes import attributed

INTRO = "Home Secretary Ana Kerr spoke on Monday."


def test_a_quote_after_to_which_and_a_cue_is_the_answering_speakers() -> None:
    sentence = (
        "Ms Kerr said the judges had ruled for her, to which Tom Vance interjected: "
        '"That is not true at all."'
    )
    assert attributed(INTRO, sentence) == [
        ("Ana Kerr", "the judges had ruled for her"),
        ("Tom Vance", "That is not true at all."),
    ]


def test_a_quote_after_a_cue_and_a_dash_with_its_own_cue_after_it_is_not_the_first_cues() -> None:
    sentence = (
        "If the ferry is late, as critics believe but Acme strongly denies \u2014 "
        "\u201cwhy would we pay?\u201d asked Ms Kerr."
    )
    assert attributed(INTRO, sentence) == [("Ana Kerr", "why would we pay?")]


def test_a_name_given_to_a_place_in_apposition_is_no_words_said() -> None:
    sentence = "On Monday, at the harbour, now called Kerr Quay, the mayor boasted of the ferry."
    assert attributed(INTRO, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The trouble with the ferry plan, says Ms Kerr, is that nobody wants it.",
        "The trouble with the ferry, says Ms Kerr, a minister, is that nobody wants it.",
    ],
)
def test_a_long_subject_parted_by_an_inverted_cue_leaves_the_name_the_speaker(
    sentence: str,
) -> None:
    assert [speaker for speaker, _ in attributed(INTRO, sentence)] == ["Ana Kerr"]


def test_an_owners_word_opens_no_name() -> None:
    text = '"Our Welsh staff are reviewing the words of Welsh poems," said Ana Kerr.'
    assert [p.name for ps in People(text).names.by_surname.values() for p in ps] == ["Ana Kerr"]


def test_people_of_a_place_in_a_plural_made_with_ies_speak() -> None:
    assert attributed(INTRO, "Deputies from Leeds said the ferry was late.") == [
        ("deputies", "the ferry was late")
    ]


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("officials", True),
        ("deputies", True),
        ("bosses", True),
        ("actresses", True),
        ("MPs", True),
        ("official", False),  # no plural: "who" after a singular
        ("boss", False),
        ("his", False),
    ],
)
def test_a_plural_of_people_is_read_by_its_singulars(word: str, plural: bool) -> None:
    assert plural_of(word, PERSON_NOUNS) is plural


def test_singular_forms_of_a_word_not_in_s_are_none() -> None:
    assert singular_forms("leader") == set()
    assert "deputy" in singular_forms("Deputies")


@pytest.mark.parametrize("verb", ["interjected", "retorts", "counters", "replies"])
def test_a_reply_in_either_tense_after_to_which_opens_the_answering_speakers_quote(
    verb: str,
) -> None:
    sentence = (
        f"Ms Kerr said the judges had ruled for her, to which Tom Vance {verb}: "
        '"That is not true at all."'
    )
    assert attributed(INTRO, sentence) == [
        ("Ana Kerr", "the judges had ruled for her"),
        ("Tom Vance", "That is not true at all."),
    ]


@pytest.mark.parametrize("verb", ["replied", "countered", "retorts"])
def test_a_reply_verb_by_pronoun_is_the_person_asked(verb: str) -> None:
    quotes = attributed(
        "Judge Ana Ruiz was appointed in May.",
        "At a press conference, a reporter asked Ruiz, “What is the biggest problem in the "
        "courts right now?”",
        f"“The biggest hurdle is getting people to understand their biases,” she {verb}.",
    )
    assert quotes[-1] == (
        "Ana Ruiz",
        "The biggest hurdle is getting people to understand their biases",
    )
