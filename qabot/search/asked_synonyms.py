"""Synonyms of the few words a question asks, looked up without stemming the whole lexicon.

Stemming every word of `SYNONYM_GROUPS` cost ~0.1 CPU-s a process, paid by each "who said"
question and each reader that weighs a role or a deed; a question asks the synonyms of three
or four words. The stemmer changes only a word's end, so the groups holding a word of a stem
are found among the words that open as the stem does, and only those are stemmed.
`table_synonyms` finds exactly what the whole stemmed table gave; `word_forms.synonym_forms`
looks synonyms up with it, for who-said and for ranking one speaker's quotes by a topic alike.
"""

from __future__ import annotations

from functools import lru_cache

from qabot.text import tokenize
from qabot.text.analyzer import terms_of_words
from qabot.text.lexicon import SYNONYM_GROUPS

_PARTS = " / "  # between two groups; a group's words are parted by single spaces


@lru_cache(maxsize=1 << 12)
def table_synonyms(stem: str) -> frozenset[str]:
    """Return what `SYNONYM_GROUPS` stemmed whole gives the analysed word `stem`: the stems of
    every group a word of that stem is in, but `stem` and the stop words. Only the words opening
    as a word of that stem must (`opening`) are stemmed, in one call; stemming all ~32,000 cost
    ~0.1 CPU-s at a process's first "who said" question."""
    if not stem:
        return frozenset()
    groups = SYNONYM_GROUPS
    found: set[str] = set()
    starts = _openings(groups, opening(stem))
    words = [groups[at : _word_end(groups, at)] for at in starts]
    for at, term in zip(starts, _stems(words), strict=True):
        if term != stem:
            continue
        start = groups.rfind(_PARTS, 0, at)
        end = groups.find(_PARTS, at)
        found.add(groups[0 if start < 0 else start + len(_PARTS) : None if end < 0 else end])
    return frozenset(set(_stems(" ".join(found).split())) - {stem, ""})


def opening(stem: str) -> str:
    """Return the letters every word the stemmer makes `stem` of opens with: it keeps a word's
    start and changes at most the last two letters of what it keeps ("cri" of "cry", "use" of
    "using", "die" of "dying"); a test holds every word of the lexicon to it."""
    return stem[: min(3, len(stem) - 2)] if len(stem) > 3 else stem[:1]


def _word_end(text: str, at: int) -> int | None:
    """Return where the word of `text` starting at `at` ends (None: at the end of the text)."""
    end = text.find(" ", at)
    return None if end < 0 else end


def _stems(words: list[str]) -> list[str]:
    """Return the term of each lexicon word as the whole table made it: a plain word's in one
    call, any other's alone ("" for a stop word, and for a word the analyser splits)."""
    plain = [w for w in words if w.isascii() and w.isalpha() and w.islower()]
    stem_of = dict(zip(plain, terms_of_words(plain), strict=True))
    return [stem_of[w] if w in stem_of else _stem(w) for w in words]


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
