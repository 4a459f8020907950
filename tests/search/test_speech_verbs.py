"""Speech verbs: every form of a speech verb is one, and its past tense reads as the lexicon's."""

from __future__ import annotations

import pytest

from qabot.search import is_speech_verb
from qabot.search.speech_verbs import past_tense


@pytest.mark.parametrize(
    "word", ["said", "likens", "likening", "branded", "forecast", "vowing", "told", "appealed"]
)
def test_every_form_of_a_speech_verb_is_one(word: str) -> None:
    assert is_speech_verb(word)


@pytest.mark.parametrize(
    ("verb", "past"),
    [
        ("say", "said"),
        ("tell", "told"),
        ("urge", "urged"),
        # one vowel before a last "l" doubles it, as the British press spells it
        ("signal", "signalled"),
        ("signalling", "signalled"),
        ("reveal", "revealed"),
        # the third person's "s" on an irregular verb ("what X thinks about Y")
        ("thinks", "thought"),
        ("says", "said"),
        ("tells", "told"),
        ("discusses", "discussed"),
        # the past, not the participle the lexicon also holds
        ("speak", "spoke"),
        ("speaks", "spoke"),
        ("write", "wrote"),
        ("forecast", "forecast"),
    ],
)
def test_past_tense_of_speech_verbs(verb: str, past: str) -> None:
    assert past_tense(verb) == past


@pytest.mark.parametrize(
    "word", ["rebuked", "signals", "indicating", "chided", "disclosed", "tipped", "tips"]
)
def test_verbs_that_ask_who_said_only_after_who(word: str) -> None:
    assert is_speech_verb(word, after_who=True)
    assert not is_speech_verb(word)  # "what did the figures indicate?" asks about figures


@pytest.mark.parametrize(
    ("word", "verb"),
    [("adviser", False), ("reporters", False), ("advise", True), ("answer", True),
     ("reported", True), ("remembers", True)],
)  # fmt: skip
def test_the_noun_of_one_who_speaks_is_no_verb(word: str, verb: bool) -> None:
    # "what did treasury adviser X say" was read as "what did treasury advise"
    assert is_speech_verb(word) is verb
