"""Sentences: where the sentences of a text start and end, by offsets (so passages stay verbatim).

Used at index time to cut passages (`qabot.indexing.chunking`) and at question time to pick the
sentence of a passage that best answers (`qabot.search.retrieval`).
"""

from __future__ import annotations

import re

from qabot.text.lexicon import MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS, word_set

# Candidate sentence ends: terminal punctuation, then closing quotes/brackets, then a space.
# "[.!?…][.!?…]*", not "[.!?…]+": a pattern opening with a single character class lets re skip
# to the next such character in C (twice as fast over a text).
_CANDIDATE = re.compile("[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019\u00bb)\\]]*(?=\\s)")
_LINE = re.compile(r"[^\n]+")
_OPENERS = "\"'\u201c\u2018\u00ab(["


# Words after which a full stop does not end a sentence: titles always precede a name.
_TITLES = TITLE_ABBREVIATIONS | {"vs"}
# Before a number a full stop after these is an abbreviation ("No. 10", "Feb. 15", "p. 4").
_BEFORE_NUMBERS = MONTH_ABBREVIATIONS | word_set("no nos nr p pp vol art fig ch sec approx ca")
# After "U.S." or "a.m." only a word that usually opens a sentence starts a new one.
_STARTERS = word_set(
    "the a an he she it they we i you his her its their this that these those there but and "
    "so yet in on at for after before when while if as however meanwhile officials"
)
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}$")


def _ends_sentence(previous: str, punctuation: str, following: str) -> bool:
    """Decide whether `punctuation` between two words ends a sentence."""
    first = following.lstrip(_OPENERS)[:1]
    if not first or first.islower():
        return False  # "e.g. the", '"Why?" he asked', "[...] stage"
    if "." not in punctuation.rstrip("\"'\u201d\u2019\u00bb)]") or punctuation.startswith(".."):
        return True  # ! ? and ellipses before a capital
    word = previous.lstrip(_OPENERS)
    stem = word.rstrip(".").lower()
    if stem in _TITLES:
        return False
    if first.isdigit():
        return stem not in _BEFORE_NUMBERS
    if len(word) == 2 and word[0].isupper():
        return False  # an initial: "Jens H. Stoltenberg"
    if _DOTTED.match(word):
        return following.lstrip(_OPENERS).split(" ", 1)[0].lower() in _STARTERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) offsets of every sentence of `text`, in order.

    Every line break ends a sentence (paragraphs and list items always do). Within a line a
    sentence ends at . ! ? or an ellipsis, with any closing quotes, before a capital letter,
    except after titles ("Mr."), initials, "No. 10", "Feb. 15" and dotted acronyms ("U.S.").
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, stop = line.span()
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start == stop:
            continue
        for match in _CANDIDATE.finditer(text, start, stop):
            end = match.end()
            before = text.rfind(" ", start, match.start()) + 1
            after = end
            while after < stop and text[after].isspace():
                after += 1
            word_before = text[max(before, start) : match.start() + 1]
            if after < stop and _ends_sentence(word_before, match.group(), text[after:stop]):
                spans.append((start, end))
                start = after
        spans.append((start, stop))
    return spans
