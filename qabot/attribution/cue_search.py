"""Cue search: where the speech and belief cue patterns of `qabot.attribution.cues` can match,
found before they are tried.

Every paragraph of every article is asked whether it holds a cue, and every sentence of the
paragraphs that may is searched. Both patterns open with a look-behind, so Python's re tries
them at every position of the text; a cue's first word, though, stands alone between characters
no word holds (the patterns' lookarounds), so a text whose words, cut in C, hold none of those
words cannot match, and most texts are told apart by one set look-up per word.
"""

from __future__ import annotations

import re

from qabot.attribution.cues import (
    BELIEF,
    BELIEF_CUE,
    CUE,
    CUE_FIRST_WORDS,
    DOCUMENT_CUE,
    DOCUMENT_VERBS,
    NOUN_CUE,
    NOUN_CUES,
)
from qabot.text.patterns import lazy

# the characters of the patterns' words, [\w'’-] (in ASCII text: letters, digits, _ ' -)
_CUE_WORD = lazy(r"[\w'’-]+")
_NOT_CUE_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "_'-")}
)


# a word of any cue pattern: no paragraph without one holds a cue (`holds_any_cue`)
_ANY_CUE_WORD = CUE_FIRST_WORDS | BELIEF | NOUN_CUES | DOCUMENT_VERBS


def cue_words(text: str) -> list[str]:
    """Return the words of `text` as the cue patterns see them: runs of [\\w'’-]."""
    if text.isascii():
        return text.translate(_NOT_CUE_WORD).split()
    return _CUE_WORD.findall(text)


def cue_cut(text: str) -> str | None:
    """Return an ASCII `text` with every character no cue word holds made a space, so that
    `cue_cut(text)[a:b].split() == cue_words(text[a:b])` for any span: a whole article is cut
    once, not paragraph by paragraph (`str.translate` sets up its table at every call). None
    for a text holding a non-ASCII character (its words are found by a pattern)."""
    return text.translate(_NOT_CUE_WORD) if text.isascii() else None


def may_hold_cue(text: str) -> bool:
    """Return False when `CUE` cannot match in `text` (no cue word in it), 3x faster than
    searching: the words are cut in C, and a set intersection finds none in most paragraphs.
    """
    return not CUE_FIRST_WORDS.isdisjoint(cue_words(text))


def holds_cue(text: str) -> bool:
    """Return True when `text` holds a speech cue or a belief cue (found in C when it has no
    cue word: the usual case; `BELIEF_CUE` matches exactly where "believe" or "think" is a
    word)."""
    words = cue_words(text)
    return bool(
        (not CUE_FIRST_WORDS.isdisjoint(words) and CUE.search(text))
        or not BELIEF.isdisjoint(words)
    )


def sentence_cues(
    masked: str, start: int, end: int, cut: str | None = None
) -> list[re.Match[str]]:
    """Return the matches of `CUE`, then those of `BELIEF_CUE`, `NOUN_CUE` and `DOCUMENT_CUE`, in
    masked[start:end]; `cut` is `cue_cut(masked)` when the caller has it (each sentence of a
    paragraph then slices its words from one cut).

    A pattern is tried only when the sentence holds one of its words: the matches are those of
    the patterns run over the sentence (which may look at the character before `start`).
    """
    words = cue_words(masked[start:end]) if cut is None else cut[start:end].split()
    if _ANY_CUE_WORD.isdisjoint(words):
        return []  # most sentences of a paragraph holding a cue: one look, not three
    cues = [*CUE.finditer(masked, start, end)] if not CUE_FIRST_WORDS.isdisjoint(words) else []
    if not BELIEF.isdisjoint(words):
        cues += BELIEF_CUE.finditer(masked, start, end)
    if not NOUN_CUES.isdisjoint(words):
        cues += NOUN_CUE.finditer(masked, start, end)
    if not DOCUMENT_VERBS.isdisjoint(words):
        cues += DOCUMENT_CUE.finditer(masked, start, end)
    return cues


def holds_any_cue(text: str, words: list[str]) -> bool:
    """Return `holds_cue(text) or may_hold_noun_cue(text)`, given `words = cue_words(text)`:
    one look at the words rules out most paragraphs (they hold no word of any cue), instead of
    cutting them into words twice and looking three times."""
    if _ANY_CUE_WORD.isdisjoint(words):
        return False
    return bool(
        (not CUE_FIRST_WORDS.isdisjoint(words) and CUE.search(text))
        or not BELIEF.isdisjoint(words)
        or not NOUN_CUES.isdisjoint(words)
        or not DOCUMENT_VERBS.isdisjoint(words)
    )


def may_hold_noun_cue(text: str) -> bool:
    """Return True when `text` holds a word that reports its owner's words ("his claim that")."""
    return not NOUN_CUES.isdisjoint(cue_words(text))
