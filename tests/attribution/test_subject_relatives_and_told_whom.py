"""A relative clause whose "that" or "which" is its own subject, between a speaker's noun and
the cue, and whom words were told with "to" after "denied" or "described", each on a short
invented text."""

from __future__ import annotations

import pytest

from qabot.attribution.speaker_phrases import speaker_before
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials in the county that borders Wales said the ferry would stop.", "officials"),
        (
            "Lawyers for the firm that owns the Harbour Gazette said the ferry would stop.",
            "lawyers",
        ),
        ("Residents of the town which faces Ruiz Island said the ferry would stop.", "residents"),
        ("Staff at the yard that repaired the Ruiz Star said the ferry would stop.", "staff"),
    ],
)
def test_a_subject_relative_clause_before_the_cue_leaves_its_noun_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert [(s.casefold(), text) for s, text in attributed(INTRO, sentence)] == [
        (speaker, "the ferry would stop")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        # the clause's own subject speaks after an object "which" or "that"
        (
            "Jo Ruiz praised the plan, which the Harbour Board says will cost too much.",
            "Harbour Board",
            "will cost too much",
        ),
        ("The plan that officials say will cost too much was dropped.", "officials", ""),
    ],
)
def test_an_object_relative_clause_keeps_its_own_subject_the_speaker(
    sentence: str, speaker: str, words: str
) -> None:
    found = attributed(INTRO, sentence)
    assert any(s == speaker and words in text for s, text in found)


@pytest.mark.parametrize(
    "left",
    [
        "Jo Ruiz warned that is the view the Harbour Board",
        "The ferry is so slow that costs the Harbour Board",
    ],
)
def test_a_that_after_a_verb_or_so_opens_no_relative_clause(left: str) -> None:
    """A verb or "so" before "that" ("warned that is", "so slow that costs"): no noun speaks."""
    found = speaker_before(left)
    assert found is not None
    assert "Board" in found[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Ruiz came. She denied to reporters that she had sold the ferry.",
        "Jo Ruiz came. She denied to reporters on Friday that she had sold the ferry.",
    ],
)
def test_whom_a_denial_was_told_is_no_part_of_the_words(sentence: str) -> None:
    assert attributed(INTRO, sentence) == [("Jo Ruiz", "she had sold the ferry")]


@pytest.mark.parametrize("verb", ["denied", "described"])
def test_to_whom_then_as_reports_no_words(verb: str) -> None:
    """What she called a thing ("denied to me as laughable"): no words after "to"."""
    sentence = f"Jo Ruiz wanted the ferry, something she {verb} to me as laughable on Friday."
    assert attributed(INTRO, sentence) == []


def test_a_denial_of_an_object_still_reports_it() -> None:
    assert attributed(INTRO, "Jo Ruiz denied any wrongdoing.") == [("Jo Ruiz", "any wrongdoing")]
