"""Filter reading: the words of a question about time or outlet, taken out as `Filters`.

`read_filters` finds the words of a question that are about time or outlet ("yesterday", "last
week", "on Monday", "in March", "since January 2024", "latest", "according to Reuters", "in the
Guardian", "did the BBC report ...") and returns them as a `Filters` with the question minus
those words. An outlet is read only when an article of the index carries it, so no other word is
ever taken away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from qabot.indexing import Outlet
from qabot.search.date_phrases import (
    MONTH_FOLLOWERS,
    NUMBER_WORDS,
    UNITS,
    DateRange,
    Word,
    read_absolute,
    read_relative,
    split_words,
    weekday_at,
)
from qabot.search.filters import Filters
from qabot.search.outlet_names import OUTLET_VERBS, outlet_names
from qabot.search.removed_words import without_words
from qabot.text.lexicon import MONTH_NUMBERS, WEEKDAY_NAME_WORDS, WEEKDAYS

_RECENT = frozenset({"latest", "newest", "recent", "recently"})
# nouns for news itself ("latest news", "chelsea headlines"): no subject of a question
NEWS_NOUNS = frozenset("news headlines stories articles reports updates developments".split())
_DURING = frozenset({"in", "on", "during", "over", "from"})
_SINCE = frozenset({"since", "after"})
_UNTIL = frozenset({"until", "till", "before"})
_OUTLET_BEFORE = frozenset({"in", "from", "on", "by"})  # + "according to"
# "stories from", "articles in", "coverage by": what follows can only be a source
_SOURCE_NOUNS = NEWS_NOUNS | frozenset("article story report piece pieces coverage".split())
_PREPOSITIONS = _SINCE | _UNTIL | _DURING | {"between"}
# what joins the two dates of a range: "from (in, during) X to Y", "between X and Y"
_TO = frozenset({"to", "until", "till", "through", "thru", "-", "–", "—"})  # "from 2004-2005"
_AND = frozenset({"and"})
_DID = frozenset({"did", "does", "do", "has", "have", "had"})
_ASKING = frozenset({"what", "how"})  # "what did the BBC report on", "how did the BBC cover"
_ABOUT = frozenset({"about", "on", "of", "over", "regarding"})
# before a weekday, words that make it no past day: "next Monday", "this coming Friday", "every
# Sunday"
_NOT_A_PAST_DAY = frozenset({"next", "coming", "every", "each"})
_WEEKDAY_NAMED_BY = WEEKDAY_NAME_WORDS | _NOT_A_PAST_DAY | {"the"}  # "the Sunday Times"
# every word a date or recency phrase can take out of a question (outlet names aside; numbers,
# ordinals and ISO dates too): tests check nothing else is ever removed
FILTER_WORDS = (
    _RECENT
    | NEWS_NOUNS
    | _DURING
    | _SINCE
    | _UNTIL
    | _OUTLET_BEFORE
    | OUTLET_VERBS
    | _DID
    | frozenset(MONTH_NUMBERS)
    | frozenset(WEEKDAYS)
    | frozenset(UNITS)
    | frozenset(NUMBER_WORDS)
    | frozenset("most the according to today yesterday this last past ago between and of".split())
)


@dataclass(frozen=True, slots=True)
class FilterReading:
    """A question's filters and the words left to search."""

    filters: Filters
    words: str


def _date_at(words: list[Word], at: int, reference: date) -> DateRange | None:
    """Read a date phrase at `at` ("the" allowed first). Impossible dates, and dates after the
    reference day ("plans for 2030": no article is from then), read as none."""
    skip = 1 if at < len(words) and words[at].text == "the" else 0
    try:
        found = read_relative(words, at + skip, reference) or read_absolute(
            words, at + skip, reference
        )
        if found is not None:
            date.fromordinal(found.first.toordinal() - 1)  # "before" and "after" stay in range
            date.fromordinal(found.last.toordinal() + 1)
    except (ValueError, OverflowError):
        return None
    if found is not None and _weekday_is_a_name(words, at + skip, found.end):
        return None
    return found if found is not None and found.first <= reference else None


def _weekday_is_a_name(words: list[Word], at: int, end: int) -> bool:
    """Tell whether the weekday of a phrase (`at` to `end`) is no day to filter by: part of a
    name ("Black Friday", "Good Friday", "the Sunday Times", "Friday Night Lights": a capitalised
    word that is no date word on either side, or a word of WEEKDAY_NAME_WORDS before it) or a day
    ahead ("next Monday", "every Sunday")."""
    day_at = weekday_at(words, at)
    if day_at is None:
        return False
    before = words[day_at - 1] if day_at > 0 else None
    if before and (before.text in _WEEKDAY_NAMED_BY or _capitalised_word(before)):
        return True
    return end < len(words) and _capitalised_word(words[end])


