"""Words written in two parts: a word of a question searched as the archive writes it, in two
parts joined by a hyphen or a space, or its letters apart from its number ("bbc4": "BBC Four").

The analyzer splits a hyphenated word, so a word typed joined ("walmart", "spiderman") finds
none of the passages writing it in two ("Wal-Mart", "Spider-Man"): a word no article holds is
read as its parts when passages write them so (`split_word`, before any correction of a
letter), and a word few passages hold as the parts more passages write (`usual_splits`; parts of
two letters too: "wifi" is "wi-fi").
Part of `spelling`, which reads every word of a question.
"""

from __future__ import annotations

import math
import re

from qabot.indexing import Index
from qabot.search.date_phrases import NUMBER_WORDS
from qabot.text import tokenize
from qabot.text.patterns import lazy

SPLIT_PART = 3  # letters at least in each part of a word read as two ("wal" + "mart")
# ... and of a word few passages hold that more write hyphenated ("wifi": "wi-fi")
HYPHENATED_PART = 2
# a word this few passages hold is searched as the archive writes it in two parts when more
# passages write it so ("spiderman" in 2, "Spider-Man" in 21)
SPLIT_RARE = 5
HYPHENS = "-‐‑"
SPLIT_READ = 20  # passages read, best matching both parts, for how they are written
# letters typed joined to a number ("bbc4", "channel4"): the archive may write them apart, the
# number in figures or in words ("BBC Four", "Channel 4")
_LETTERS_NUMBER = lazy(r"([^\W\d_]{2,})(\d{1,2})")
_SPELLED = {number: word for word, number in NUMBER_WORDS.items() if len(word) > 2}


def usual_splits(
    index: Index,
    found: list[tuple[re.Match[str], tuple[str, ...]]],
    weights: dict[str, float],
    total: int,
) -> dict[int, str]:
    """Return the words of a question (their index in `found`) that SPLIT_RARE passages or
    fewer hold, and more write in two parts joined by a hyphen, each as written so
    ("spiderman": "spider-man")."""
    rare = math.log(1.0 + (total - SPLIT_RARE + 0.5) / (SPLIT_RARE + 0.5))
    parted: dict[int, str] = {}
    for i, (match, analysed) in enumerate(found):
        word = match.group()
        if len(analysed) != 1 or not word.isalpha() or len(word) < 2 * HYPHENATED_PART:
            continue
        weight = weights.get(analysed[0], 0.0)
        if weight < rare:
            continue  # most words: no article holds it (a correction's case), or many do
        # "blue water" is no "Bluewater"
        written = _written_split(index, word, HYPHENS, HYPHENATED_PART)
        if written is not None and written[0] > index.engine.capitalised(analysed[0])[1]:
            parted[i] = written[1]
    return parted


def split_word(index: Index, word: str) -> str | None:
    """Return `word` as the archive writes it in two parts, hyphenated or spaced ("walmart" is
    "wal-mart"): the analyzer splits a hyphenated word, so the joined form typed finds none of
    them (`_written_split`); None when none is written so."""
    written = _written_split(index, word) or _number_apart(index, word)
    return written[1] if written else None


def _number_apart(index: Index, word: str) -> tuple[int, str] | None:
    """Return how many of the SPLIT_READ passages best matching them write the letters of
    `word` beside its number, apart, in figures or in words ("bbc4": "BBC Four"), and how most
    of them write it; None when `word` is no such word or none writes it so."""
    typed = _LETTERS_NUMBER.fullmatch(word.casefold())
    if typed is None:
        return None
    letters, digits = typed.groups()
    number = "|".join([digits, *([_SPELLED[int(digits)]] if int(digits) in _SPELLED else [])])
    written = re.compile(rf"(?<!\w){letters}[-‐‑ ](?:{number})(?!\w)", re.IGNORECASE)
    found: list[str] = []
    for form in number.split("|"):
        terms = tokenize(f"{letters} {form}")
        if len(terms) != 2:
            continue  # a part the analyzer drops
        found += [
            match.group().casefold()
            for passage, _ in index.engine.search(terms, SPLIT_READ)
            if (match := written.search(passage.text))
        ]
    return (len(found), max(set(found), key=found.count)) if found else None


def _written_split(
    index: Index, word: str, joiners: str = "-‐‑ ", part: int = SPLIT_PART
) -> tuple[int, str] | None:
    """Return how many of the SPLIT_READ passages best matching both parts of `word` (each of
    `part` letters at least) write them side by side, joined by one of `joiners` (a hyphen or
    a space), and how most of them write it, for the split of `word` written most; None when
    no split is written so."""
    lower = word.casefold()
    if len(lower) < 2 * part:
        return None
    parts = [(lower[:at], lower[at:]) for at in range(part, len(lower) - part + 1)]
    held = index.engine.idf([term for pair in parts for half in pair for term in tokenize(half)])
    best: tuple[int, str] | None = None
    for left, right in parts:
        terms = [*tokenize(left), *tokenize(right)]
        if len(terms) != 2 or not all(held.get(term) for term in terms):
            continue  # a part the analyzer drops ("the", "on") or no passage holds
        written = re.compile(rf"(?<!\w){left}[{joiners}]{right}(?!\w)", re.IGNORECASE)
        found = [
            match.group().casefold()
            for passage, _ in index.engine.search(terms, SPLIT_READ)
            if (match := written.search(passage.text))
        ]
        if found and (best is None or len(found) > best[0]):
            best = (len(found), max(set(found), key=found.count))
    return best
