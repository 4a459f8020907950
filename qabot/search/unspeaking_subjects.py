"""Subjects of a speech verb that are no one quoted, for the "what did X say" readers
(`what_did_questions`, `questions`): documents asked about as if they spoke ("what did the
report find", "what did the inquiry conclude", "what did the full report into the crash find",
"did the legal challenge against the rules succeed").

A report, study, survey or inquiry reports a finding; it is no one quoted, and the question asks
what it found, a plain question (`qabot.search.verdicts` reads "what did X find/conclude" over
the passages). A verb of speech also written as a noun ("report", "challenge", "review") is that
noun after "the" and an adjective when more words follow: "the full report into X find" has no
speaker "the full" who "reported", and "the iata legal challenge ... succeed" none "the iata
legal" who "challenged".
"""

from __future__ import annotations

from qabot.search.speech_verbs import is_speech_verb
from qabot.text.lexicon import (
    DOCUMENT_ADJECTIVES,
    FINDING_DOCUMENTS,
    PERSON_NOUNS,
    SPEECH_VERB_NOUNS,
    TITLE_WORDS,
)

_DETERMINERS = frozenset("the a an its their this that these those".split())
# endings of adjectives ("legal", "official", "critical", "careful", "serious", "extensive",
# "preliminary"): before such a noun they make it one
_ADJECTIVE_ENDINGS = ("al", "ful", "ous", "ive", "ic", "ary")


def document_speaker(speaker: list[str]) -> bool:
    """Return whether `speaker` (as typed) is a document ("the report", "the hutton inquiry"):
    opening with a determiner, its last word a finding's document, no capital there ("Graham
    Poll" is someone)."""
    if len(speaker) < 2 or speaker[0].casefold() not in _DETERMINERS:
        return False
    last = speaker[-1]
    return not last[:1].isupper() and last.casefold() in FINDING_DOCUMENTS


def noun_after_adjective(words: list[str], subject_at: int, at: int) -> bool:
    """Return whether the speech verb at `at` of `words` is a noun there: the subject from
    `subject_at` opens with a determiner, the word before it reads as an adjective ("the full
    report", "the iata legal challenge"), and more words follow ("... into X find"); a word
    that is also a person's noun ("official", "rival") only when a verb of speech follows the
    noun at once ("what did the official report say about the border")."""
    if at + 1 >= len(words) or at - subject_at < 2:
        return False
    if words[subject_at].casefold() not in _DETERMINERS:
        return False
    if words[at].casefold() not in SPEECH_VERB_NOUNS:
        return False
    before = words[at - 1].casefold()
    if before in DOCUMENT_ADJECTIVES:
        return True
    if before in PERSON_NOUNS or before in TITLE_WORDS:
        # "the official report say": a noun, a verb after it; "the rival claim about the deal",
        # "the detective report to police": someone who spoke (a verb of speech further on may
        # be the topic's noun: "the official report about the warning")
        return is_speech_verb(words[at + 1])
    return len(before) > 4 and before.endswith(_ADJECTIVE_ENDINGS)
