"""Filters: which articles an answer may come from (days, outlets) and whether newest come first.

A `Filters` is read from a question's words (`qabot.search.filter_reading`) or given by
options (`--since`, `--until`, `--source`), which win over the question's words; the engine
receives it as a `PassageFilter`, quotes are filtered by their article, and the answer's lead
line names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from qabot.engines import PassageFilter
from qabot.records import ArticleInfo, day_number, outlet_key


def gaps(runs: list[tuple[date, date]]) -> tuple[list[tuple[date, date]], date]:
    """Return the days between runs of days (sorted by first day) and the last day they reach:
    the days skipped of dates listed together ("in March and May": April), the way back from
    `Filters.spans`."""
    skipped, reached = [], runs[0][1]
    for first, last in runs[1:]:
        if first > reached + timedelta(days=1):
            skipped.append((reached + timedelta(days=1), first - timedelta(days=1)))
        reached = max(reached, last)
    return skipped, reached


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """Which articles an answer may come from, and whether the newest come first."""

    since: date | None = None
    until: date | None = None
    sources: tuple[str, ...] = ()  # outlet names as the index spells them
    recent: bool = False  # "latest", "newest": rank relevant passages by date
    # days from `since` to `until` left out: "in March and May" is March to May but April
    skipped: tuple[tuple[date, date], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.sources or self.recent)

    def to_json(self) -> dict[str, Any]:
        """Return the `filters` object of the `--json` contract ("skipped" only when some days
        between `since` and `until` are left out)."""
        found: dict[str, Any] = {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "sources": list(self.sources),
            "recent": self.recent,
        }
        if self.skipped:
            found["skipped"] = [
                [first.isoformat(), last.isoformat()] for first, last in self.skipped
            ]
        return found

    @classmethod
    def from_json(cls, data: object) -> Filters | None:
        """Return the filters `to_json` wrote, or None for anything else (stored data is
        checked like any input: a mangled file must not widen or break a search)."""
        if not isinstance(data, dict) or set(data) - {"skipped"} != {
            "since",
            "until",
            "sources",
            "recent",
        }:
            return None
        skipped = _read_spans(data.get("skipped", []))
        if skipped is None:
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
        return cls(
            since=days[0], until=days[1], sources=tuple(sources), recent=recent, skipped=skipped
        )

    def passage_filter(self) -> PassageFilter | None:
        """Return what the engine is given (None: no restriction)."""
        dated = self.since is not None or self.until is not None
        where = PassageFilter(
            first_day=self.since.toordinal() if self.since else None,
            last_day=self.until.toordinal() if self.until else None,
            skipped_days=tuple((a.toordinal(), b.toordinal()) for a, b in self.skipped)
            if dated
            else (),
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
        if self.since and self.until and self.skipped:
            parts.append(
                " and ".join(f"{a.isoformat()} to {b.isoformat()}" for a, b in self.spans())
            )
        elif self.since and self.until:
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

    def spans(self) -> list[tuple[date, date]]:
        """Return the runs of days the filters keep, from `since` to `until` less `skipped`
        (one run, or none without both ends)."""
        if self.since is None or self.until is None:
            return []
        runs, start = [], self.since
        for first, last in sorted(self.skipped):
            if first > start:
                runs.append((start, first - timedelta(days=1)))
            start = max(start, last + timedelta(days=1))
        if start <= self.until:
            runs.append((start, self.until))
        return runs

    def over(self, other: Filters) -> Filters:
        """Return these filters with `other` filling what they leave open (options over words)."""
        return Filters(
            since=self.since or other.since,
            until=self.until or other.until,
            sources=self.sources or other.sources,
            recent=self.recent or other.recent,
            # the days skipped go with the dates they were read with: "and in April?" after "in
            # March and May" asks April, not April left out of it
            skipped=self.skipped if self.since or self.until else other.skipped,
        )


def _read_spans(value: object) -> tuple[tuple[date, date], ...] | None:
    """Return stored `skipped` spans ([[first, last], ...] as ISO days), or None when mangled."""
    if not isinstance(value, list) or len(value) > 50:
        return None
    spans = []
    for span in value:
        if not (
            isinstance(span, list) and len(span) == 2 and all(isinstance(d, str) for d in span)
        ):
            return None
        try:
            spans.append((date.fromisoformat(span[0]), date.fromisoformat(span[1])))
        except ValueError:
            return None
    return tuple(spans)
