"""Outlets of an index generation: who published its articles, how many, over which dates.

Read from the article records on first use (`Index.outlets`): `qabot sources` lists them, and
questions and `--source` match outlet names against them, so a word is only ever read as an
outlet when an article of the index carries that outlet.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from qabot.records import ArticleInfo, outlet_key


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


def summarize_outlets(articles: Iterable[ArticleInfo]) -> list[Outlet]:
    """Return the outlets of these articles, most articles first (then by name)."""
    spellings: dict[str, Counter[str]] = {}
    dates: dict[str, list[str]] = {}
    for info in articles:
        key = outlet_key(info.source)
        if not key:
            continue
        spellings.setdefault(key, Counter())[" ".join((info.source or "").split())] += 1
        if info.date:
            dates.setdefault(key, []).append(info.date[:10])
    outlets = []
    for key, names in spellings.items():
        known = dates.get(key, [])
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


def date_span(articles: Iterable[ArticleInfo]) -> DateSpan:
    """Return the span of the articles' dates."""
    days: set[str] = set()
    undated = False
    for info in articles:
        if info.date:
            days.add(info.date[:10])
        else:
            undated = True
    return DateSpan(days=tuple(sorted(days)), undated=undated)
