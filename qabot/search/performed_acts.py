"""Speech acts a speaker performs in their own words: "I apologise to all who suffered", "we
concede that the dismissal was right".

A "who apologised ...?" or "who conceded ...?" question names the act; the extractor cues most
such quotes with "said" ('"I apologise," he said'), so the cue alone misses that the words
themselves are the act asked. The first person before the verb in the same sentence tells the
act from a report of someone else's ("they failed to answer the question"), and a verb of a
state of mind is no act ("I think", "we hope": any words may open so).
"""

from __future__ import annotations

import re
from functools import lru_cache

from qabot.text import terms_of, tokenize
from qabot.text.lexicon import IRREGULAR_VERBS, MENTAL_VERBS
from qabot.text.patterns import lazy

_FIRST_PERSON = frozenset("i we i'm we're i'd we'd i've we've i'll we'll".split())
_SENTENCE_END = lazy(r"[.!?;:]")
_WORD = lazy(r"[\w']+")
# a word of _FIRST_PERSON anywhere, as _WORD cuts words
_ANY_FIRST_PERSON = lazy(
    r"(?<![\w'])(?:"
    + "|".join(sorted(map(re.escape, _FIRST_PERSON), key=len, reverse=True))
    + r")(?![\w'])"
)
# "felt", "thought" as well as "feel", "think"
_MENTAL_STEMS = frozenset(
    stem
    for form in (
        *MENTAL_VERBS,
        *(f for f, base in IRREGULAR_VERBS.items() if base in MENTAL_VERBS),
    )
    for stem in tokenize(form)
)


def acted_verbs(verb_stems: frozenset[str]) -> frozenset[str]:
    """Return the stems of the verbs asked that a speaker may perform in words (not "think")."""
    return verb_stems - _MENTAL_STEMS


def performs(text: str, verb_stems: frozenset[str]) -> bool:
    """Return whether `text` holds one of `verb_stems` after "I" or "we" in its sentence."""
    return bool(verb_stems) and not verb_stems.isdisjoint(_performed(text))


@lru_cache(maxsize=1 << 14)
def _performed(text: str) -> frozenset[str]:
    """Return the terms of every word after "I" or "we" in its sentence: what `performs` asks
    of a quote, whatever verb a question asks (the same articles' quotes come back question
    after question; a word is analysed only past the first person)."""
    lowered = text.casefold().replace("’", "'")
    if _ANY_FIRST_PERSON.search(lowered) is None:
        return frozenset()  # most quotes of an article: told by one search, word by word otherwise
    acts: set[str] = set()
    for sentence in _SENTENCE_END.split(lowered):
        after_first_person = False
        for word in _WORD.findall(sentence):
            if after_first_person:
                acts.update(terms_of(word))
            after_first_person = after_first_person or word in _FIRST_PERSON
    return frozenset(acts)
