"""Outlets of an index generation: who published its articles, how many, over which dates.

Counted once, when a generation is written, into its calendar.json (`Calendar`): an update
takes the last generation's counts, less the articles it drops, plus those it reads, so a
question never reads the article records for them (1.2 s at a million passages). `qabot
sources` lists the outlets, and questions and `--source` match outlet names against them, so a
word is only ever read as an outlet when an article of the index carries that outlet. A
generation written before calendars were stored, or storing one this qabot cannot read (another
version's) or one that counts another number of articles than its records hold, is counted
from its records instead (`Calendar.stored`).
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from qabot.records import ArticleInfo, outlet_key

CALENDAR_FILE = "calendar.json"
CALENDAR_VERSION = 1  # of what calendar.json holds: bump when outlet_key or a day's cut changes


@dataclass(frozen=True, slots=True, kw_only=True)
class Outlet:
    """One outlet: its folded key (what engines store), the name shown, counts and date range."""

    key: str  # qabot.records.outlet_key of its name
    name: str  # the spelling most of its articles use
    articles: int
    first: str | None  # ISO dates of its oldest and newest dated articles
    last: str | None

    def to_json(self) -> dict[str, str | int | None]:
        """Return one item of `qabot sources --json`."""
        return {
            "source": self.name,
            "articles": self.articles,
            "first": self.first,
            "last": self.last,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSpan:
    """The days the articles of an index were published on, and whether some have no date."""

    days: tuple[str, ...]  # ISO dates of the dated articles, each once, oldest first
    undated: bool  # some article has no date

    @property
    def first(self) -> str | None:
        return self.days[0] if self.days else None

    @property
    def last(self) -> str | None:
        return self.days[-1] if self.days else None

    def misses(self, since: str | None, until: str | None) -> bool:
        """Tell whether no dated article falls in the days `since` .. `until` (ISO dates,
        None: open), so that a filter of those days would leave only what is undated: a
        year before, after or between the archive's dated articles."""
        at = bisect.bisect_left(self.days, since) if since is not None else 0
        return at == len(self.days) or (until is not None and self.days[at] > until)


@dataclass(slots=True)
class Calendar:
    """The articles of a generation counted by outlet (its folded key; "" when it names none):
    each spelling of its name, each day it published on, and its undated articles. Counts, not
    sets, so that dropping an article's counts leaves what the others hold."""

    names: dict[str, Counter[str]] = field(default_factory=dict)
    days: dict[str, Counter[str]] = field(default_factory=dict)
    undated: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of_articles(cls, articles: Iterable[ArticleInfo]) -> Calendar:
        """Return the calendar of these articles."""
        calendar = cls()
        calendar.count(articles)
        return calendar

    def count(self, articles: Iterable[ArticleInfo], sign: int = 1) -> None:
        """Add these articles to the counts (`sign` -1: take them out)."""
        for info in articles:
            key = outlet_key(info.source)
            if key:
                self.names.setdefault(key, Counter())[" ".join((info.source or "").split())] += (
                    sign
                )
            if info.date:
                self.days.setdefault(key, Counter())[info.date[:10]] += sign
            else:
                self.undated[key] += sign
        if sign < 0:
            self._drop_spent()

    def _drop_spent(self) -> None:
        """Forget what no article counts any more (a count left below zero means the counts
        and the records disagree: ValueError, and the caller counts the records instead)."""
        for counts in (*self.names.values(), *self.days.values(), self.undated):
            if any(count < 0 for count in counts.values()):
                raise ValueError("the calendar counts fewer articles than it drops")
            for spent in [item for item, count in counts.items() if not count]:
                del counts[spent]
        for table in (self.names, self.days):
            for key in [key for key, counts in table.items() if not counts]:
                del table[key]

    @property
    def articles(self) -> int:
        """How many articles the calendar counts (each once: by its day, or as undated)."""
        return sum(sum(counts.values()) for counts in self.days.values()) + sum(
            self.undated.values()
        )

    def outlets(self) -> list[Outlet]:
        """Return the outlets, most articles first (then by name)."""
        outlets = []
        for key, names in self.names.items():
            known = self.days.get(key, Counter())
            outlets.append(
                Outlet(
                    key=key,
                    name=min(names, key=lambda name: (-names[name], name)),
                    articles=sum(names.values()),
                    first=min(known, default=None),
                    last=max(known, default=None),
                )
            )
        return sorted(outlets, key=lambda outlet: (-outlet.articles, outlet.name.casefold()))

    def span(self) -> DateSpan:
        """Return the span of the articles' dates."""
        days = {day for counts in self.days.values() for day in counts}
        return DateSpan(days=tuple(sorted(days)), undated=any(self.undated.values()))

    def to_json(self) -> dict[str, Any]:
        """Return what calendar.json holds."""
        keys = sorted({*self.names, *self.days, *self.undated})
        return {
            "version": CALENDAR_VERSION,
            "outlets": {
                key: {
                    "names": dict(sorted(self.names.get(key, {}).items())),
                    "days": dict(sorted(self.days.get(key, {}).items())),
                    "undated": self.undated.get(key, 0),
                }
                for key in keys
            },
        }

    @classmethod
    def stored(cls, data: bytes, articles: int | None) -> Calendar | None:
        """Return the calendar a calendar.json of `data` holds, or None when this qabot cannot
        read it (not JSON, another version's: a newer qabot's) or it does not count `articles`
        articles (None: not known), which the caller then counts from the records."""
        try:
            calendar = cls.from_json(json.loads(data))
        except (ValueError, RecursionError):
            return None
        return calendar if articles is None or calendar.articles == articles else None

    @classmethod
    def from_json(cls, data: Any) -> Calendar:
        """Return the calendar calendar.json holds (ValueError if it holds anything else)."""
        if not isinstance(data, dict) or data.get("version") != CALENDAR_VERSION:
            raise ValueError(f"{CALENDAR_FILE} is not of version {CALENDAR_VERSION}")
        outlets = data.get("outlets")
        if not isinstance(outlets, dict):
            raise ValueError(f"{CALENDAR_FILE} holds no outlets")
        calendar = cls()
        for key, held in outlets.items():
            if not isinstance(held, dict):
                raise ValueError(f"{CALENDAR_FILE}: outlet {key!r} holds no counts")
            names, days = _counts(held.get("names")), _counts(held.get("days"))
            if not all(_is_day(day) for day in days):
                raise ValueError(f"{CALENDAR_FILE}: outlet {key!r} counts a day that is no date")
            if names:
                calendar.names[key] = names
            if days:
                calendar.days[key] = days
            undated = held.get("undated")
            if type(undated) is not int or undated < 0:
                raise ValueError(f"{CALENDAR_FILE}: outlet {key!r} has no count of undated")
            if undated:
                calendar.undated[key] = undated
            if key and sum(names.values()) != sum(days.values()) + undated:
                raise ValueError(
                    f"{CALENDAR_FILE}: outlet {key!r} counts other articles by name than by day"
                )
        return calendar


def _is_day(text: str) -> bool:
    """Tell whether a stored day is an ISO date (YYYY-MM-DD), as article records give them:
    answers read the span's days as dates."""
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _counts(held: Any) -> Counter[str]:
    """Return a stored {text: count} as a Counter (ValueError if it is not one)."""
    if not isinstance(held, dict) or not all(
        type(count) is int and count > 0 for count in held.values()
    ):
        raise ValueError(f"{CALENDAR_FILE} holds a count that is not a positive number")
    return Counter(held)
