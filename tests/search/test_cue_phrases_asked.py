"""One lexicon of speech cues for the extractor and the question reader: every cue phrase the
extractor reads (`qabot.attribution.cues`), and every noun it reads as a cue before "that", asks
who said something in a "who" or "which" question (issue 15, class 1)."""

from __future__ import annotations

import pytest

from qabot.attribution.cues import CUE_PHRASES, NOUN_CUES
from qabot.search import parse_speech_question

# how each multi-word cue is put in a question; "according to" and "put it" ("as she put it")
# name a source, not a verb one asks with
_ASKED = {
    "pointed out": "who pointed out that the pier was unsafe",
    "points out": "which port minister points out that the pier is unsafe",
    "point out": "who did point out that the pier was unsafe",
    "hit back": "who hit back that the pier was safe",
    "fired back": "which port minister fired back that the pier was safe",
    "shot back": "who shot back that the pier was safe",
    "went on": "who went on to say the pier was unsafe",
}
_NO_VERB = frozenset({"According to", "according to", "put it"})


def test_every_multi_word_cue_is_put_in_a_question() -> None:
    phrases = {phrase for phrase in CUE_PHRASES if " " in phrase}
    assert phrases == set(_ASKED) | _NO_VERB


@pytest.mark.parametrize(("phrase", "question"), sorted(_ASKED.items()))
def test_a_multi_word_cue_asks_who_said(phrase: str, question: str) -> None:
    read = parse_speech_question(question)
    assert read is not None and read.kind == "who_said", phrase
    assert read.topic is not None and "pier" in read.topic


# "the insistence that" is made by no one in English: "who insisted that" asks it
@pytest.mark.parametrize("noun", sorted(NOUN_CUES - {"insistence"}))
def test_a_noun_cue_made_asks_who_said(noun: str) -> None:
    read = parse_speech_question(f"who made the {noun} that the pier was unsafe")
    assert read is not None and read.kind == "who_said"
    assert read.topic == "the pier was unsafe"


@pytest.mark.parametrize(
    "question",
    [
        "who shot back at the gunmen",  # a deed: only "shot back that" is words
        "who went on to win the title",  # "went on" and no verb of speech after "to"
    ],
)
def test_a_cue_phrase_used_of_a_deed_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None
