"""A name joined by "and" that the articles write whole with an ampersand ("Marks & Spencer",
"Procter & Gamble"): one speaker, a firm, not two people to be split, nor a person a part of
it names ("Spencer" read as Spencer Abraham's first name).

News writing joins two people with "and" and a firm's two names with "&": a phrase the
archive writes with "&" between its parts, each word capitalised, is one name, whichever way
the reader typed the join. The speaker readers answer for it whole: someone quoted under that
name, or no one (its passages then show where the articles name it).
"""

from __future__ import annotations

import functools
import re

from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.search.body_forms import quoted_beside
from qabot.search.resolution_record import Resolution
from qabot.text import tokenize
from qabot.text.patterns import lazy

NAME_PASSAGES = 20  # passages read to see whether the phrase is written whole
MAX_PART_WORDS = 3  # "Marks", "Procter", "Johnson": a firm's parts are a name's words each
_JOIN = lazy(r"\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)
_PART = lazy(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)*")


def joined_parts(phrase: str) -> tuple[str, str] | None:
    """Return the two parts of a phrase joined once by "and" or "&" ("Marks", "Spencer"), or
    None for any other phrase (no join, a list, a part that is not words)."""
    parts = _JOIN.split(phrase.strip())
    if len(parts) != 2:
        return None
    left, right = (part.strip() for part in parts)
    if not all(_PART.fullmatch(part) for part in (left, right)):
        return None
    if any(len(part.split()) > MAX_PART_WORDS for part in (left, right)):
        return None
    return left, right


@functools.lru_cache(maxsize=64)
def _ampersand_pattern(left: str, right: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in left.split()]
    after = [re.escape(word) for word in right.split()]
    body = r"\s+".join(words) + r"\s*&\s*" + r"\s+".join(after)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def written_whole(index: Index, phrase: str) -> str | None:
    """Return the phrase as the articles write it whole with "&" between its parts, each word
    capitalised ("marks and spencer" -> "Marks & Spencer"), or None when no passage does."""
    parts = joined_parts(phrase)
    return _written(index, *parts) if parts is not None else None


def joins_a_name(index: Index, phrase: str) -> bool:
    """Return whether the join of a phrase joined once by "and" ties the two words of a name
    the articles write whole with "&" ("the Marks and Spencer boss": one firm's boss, not
    "the Marks" and "Spencer boss")."""
    parts = _JOIN.split(phrase.strip())
    if len(parts) != 2 or not parts[0].split() or not parts[1].split():
        return False
    left, right = parts[0].split()[-1], parts[1].split()[0]
    if not all(_PART.fullmatch(word) for word in (left, right)):
        return False
    return _written(index, left, right) is not None


def _written(index: Index, left: str, right: str) -> str | None:
    """Return "`left` & `right`" as a passage writes it, each word capitalised, or None."""
    terms = tokenize(f"{left} {right}")
    if not terms or not all(index.engine.idf(terms).values()):
        return None  # a word of it is in no passage: nothing writes it whole
    pattern = _ampersand_pattern(left, right)
    found = index.engine.search_scored(terms, NAME_PASSAGES)
    for at in range(len(found)):
        for match in pattern.finditer(found.text(at)):
            written = " ".join(match.group(0).split())
            if all(word[:1].isupper() for word in written.split() if word != "&"):
                return written
    return None


def _joined_key(name: str) -> str:
    """Return a name folded with its join read alike ("Marks and Spencer" is "Marks &
    Spencer")."""
    return " ".join(fold_name(name).replace("&", " and ").split())


def resolve_whole(index: Index, phrase: str, written: str) -> Resolution:
    """Return who the phrase written whole (`written_whole`) means: the speaker quoted under
    that very name, in either of its joins, or under its initials ("M&S") in a story writing
    it whole; or no one, never a person a part of it names."""
    wanted = _joined_key(written)
    for form in dict.fromkeys((written, phrase, written.replace("&", "and"))):
        match = index.speakers.match(form)
        for person in match.people:
            if _joined_key(person) == wanted:
                return Resolution(person=person, how="name")
    for letters in joined_initials(written):
        if index.speakers.count(letters) and quoted_beside(index, letters, written):
            return Resolution(person=letters, how="alias")  # "..., said M&S"
    return Resolution(person=None)


def joined_initials(written: str) -> list[str]:
    """Return the initials a name written whole with "&" may be quoted under: each part's
    with the "&" kept, then without ("Marks & Spencer": "M&S", "MS"; "American Telephone &
    Telegraph": "AT&T", "ATT")."""
    parts = joined_parts(written)
    if parts is None:
        return []
    letters = ["".join(word[0].upper() for word in part.split()) for part in parts]
    return ["&".join(letters), "".join(letters)]
