"""Phrasal verbs a question writes ("step down", "set up"), in any form of their verb, and the
single words news writes for them ("resign", "found"), found at question time: a story says
"X resigned" of what a reader asks as "why did X step down".
"""

from __future__ import annotations

import re
from functools import lru_cache

from qabot.text import LazyPattern, lazy, lowered, may_contain, tokenize
from qabot.text.lexicon import IRREGULAR_FORMS, PHRASAL_VERBS

# a word before each particle of the lexicon's phrasal verbs, one pattern a particle (ten for
# its 24 verbs), compiled once: a pattern a verb was 24 scans of the question at every call
_BEFORE_PARTICLE: dict[str, LazyPattern] = {
    particle: lazy(rf"\b(\w+)\s+{particle}\b", re.IGNORECASE)
    for particle in dict.fromkeys(phrase.split()[1] for phrase in PHRASAL_VERBS)
}


def phrasal_uses(words: str) -> list[tuple[str, frozenset[str]]]:
    """Return each phrasal verb `words` writes, in any form of its verb, as typed, with the
    terms of the single words news writes for it ("step down": resign, resignation, quit ...):
    a story says "X resigned" of what a reader asks as "why did X step down"."""
    uses: list[tuple[str, frozenset[str]]] = []
    lower = lowered(words)
    before: dict[str, list[re.Match[str]]] = {}  # particle -> the words before it, in order
    for phrase, meaning in PHRASAL_VERBS.items():
        verb, particle = phrase.split()
        found_before = before.get(particle)
        if found_before is None:
            # a question without the particle holds none of its verbs: no scan at all
            found_before = before[particle] = (
                list(_BEFORE_PARTICLE[particle].finditer(words))
                if may_contain(lower, particle)
                else []
            )
        for found in found_before:
            typed = found.group(1)
            if tokenize(IRREGULAR_FORMS.get(typed.casefold(), typed)) == tokenize(verb):
                uses.append((found.group(), frozenset(tokenize(" ".join(meaning)))))
    return uses


@lru_cache(maxsize=256)  # asked once a passage weighed, of the same question
def phrasal_meanings(words: str) -> frozenset[str]:
    """Return the terms of the single words news writes for the phrasal verbs `words` writes
    (`phrasal_uses`): "when was X set up" is answered by "X was founded in 1974"."""
    return frozenset(term for _, senses in phrasal_uses(words) for term in senses)