def _capitalised_word(word: Word) -> bool:
    return word.raw[:1].isupper() and word.text not in FILTER_WORDS


def read_filters(
    text: str, *, reference: date | None, outlets: Sequence[Outlet] = (), dated: bool = True
) -> FilterReading:
    """Return the question's date, outlet and recency words as Filters, and the other words.

    Without `dated` (no article of the index has a date) date and recency words stay words:
    as filters they could only empty every answer; only then may the `reference` day that
    relative dates count from be None (no day is read).
    """
    if reference is None:
        if dated:
            raise ValueError("dates are read against a reference day")
        reference = date.min  # never read: no date word is
    words = split_words(text)
    names = outlet_names(outlets)
    since: list[date] = []
    until: list[date] = []
    skipped: list[tuple[date, date]] = []  # "in March and May": April
    keys: set[str] = set()
    recent = False
    removed: list[tuple[int, int]] = []  # word index ranges taken out
    at = 0
    while at < len(words):
        word = words[at].text
        end = None
        if not dated or _is_a_name(words, at):
            pass
        elif word in _RECENT or (word == "most" and _next(words, at) == "recent"):
            recent = True
            end = at + 1 + (word == "most")
            if _next(words, end - 1) in NEWS_NOUNS:
                end += 1
        elif word in _PREPOSITIONS:
            end = _prepositional(words, at, reference, since, until, skipped)
        elif (found := _date_at(words, at, reference)) and _is_relative(words, at, reference):
            since.append(found.first)
            until.append(found.last)
            end = found.end
        if end is None and (word in _OUTLET_BEFORE or _according_to(words, at)):
            start = at + (2 if word == "according" else 1)
            start += _next(words, start - 1) == "the"
            strong = word == "according" or (at > 0 and words[at - 1].text in _SOURCE_NOUNS)
            if outlet := names.at(words, start, strong=strong):
                end, found_keys = outlet
                keys |= found_keys
        if end is None and word in _DID:
            start = at + 1 + (_next(words, at) == "the")
            outlet = names.at(words, start, strong=True)
            if outlet and _next(words, outlet[0] - 1) in OUTLET_VERBS:
                keys |= outlet[1]
                # "[what did the BBC report on] the strike?": the question's opening goes with
                # the outlet, and what is left is what it is about (an echo of "what did on
                # the strike" read as nothing)
                first = at - 1 if at and words[at - 1].text in _ASKING else at + 1
                last = outlet[0] + 1 + (_next(words, outlet[0]) in _ABOUT)
                removed.append((first, last))
                at = last
                continue
        if end is None:
            at += 1
            continue
        removed.append((at, end))
        at = end
    filters = Filters(
        since=max(since) if since else None,
        until=min(until) if until else None,
        sources=names.names(keys),
        recent=recent,
        skipped=tuple(skipped),
    )
    return FilterReading(filters, without_words(text, words, removed))


def _is_a_name(words: list[Word], at: int) -> bool:
    """Tell whether a capitalised word after "the" is part of a name, not a date or recency
    word: "the Today programme", "the Latest Show" (a question's first word is capitalised
    anyway, so only words after it count)."""
    after_the = at + 1 if words[at].text == "the" else at  # a phrase may start at "the"
    return (
        0 < after_the < len(words)
        and words[after_the - 1].text == "the"
        and words[after_the].raw[:1].isupper()
    )


def _next(words: list[Word], at: int) -> str:
    return words[at + 1].text if at + 1 < len(words) else ""


def _according_to(words: list[Word], at: int) -> bool:
    return words[at].text == "according" and _next(words, at) == "to"


def _is_relative(words: list[Word], at: int, reference: date) -> bool:
    """Tell whether the date phrase at `at` counts from the reference day (a filter by itself:
    "yesterday", "last week"); a bare calendar date ("2024") stays a word of the question."""
    skip = 1 if words[at].text == "the" else 0
    return read_relative(words, at + skip, reference) is not None


