"""Joined dates: the days of a question's date phrases taken together as a reader means them.

Each phrase ("last week", "in May", "since 2005") gives its own days; phrases joined by "and"
or "or" that each name whole days ("last week and in May") are all of their days, as a list
within one phrase already is ("in March and May"); other phrases narrow each other ("since
2004 and before 2006"). Two that leave no day ("since 2005 and before 2004") are a clash the
answer says, never an empty range to search.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qabot.search.date_phrases import Word
from qabot.search.filters import Filters, gaps
from qabot.text import listed
from qabot.text.lexicon import LIST_JOINERS

_BETWEEN = LIST_JOINERS | {","}
MAX_SAID = 4  # date phrases a clash names; the rest are counted


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """One date phrase of a question: where it is and the days it gives."""

    start: int
    end: int
    since: date | None
    until: date | None
    skipped: tuple[tuple[date, date], ...] = ()

    def whole(self) -> bool:
        """Tell whether it names whole days, not a bound: "in May", "last week"."""
        return self.since is not None and self.until is not None


@dataclass(frozen=True, slots=True)
class JoinedDates:
    """The days of all phrases, the word spans joining unions, and the phrases that clash."""

    since: date | None
    until: date | None
    skipped: tuple[tuple[date, date], ...]
    joiners: tuple[tuple[int, int], ...]
    clash: str = ""  # "“since 2005” and “before 2004”": no day is in both


def joined_dates(words: list[Word], phrases: list[DatePhrase]) -> JoinedDates:
    """Return the days the phrases give together (see the module docstring)."""
    groups: list[list[DatePhrase]] = []
    joiners: list[tuple[int, int]] = []
    for phrase in phrases:
        last = groups[-1][-1] if groups else None
        between = {w.text for w in words[last.end : phrase.start]} if last else set()
        joined = last is not None and between <= _BETWEEN and bool(between & LIST_JOINERS)
        if joined and last is not None:
            joiners.append((last.end, phrase.start))  # "since 2004 [and] before 2006" too
        if joined and last is not None and last.whole() and phrase.whole():
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
    united = [_union(group) for group in groups]
    sinces = [one.since for one in united if one.since is not None]
    untils = [one.until for one in united if one.until is not None]
    skipped = tuple(dict.fromkeys(span for one in united for span in one.skipped))
    together = Filters(
        since=max(sinces) if sinces else None,
        until=min(untils) if untils else None,
        skipped=skipped,
    )
    if together.since and together.until and not together.spans():
        return JoinedDates(None, None, (), tuple(joiners), clash=_said(words, phrases))
    return JoinedDates(together.since, together.until, skipped, tuple(joiners))


def _union(group: list[DatePhrase]) -> DatePhrase:
    """Return the days of phrases joined by "and"/"or" as one: all of them, the days between
    them kept as skipped ("last week and in May": May and last week, not June to October)."""
    if len(group) == 1:
        return group[0]
    runs = sorted(
        run
        for phrase in group
        for run in Filters(since=phrase.since, until=phrase.until, skipped=phrase.skipped).spans()
    )
    if not runs:
        return group[0]
    skipped, reached = gaps(runs)
    return DatePhrase(group[0].start, group[-1].end, runs[0][0], reached, tuple(skipped))


def _said(words: list[Word], phrases: list[DatePhrase]) -> str:
    """Return the clashing phrases as a lead line names them: each once, as first typed, and
    at most MAX_SAID of them ("yesterday last week" typed 300 times made a lead of 12,000
    characters: too long for a phone, and no clearer than the two phrases that clash)."""
    typed: dict[str, str] = {}
    for phrase in phrases:
        text = " ".join(w.raw for w in words[phrase.start : phrase.end])
        typed.setdefault(text.casefold(), f"“{text}”")
    said = list(typed.values())
    if len(said) > MAX_SAID:
        others = len(said) - MAX_SAID + 1
        said = [*said[: MAX_SAID - 1], f"{others} other date{'s' if others > 1 else ''}"]
    return listed(said, "and")
