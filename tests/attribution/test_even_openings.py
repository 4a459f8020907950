"""A sentence opening with "even" and a clause ("Even Oslo has more pull, says X") is the
words said, not an opening phrase ("Even after the vote, says X, ..."); a role in apposition
after an inverted cue's speaker ("..., says X, a historian.") is who the speaker is, no words;
every verb of replying is a cue ("interjects")."""

from __future__ import annotations

import pytest

from qabot.attribution.cues import REPLIES, SPEECH_VERBS
from qabot.attribution.opening_phrases import opening_phrase
from tests.attribution.test_quotes import attributed


def test_a_clause_opened_by_even_is_the_words_said() -> None:
    assert attributed(
        "Ferry fares\n\nFares rose. Even Oslo has more ferries, says Ilse Varnum, a historian."
    ) == [("Ilse Varnum", "Even Oslo has more ferries")]


def test_an_opening_phrase_with_even_still_leads_to_the_words() -> None:
    assert attributed(
        "Ferry fares\n\nFares rose. Even after the vote, says Ilse Varnum, the fares will rise."
    ) == [("Ilse Varnum", "the fares will rise")]


def test_a_role_after_an_aside_cue_is_no_words_said() -> None:
    assert attributed("Ferry fares\n\nFares rose. Still, says Ilse Varnum, a historian.") == []


@pytest.mark.parametrize(
    ("chunk", "opening"),
    [
        ("Even if the vote fails", True),
        ("Even after the vote", True),
        ("Even so", True),
        ("Even Oslo has more ferries", False),
        ("Even fares will rise", False),
    ],
)
def test_even_opens_a_phrase_only_before_a_subordinator_or_preposition(
    chunk: str, opening: bool
) -> None:
    assert opening_phrase(chunk) is opening


def test_every_verb_of_replying_is_a_speech_cue() -> None:
    # one lexicon for the extractor and the question reader (`SPEECH_VERBS`)
    assert REPLIES <= SPEECH_VERBS
    assert attributed(
        'Ferry fares\n\nFares rose. "That is not true," interjects Ilse Varnum.'
    ) == [("Ilse Varnum", "That is not true")]
