"""Quoted names: the names of everyone quoted, written at index time so a question typed in
lower case ("steve jobs") can be read for names without building the speaker directory.

Building the directory merges names across every article (seconds at a million passages); a
plain question needs only each person's first and last name, which the quote index's
summaries already hold. The update that rewrites the quote index writes this list beside it,
with how many rows quote each name: the next update adds and takes away only what it changed.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qabot.attribution import is_group, person_name
from qabot.fileio import read_jsonl, write_jsonl
from qabot.indexing.quote_store import QuoteRow

NAMES_FILE = "quoted_names.jsonl"


@dataclass(frozen=True, slots=True)
class QuotedNames:
    """The names of the people quoted, case-folded: the words that open the names of two
    or more ("jamie" of Jamie Foxx and Jamie Noon), and each one's first and last name."""

    given: frozenset[str]
    full: frozenset[str]

    @classmethod
    def of_names(cls, full: Iterable[str]) -> QuotedNames:
        """Return QuotedNames from "first last" names (case-folded)."""
        names = frozenset(full)
        opening = Counter(name.split()[0] for name in names)
        return cls(frozenset(word for word, n in opening.items() if n >= 2), names)


def name_counts(rows: Iterable[QuoteRow]) -> Counter[str]:
    """Return how many of the rows quote each of the names `full_names` gives: kept beside
    them, so an update counts the names of the rows it drops and adds, not of every row."""
    return Counter(name for row in rows for name in _row_names(row))


def read_name_counts(path: Path) -> Counter[str] | None:
    """Return the counts of a names file (None: written without them, before they were kept;
    ValueError, KeyError or TypeError if garbled)."""
    counts = Counter[str]()
    for row in read_jsonl(path):
        if "rows" not in row:
            return None
        counts[str(row["name"])] = int(row["rows"])
    return counts


def write_name_counts(path: Path, counts: Counter[str]) -> None:
    """Write the names file: each name quoted, sorted, with how many rows quote it."""
    names = sorted(name for name, count in counts.items() if count > 0)
    write_jsonl(path, ({"name": name, "rows": counts[name]} for name in names))


def full_names(rows: Iterable[QuoteRow]) -> list[str]:
    """Return the case-folded first and last names of the people the rows quote, sorted.

    Names are read as the speaker directory reads them, one article at a time: role words
    before a name go ("Actor Robert Blake"), a surname the article gives in full elsewhere is
    that full name. A name counts when it has two words or more and opens with a capitalised
    word of letters ("Tony Blair", not "the minister" or "UK Sport"), and names no group or
    anonymous source.
    """
    return sorted({name for row in rows for name in _row_names(row)})


def _row_names(row: QuoteRow) -> set[str]:
    """Return the names `full_names` gives of one row's speakers."""
    return {
        name
        for speaker, entry in row.speakers.items()
        if (name := _full_name(speaker, entry.names[0] if entry.names else None))
    }


@functools.lru_cache(maxsize=1 << 16)
def _full_name(speaker: str, named: str | None) -> str:
    """Return "first last" of a speaker as an article writes them ("" for no person's name);
    `named` is the full name the article gives a surname. Cached: an update reads every
    article's speakers again, the same names in article after article."""
    name, _ = person_name(speaker)
    if named and len(name.split()) == 1:
        name = named
    if is_group(name):  # anonymous sources ("a spokesman") included
        return ""
    words = name.split()
    first = words[0] if words else ""
    if len(words) >= 2 and first.isalpha() and first[1:].islower():
        return f"{first} {words[-1]}".casefold()
    return ""
