"""Undated words: the date words of a question to an archive whose articles have no date.

"What did Truss say yesterday?" over articles without dates: no day can be read, so "yesterday"
could only be searched as a word, and "Truss said nothing about yesterday" would answer a
question nobody asked. The date words are left out of the search, and the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qabot.search.date_phrases import UNITS
from qabot.search.filter_reading import read_filters
from qabot.text.lexicon import MONTH_NUMBERS, WEEKDAYS
from qabot.text.patterns import lazy

_PUNCTUATION = "?!.,;:"
# every word a date or recency phrase holds but its numbers: a question with none of these and
# no digit holds no date, and is not read twice (a second reading costs ~0.2 ms a question)
_DATE_WORDS = frozenset(
    {*MONTH_NUMBERS, *WEEKDAYS, *UNITS, "today", "yesterday", "latest", "newest", "recent"}
    | {"recently", "ago", "since", "until", "till", "before", "after", "between", "weekend"}
)
_WORDS = lazy(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class UnreadDates:
    """A question's words without its date words, and those words as typed."""

    words: str
    dates: str


def unread_dates(text: str, today: date | None = None) -> UnreadDates | None:
    """Return `text` without the words that would be dates or recency ("yesterday", "in
    March", "latest") were the articles dated, or None when it has none."""
    if not may_hold_dates(text):
        return None
    as_dates = read_filters(text, reference=today or date.today(), dated=True)
    found = as_dates.filters
    if not (found.since or found.until or found.recent):
        return None
    removed = _removed(text.split(), as_dates.words.split())
    if not removed:
        return None
    return UnreadDates(as_dates.words, removed)


def may_hold_dates(text: str) -> bool:
    """Return False when `text` surely holds no date or recency phrase: no digit and none of
    the words such a phrase is made of."""
    folded = text.casefold()
    return any(c.isdigit() for c in folded) or not _DATE_WORDS.isdisjoint(_WORDS.findall(folded))


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
