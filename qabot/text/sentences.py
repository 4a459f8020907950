"""Sentences: where the sentences of a text start and end, by offsets (so passages stay verbatim).

Used at index time to cut passages (`qabot.indexing.chunking`) and at question time to pick the
sentence of a passage that best answers (`qabot.search.retrieval`).
"""

from __future__ import annotations

import re

from qabot.text.lexicon import MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS, word_set
from qabot.text.patterns import lazy

# Candidate sentence ends: terminal punctuation, then closing quotes/brackets, then a space.
# "[.!?…][.!?…]*", not "[.!?…]+": a pattern opening with a single character class lets re skip
# to the next such character in C (twice as fast over a text).
# The white space after it is matched too (where the next sentence would open), the end in
# group 1.
_CANDIDATE = lazy("([.!?\u2026][.!?\u2026]*[\"'\u201d\u2019\u00bb)\\]]*)\\s+")
# The same candidates in a text holding no "!", "?" nor ellipsis (most articles, every
# synthetic one): each opens with a full stop, a literal re looks for with a plain loop in C,
# two to three times as fast over a text as the character class above.
_STOP_CANDIDATE = lazy("(\\.[.!?\u2026]*[\"'\u201d\u2019\u00bb)\\]]*)\\s+")
_LINE = lazy(r"[^\n]+")
_OPENERS = "\"'\u201c\u2018\u00ab(["
# A dash after the mark goes on with the sentence when a lower-case word follows it ("Do you
# know who your councilperson is? — we are ...", "Where is the Love? - picked up the prize").
_DASHES = "-\u2013\u2014"


# Words after which a full stop does not end a sentence: titles always precede a name.
_TITLES = TITLE_ABBREVIATIONS | {"vs"}
# Before a number a full stop after these is an abbreviation ("No. 10", "Feb. 15", "p. 4").
_BEFORE_NUMBERS = MONTH_ABBREVIATIONS | word_set("no nos nr p pp vol art fig ch sec approx ca")
# After "U.S." or "a.m." only a word that usually opens a sentence starts a new one.
_STARTERS = word_set(
    "the a an he she it they we i you his her its their this that these those there but and "
    "so yet in on at for after before when while if as however meanwhile officials"
)
_DOTTED = lazy(r"^(?:[A-Za-z]\.){2,}$")


def _ends_sentence(text: str, start: int, punctuation: re.Match[str], stop: int) -> bool:
    """Decide whether `punctuation` (a `_CANDIDATE` match) ends the sentence that opened at
    `start` in its line, which ends at `stop`.

    Every candidate of every article is decided here: the word after it is read in place
    (not a copy of the rest of the line), and a full stop after a word, the usual case, is
    told apart with as few steps as can be.
    """
    after = punctuation.end()
    first = text[after]
    if first in _OPENERS:
        first = text[after:stop].lstrip(_OPENERS)[:1]
    elif first in _DASHES:
        first = text[after:stop].lstrip(_DASHES + " ")[:1]
    if not first or first.islower():
        return False  # "e.g. the", '"Why?" he asked', "[...] stage", "is? — we are"
    mark = punctuation.group(1)
    if mark != "." and (
        "." not in mark.rstrip("\"'\u201d\u2019\u00bb)]") or mark.startswith("..")
    ):
        return True  # ! ? and ellipses before a capital
    at = punctuation.start()
    word = text[max(text.rfind(" ", start, at) + 1, start) : at + 1].lstrip(_OPENERS)
    stem = word.rstrip(".").lower()
    if stem in _TITLES:
        return False
    if first.isdigit():
        return stem not in _BEFORE_NUMBERS
    if len(word) == 2 and word[0].isupper():
        return False  # an initial: "Jens H. Stoltenberg"
    if word[1:2] == "." and _DOTTED.match(word):  # "U.S." (the look first: most words fail it)
        following = text[after:stop].lstrip(_OPENERS)
        return following.split(" ", 1)[0].lower() in _STARTERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) offsets of every sentence of `text`, in order.

    Every line break ends a sentence (paragraphs and list items always do). Within a line a
    sentence ends at . ! ? or an ellipsis, with any closing quotes, before a capital letter,
    except after titles ("Mr."), initials, "No. 10", "Feb. 15" and dotted acronyms ("U.S.").
    """
    spans: list[tuple[int, int]] = []
    candidates = _CANDIDATE if "!" in text or "?" in text or "\u2026" in text else _STOP_CANDIDATE
    for line in _LINE.finditer(text):
        start, stop = line.span()
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start == stop:
            continue
        for match in candidates.finditer(text, start, stop):
            # the white space matched ends before `stop`, the line's last character
            if _ends_sentence(text, start, match, stop):
                spans.append((start, match.end(1)))
                start = match.end()
        spans.append((start, stop))
    return spans
