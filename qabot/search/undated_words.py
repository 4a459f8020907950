"""Undated words: the date words of a question to an archive whose articles have no date.

"What did Truss say yesterday?" over articles without dates: no day can be read, so "yesterday"
could only be searched as a word, and "Truss said nothing about yesterday" would answer a
question nobody asked. The date words are left out of the search, and the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qabot.search.filter_reading import read_filters

_PUNCTUATION = "?!.,;:"


@dataclass(frozen=True, slots=True)
class UnreadDates:
    """A question's words without its date words, and those words as typed."""

    words: str
    dates: str


def unread_dates(text: str, today: date | None = None) -> UnreadDates | None:
    """Return `text` without the words that would be dates or recency ("yesterday", "in
    March", "latest") were the articles dated, or None when it has none."""
    as_dates = read_filters(text, reference=today or date.today(), dated=True)
    found = as_dates.filters
    if not (found.since or found.until or found.recent):
        return None
    removed = _removed(text.split(), as_dates.words.split())
    if not removed:
        return None
    return UnreadDates(as_dates.words, removed)


def _removed(asked: list[str], kept: list[str]) -> str:
    """Return the words of `asked` that `kept` does not hold, in order, as typed."""
    out: list[str] = []
    at = 0
    for word in asked:
        if at < len(kept) and word.strip(_PUNCTUATION) == kept[at].strip(_PUNCTUATION):
            at += 1
        else:
            out.append(word.strip(_PUNCTUATION))
    return " ".join(w for w in out if w)
