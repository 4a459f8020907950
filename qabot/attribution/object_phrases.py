"""Object phrases: a speaker phrase of two noun phrases side by side, the first the object of a
cue or a preposition, the second its subject (a step inside
`qabot.attribution.speaker_reading`).

"..., a charge the company denies" is a relative clause without its "which": the charge is what
the company denies, and the words before are the charge, someone else's; the phrase names no
speaker of them ("a charge the company" is no one). After a preposition the first phrase is the
preposition's ("said in a statement the directors believed ...", "In a joint statement the
firms said"): the second is the speaker.
"""

from __future__ import annotations

import re

from qabot.text.patterns import lazy

# what opens the object ("a charge", "the allegation") and its subject ("the company", "his
# lawyers"); "that" is left out: "a claim that the ..." opens a clause
_OBJECT_OPENERS = frozenset("a an the".split())
_SUBJECT_OPENERS = frozenset("the a an his her its their our".split())
# the object is a short plain noun phrase: no preposition, conjunction, verb or participle
# inside ("an investigation into the crash", "a doctor treating the Belgian")
_NOT_NOUNS = frozenset(
    """of in into on onto at for with to by from as about over under after against between
through and or but is are was were be been has have had said says who which that""".split()
)
_OBJECT_WORDS = 3  # "a charge", "the long-standing allegation", no more
_SUBJECT_WORDS = 4  # "the company", "the firm's chief executive"
# a preposition right before the phrase: "in a statement the RSPCA said"
_PREPOSITION_BEFORE = lazy(r"\b(?:in|on|at|with|through|via|by)[^\S\n]+$", re.IGNORECASE)


def object_split(words: list[str]) -> int:
    """Return where the second of two noun phrases side by side starts in `words` ("a charge
    the company": 2), or 0 when `words` are not so."""
    if len(words) < 3 or words[0].casefold() not in _OBJECT_OPENERS:
        return 0
    inner = next((i for i in range(2, len(words)) if words[i].casefold() in _SUBJECT_OPENERS), 0)
    if not (
        inner
        and inner - 1 <= _OBJECT_WORDS
        and len(words) - inner <= _SUBJECT_WORDS
        and all(_plain_noun(w) for w in words[1:inner])
        and all(w.casefold() not in _NOT_NOUNS for w in words[inner:])
    ):
        return 0
    return inner


def after_preposition(text: str, position: int) -> bool:
    """Return True when a preposition stands right before `position` of `text`."""
    return _PREPOSITION_BEFORE.search(text, max(0, position - 12), position) is not None


def _plain_noun(word: str) -> bool:
    return (
        all(part.isalpha() and part.islower() for part in word.split("-"))
        and word not in _NOT_NOUNS
        and not word.endswith(("ing", "ed"))
    )
