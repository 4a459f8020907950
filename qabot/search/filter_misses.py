"""Empty answers explained: when the dates or outlets asked for leave nothing, say so, and say
what the same words find without them.

"news about Yukos last week" over an archive whose Yukos stories are a year older must not read
as "nothing matches Yukos": the limit is the reason, and the reader is told what lies outside it
(how many passages, at which dates or outlets) and how to see it. A year no dated article is of,
in an archive with undated articles ("fuel subsidies in 2004" over undated stories of 2004 and
pages dated 2019-2023), is no limit at all: the undated passages that mention it answer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from qabot.indexing import Index
from qabot.records import ArticleInfo
from qabot.search.filter_reading import read_filters
from qabot.search.filters import Filters
from qabot.search.retrieval import MAX_TOP, search
from qabot.search.undated_words import may_hold_dates
from qabot.search.wording import echo
from qabot.text.patterns import lazy

_YEAR = lazy(r"(?<!\d)\d{4}(?!\d)")  # a year as typed ("2015")
_YEARS_APART = 2  # a span of days over a few years no dated article is of: told of as a year


def undated_year(index: Index, filters: Filters) -> str | None:
    """Return the year of the days of `filters` when they lie in one year that no dated article
    of the index is of (or in up to _YEARS_APART + 1 years: "1956 to 1957"), and some articles
    have no date: a filter of those days would leave nothing, while undated articles may tell
    of that year (None otherwise; "last month" before the first article of a year the archive
    has stays a limit)."""
    since, until = filters.since, filters.until
    if since is None or until is None or not 0 <= until.year - since.year <= _YEARS_APART:
        return None
    span = index.dates
    if not span.undated or not span.misses(f"{since.year}-01-01", f"{until.year}-12-31"):
        return None
    # "recorded between september 1956 and september 1957": either year told of
    return str(since.year) if since.year == until.year else f"{since.year} to {until.year}"


def told_year(filters: Filters, text: str = "") -> str | None:
    """Return the year (or years) the question's calendar dates name ("in 2003", "since 1999",
    "1956 to 1957", "before 2015" typed in `text`), for undated articles that tell of it in
    their words; None when there are no dates or they span more than _YEARS_APART + 1 years."""
    since, until = filters.since, filters.until
    if since is None:
        # "die needlessly before 2015": days until the end of 2014, and an undated article
        # writes the year as the question types it (the end's year, or the one after it)
        if until is None:
            return None
        typed = set(_YEAR.findall(text))
        return next(
            (str(year) for year in (until.year + 1, until.year) if str(year) in typed), None
        )
    if until is None:
        return str(since.year)
    if not 0 <= until.year - since.year <= _YEARS_APART:
        return None
    return str(since.year) if since.year == until.year else f"{since.year} to {until.year}"


def relative_dates(text: str) -> bool:
    """Return whether the dates `text` names count from a day ("this month", "last year",
    "yesterday"), not from the calendar ("in March 2005", "in 2004"): read against two days
    far apart, they give other days. An undated article's "this month" may be any month, so
    such dates say nothing of it either way."""
    if not may_hold_dates(text):
        return False  # no date at all (most questions): two readings cost ~0.1 ms
    first, second = date(2000, 6, 15), date(2003, 2, 10)
    one = read_filters(text, reference=first).filters
    other = read_filters(text, reference=second).filters
    return (one.since, one.until) != (other.since, other.until)


def outside_filters(index: Index, words: str, filters: Filters) -> str | None:
    """Return the lead for an answer the dates or outlets of `filters` left empty, when `words`
    find passages without them (None: they find nothing anyway, or nothing was narrowed)."""
    if not words.strip():
        return None
    for kept, dropping in loosened(filters):
        found = search(index, words, MAX_TOP, filters=kept or None, highlight=False, counted=False)
        if found.hits:  # only how many are shown is told
            count = f"{len(found.hits)}{'+' if found.more else ''}"
            noun = "passage" if count == "1" else "passages"
            return outside_lead(
                f"Nothing about “{echo(words)}”",
                f"{count} {noun} about it",
                Outside(filters, kept, dropping, [hit.article for hit in found.hits]),
            )
    return None


@dataclass(frozen=True, slots=True)
class Outside:
    """What a limit left out: the filters asked, those kept, what was dropped ("the dates"),
    and the articles found without it."""

    asked: Filters
    kept: Filters
    dropping: str
    articles: list[ArticleInfo]


def loosened(filters: Filters) -> list[tuple[Filters, str]]:
    """Return the filters to try without the dates or outlets of `filters`, the least taken
    away first (the dates, the outlet, both), each with what it drops; none if nothing was
    narrowed."""
    dated = filters.since is not None or filters.until is not None
    if not (dated or filters.sources):
        return []
    if dated and filters.sources:
        return [
            (replace(filters, since=None, until=None, recent=False), "the dates"),
            (replace(filters, sources=(), recent=False), "the outlet"),
            (Filters(), "the dates and the outlet"),
        ]
    return [(Filters(), "the dates" if dated else "the outlet")]


def outside_lead(nothing: str, found: str, outside: Outside) -> str:
    """Return "<nothing> <limits>, but <found> <where>: ask without <dropped> to see it/them",
    the lead of an answer its limits left empty, saying what lies outside them."""
    asked, kept = outside.asked, outside.kept
    dated = asked.since is not None or asked.until is not None
    limits = " ".join(
        text
        for text, applies in (
            (days_of(asked), dated),
            (" or ".join(f"in {name}" for name in asked.sources), bool(asked.sources)),
        )
        if applies
    )
    where = _where(outside.articles, dated and not kept.since and not kept.until,
                   bool(asked.sources) and not kept.sources)  # fmt: skip
    one = found.split(" ", 1)[0] == "1"
    return (
        f"{nothing} {limits}, but {found} {where}: "
        f"ask without {outside.dropping} to see {'it' if one else 'them'}."
    )


def _where(articles: list[ArticleInfo], dated: bool, sourced: bool) -> str:
    """Say where the passages (or quotes) outside the limits are: at which dates, in which
    outlets."""
    days = sorted(article.date for article in articles if article.date)
    undated = len(days) < len(articles)
    parts = []
    if dated and days:
        first, last = date.fromisoformat(days[0][:10]), date.fromisoformat(days[-1][:10])
        span = readable_day(first) if first == last else date_span(first, last)
        parts.append(f"dated {span.removeprefix('from ')}" + (" or undated" if undated else ""))
    elif dated:
        parts.append("in articles without a date")
    if sourced:
        outlets = sorted({article.source for article in articles if article.source})
        if not outlets:
            parts.append("in articles without an outlet")
        elif len(outlets) <= 2:
            parts.append("in " + " and ".join(outlets))
        else:
            parts.append(f"in {len(outlets)} other outlets")
    return ", ".join(parts)


def readable_day(day: date) -> str:
    """Return a day as people write it: "5 November 2023"."""
    return f"{day.day} {day:%B %Y}"


def days_of(filters: Filters) -> str:
    """Return the days `filters` keep as people say them: `date_span`, or its runs when some
    days between are left out ("in March 2024 and May 2024")."""
    runs = filters.spans() if filters.skipped else []
    if len(runs) < 2:
        return date_span(filters.since, filters.until)
    return " and ".join(date_span(first, last) for first, last in runs).replace(
        " and in ", " and "
    )


def date_span(since: date | None, until: date | None) -> str:
    """Return the days from `since` to `until` as people say them: "in 2004", "in March 2024",
    "on Monday 18 March 2024", "from 30 October to 5 November 2023", "since 1 May 2024"."""
    if since and until:
        if since == until:
            return f"on {since:%A} {readable_day(since)}"
        if (since.month, since.day, until.month, until.day) == (1, 1, 12, 31):
            years = str(since.year) if since.year == until.year else f"{since.year}-{until.year}"
            return f"in {years}"
        whole_month = since.day == 1 and (until + timedelta(days=1)).day == 1
        if whole_month and (since.year, since.month) == (until.year, until.month):
            return f"in {since:%B %Y}"
        first = readable_day(since)
        if since.year == until.year:
            first = f"{since.day} {since:%B}" if since.month != until.month else str(since.day)
        return f"from {first} to {readable_day(until)}"
    if since:
        return f"since {readable_day(since)}"
    if until:
        return f"until {readable_day(until)}"
    return ""


def undated_note(lead: str, note: str) -> str:
    """Return `lead` (ending with ":") with a note saying its articles are undated, inside the
    parenthesis it ends with, if any: "What Ada Vale said (from undated articles: none dated in
    2004 quotes her):". One short line on a phone, where a sentence before the lead made two."""
    body = lead.removesuffix(":")
    if body.endswith(")") and "(" in body:
        return f"{body[:-1]}; {note}):"
    return f"{body} ({note}):"