def _prepositional(
    words: list[Word],
    at: int,
    reference: date,
    since: list[date],
    until: list[date],
    skipped: list[tuple[date, date]],
) -> int | None:
    """Read "since X", "until X", "in X", "from X to Y", "between X and Y"; return the end."""
    word = words[at].text
    found = _date_at(words, at + 1, reference)
    if found is None or (word in _DURING and _modifies(words, at + 1, found.end)):
        return None
    if word == "since" and _compared(words, at):
        return None  # "the worst since 1981": a record, not the days to read
    if (word in _DURING or word == "between") and found.end < len(words):
        joiner = words[found.end].text
        if word in _DURING and joiner in _AND:
            second = _date_at(words, found.end + 1, reference)
            if second is not None:  # "during 2004 and 2005", "in March and May"
                _both(_year_of(words, at + 1, found, second), second, since, until, skipped)
                return second.end
        if joiner in (_AND if word == "between" else _TO):
            second = _date_at(words, found.end + 1, reference)
            if second is not None:
                first = _year_from(words, at + 1, found, second, reference)
                # typed the wrong way round ("between 2006 and 2004"): the days between
                since.append(min(first.first, second.first))
                until.append(max(first.last, second.last))
                return second.end
        if word == "between":
            return None
    if word == "before":
        until.append(date.fromordinal(found.first.toordinal() - 1))
    elif word == "after":
        since.append(date.fromordinal(found.last.toordinal() + 1))
    elif word in _SINCE:
        since.append(found.first)
    elif word in _UNTIL:
        until.append(found.last)
    else:
        since.append(found.first)
        until.append(found.last)
    return found.end


_YEAR = re.compile(r"\d{4}")  # a year, or an ISO date's


def _year_of(words: list[Word], at: int, found: DateRange, second: DateRange) -> DateRange:
    """Return the first of two dates joined by "and" (`found`, at `at`) in the year the second
    names when it names none ("in February and April 2005": February 2005); else as read."""
    if any(_YEAR.match(w.text) for w in words[at : found.end]) or not any(
        _YEAR.match(w.text) for w in words[found.end + 1 : second.end]
    ):
        return found
    return _date_at(words, at, date(second.last.year, 12, 31)) or found


def _both(
    one: DateRange,
    other: DateRange,
    since: list[date],
    until: list[date],
    skipped: list[tuple[date, date]],
) -> None:
    """Keep the days of two dates joined by "and" as a reader means them: "during 2004 and
    2005" is both years, one run of days; "in March and May" is those two months, not April
    between them (kept as days skipped)."""
    first, second = sorted((one, other), key=lambda found: found.first)
    since.append(first.first)
    until.append(max(first.last, second.last))
    if second.first > first.last + timedelta(days=1):
        skipped.append((first.last + timedelta(days=1), second.first - timedelta(days=1)))


def _year_from(
    words: list[Word], at: int, found: DateRange, second: DateRange, reference: date
) -> DateRange:
    """Return the range's first date (`found`, at `at`) in the year its end gives when it names
    none: "between March and May 2005" is March 2005, not the latest March before the reference
    day; "from November to February 2005" is November 2004."""
    if _is_relative(words, at, reference) or any(
        _YEAR.match(w.text) for w in words[at : found.end]
    ):
        return found
    return _date_at(words, at, second.last) or found


# superlatives after which "since" dates a record ("the worst since 1981", "the highest level
# since 2001", "the first time since 1966"), not the days asked about
_SUPERLATIVES = frozenset(
    """worst best first highest lowest biggest largest smallest strongest weakest
    fastest slowest greatest longest shortest heaviest deepest steepest sharpest busiest
    coldest hottest warmest wettest driest poorest richest cheapest dearest""".split()
)
_RECORD_REACH = 3  # words back from "since" in which a superlative is sought ("highest level")


def _compared(words: list[Word], at: int) -> bool:
    """Return whether "since" at `at` closes a comparison with a superlative a few words back
    ("the worst since 1981", "the highest level since 2001"): a record, not a filter."""
    return any(word.text in _SUPERLATIVES for word in words[max(0, at - _RECORD_REACH) : at])


def _modifies(words: list[Word], start: int, end: int) -> bool:
    """Return whether a date after "the" names a noun after it ("on the 2008 financial
    crisis", "in the 2004 results"): the thing is asked about, not the days to read."""
    after = words[end].text if end < len(words) else ""
    return words[start].text == "the" and after.isalpha() and after not in MONTH_FOLLOWERS


def reference_day(newest: str | None, relative_to: str, today: date | None = None) -> date:
    """Return the day relative dates count from: the newest article's or `today` (None: the
    clock's, asked only then: it costs ~10 us, the time zone file is looked at every time)."""
    if relative_to == "newest" and newest:
        try:
            return date.fromisoformat(newest[:10])
        except ValueError:
            pass
    return today or date.today()
