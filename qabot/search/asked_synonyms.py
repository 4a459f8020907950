"""Synonyms of the few words a question asks, looked up without stemming the whole lexicon.

`word_forms.synonym_forms` stems every word of `SYNONYM_GROUPS` at its first use (~0.1 CPU-s,
paid once a process by "who said" and the readers that weigh a role or a deed). Ranking one
speaker's quotes by a topic asks the synonyms of three or four words: the groups holding a
word of each stem are found among the words that open as the stem does (the stemmer changes
only a word's ending), and only those are stemmed, so a one-off "what did X say about Y"
does not pay for the whole table. Pass `synonyms` to `word_forms.synonym_forms` as its
`lookup`.
"""

from __future__ import annotations

from functools import lru_cache

from qabot.text import tokenize
from qabot.text.lexicon import SYNONYM_GROUPS

_PARTS = " / "  # between two groups; a group's words are parted by single spaces


@lru_cache(maxsize=1 << 12)
def synonyms(stem: str) -> frozenset[str]:
    """Return the stems of the words sharing a group of `SYNONYM_GROUPS` with a word of the
    analysed word `stem`, words the analyser keeps whole only, `stem` itself left out."""
    if len(stem) < 2:
        return frozenset()
    groups = SYNONYM_GROUPS
    found: set[str] = set()
    seen: set[int] = set()
    # every word opening as the stem does (str.find: a pattern's scan of the lexicon cost 7 ms),
    # and of a short stem, its first two letters ("cri" of "cry", "use" of "using")
    for at in _openings(groups, stem[:3] if len(stem) > 3 else stem[:2]):
        end_of_word = groups.find(" ", at)
        word = groups[at : None if end_of_word < 0 else end_of_word]
        if _stem(word) != stem:
            continue
        start = groups.rfind(_PARTS, 0, at)
        start = 0 if start < 0 else start + len(_PARTS)
        if start in seen:
            continue
        seen.add(start)
        end = groups.find(_PARTS, at)
        found.update(_stem(other) for other in groups[start : None if end < 0 else end].split())
    return frozenset(found - {stem, ""})


def _openings(text: str, prefix: str) -> list[int]:
    """Return where each word of `text` (parted by spaces) opening with `prefix` starts."""
    found = [0] if text.startswith(prefix) else []
    at = text.find(" " + prefix)
    while at >= 0:
        found.append(at + 1)
        at = text.find(" " + prefix, at + 1)
    return found


@lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    """Return the one term the analyser makes of `word`, "" for a stop word or several."""
    terms = tokenize(word)
    return terms[0] if len(terms) == 1 else ""
