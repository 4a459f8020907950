"""Filters: which articles an answer may come from (days, outlets) and whether newest come first.

A `Filters` is read from a question's words (`qabot.search.filter_reading`) or given by
options (`--since`, `--until`, `--source`), which win over the question's words; the engine
receives it as a `PassageFilter`, quotes are filtered by their article, and the answer's lead
line names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from qabot.engines import PassageFilter
from qabot.records import ArticleInfo, day_number, outlet_key


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """Which articles an answer may come from, and whether the newest come first."""

    since: date | None = None
    until: date | None = None
    sources: tuple[str, ...] = ()  # outlet names as the index spells them
    recent: bool = False  # "latest", "newest": rank relevant passages by date

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.sources or self.recent)

    def to_json(self) -> dict[str, Any]:
        """Return the `filters` object of the `--json` contract."""
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "sources": list(self.sources),
            "recent": self.recent,
        }

    @classmethod
    def from_json(cls, data: object) -> Filters | None:
        """Return the filters `to_json` wrote, or None for anything else (stored data is
        checked like any input: a mangled file must not widen or break a search)."""
        if not isinstance(data, dict) or set(data) != {"since", "until", "sources", "recent"}:
            return None
        days: list[date | None] = []
        for key in ("since", "until"):
            value = data[key]
            if value is None:
                days.append(None)
                continue
            if not isinstance(value, str):
                return None
            try:
                days.append(date.fromisoformat(value))
            except ValueError:
                return None
        sources, recent = data["sources"], data["recent"]
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            return None
        if not isinstance(recent, bool) or len(sources) > 50:
            return None
        return cls(since=days[0], until=days[1], sources=tuple(sources), recent=recent)

    def passage_filter(self) -> PassageFilter | None:
        """Return what the engine is given (None: no restriction)."""
        where = PassageFilter(
            first_day=self.since.toordinal() if self.since else None,
            last_day=self.until.toordinal() if self.until else None,
            outlets=frozenset(outlet_key(name) for name in self.sources) if self.sources else None,
        )
        return where if where else None

    def admits(self, article: ArticleInfo) -> bool:
        """Tell whether an article passes (quotes are filtered by their article this way)."""
        where = self.passage_filter()
        return where is None or where.matches(day_number(article.date), outlet_key(article.source))

    def describe(self) -> str:
        """Return the filters in words, for the answer's lead line ("" when there are none)."""
        parts = []
        if self.sources:
            parts.append(" or ".join(self.sources))
        if self.since and self.until:
            parts.append(
                f"{self.since:%A} {self.since.isoformat()}"  # "Monday" says which Monday
                if self.since == self.until
                else f"{self.since.isoformat()} to {self.until.isoformat()}"
            )
        elif self.since:
            parts.append(f"since {self.since.isoformat()}")
        elif self.until:
            parts.append(f"until {self.until.isoformat()}")
        if self.recent:
            parts.append("newest first")
        return ", ".join(parts)

    def over(self, other: Filters) -> Filters:
        """Return these filters with `other` filling what they leave open (options over words)."""
        return Filters(
            since=self.since or other.since,
            until=self.until or other.until,
            sources=self.sources or other.sources,
            recent=self.recent or other.recent,
        )
