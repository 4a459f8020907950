"""Date ranges: the days a question's date phrase asks about ("in March", "since 2004",
"between March and May 2005", "during 2004 and 2005"), read word by word.

`date_at` reads one date phrase; `prepositional` one phrase opened by a preposition, adding its
days to the since/until lists the filter reading keeps; `is_relative` tells a date counted from
the reference day ("last week") from a calendar one ("2024").
"""

from __future__ import annotations

from datetime import date

from qabot.search.date_phrases import (
    MONTH_FOLLOWERS,
    DateRange,
    Word,
    read_absolute,
    read_relative,
    weekday_at,
)
from qabot.search.filter_words import (
    AND,
    DURING,
    FILTER_WORDS,
    SINCE,
    TO,
    UNTIL,
    WEEKDAY_NAMED_BY,
)
from qabot.search.filters import gaps
from qabot.text.patterns import lazy


def date_at(words: list[Word], at: int, reference: date) -> DateRange | None:
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
    if before and (before.text in WEEKDAY_NAMED_BY or _capitalised_word(before)):
        return True
    return end < len(words) and _capitalised_word(words[end])


def _capitalised_word(word: Word) -> bool:
    return word.raw[:1].isupper() and word.text not in FILTER_WORDS


def is_relative(words: list[Word], at: int, reference: date) -> bool:
    """Tell whether the date phrase at `at` counts from the reference day (a filter by itself:
    "yesterday", "last week"); a bare calendar date ("2024") stays a word of the question."""
    skip = 1 if words[at].text == "the" else 0
    return read_relative(words, at + skip, reference) is not None


def prepositional(
    words: list[Word],
    at: int,
    reference: date,
    since: list[date],
    until: list[date],
    skipped: list[tuple[date, date]],
) -> int | None:
    """Read "since X", "until X", "in X", "from X to Y", "between X and Y"; return the end."""
    word = words[at].text
    found = date_at(words, at + 1, reference)
    if found is None or (word in DURING and _modifies(words, at + 1, found.end)):
        return None
    if word == "since" and _compared(words, at):
        return None  # "the worst since 1981": a record, not the days to read
    if (word in DURING or word == "between") and found.end < len(words):
        joiner = words[found.end].text
        if word in DURING:
            listed = _listed(words, at + 1, found, reference)
            if len(listed) > 1:  # "during 2004 and 2005", "in January, March and in May"
                _all(_in_years(words, listed, reference), since, until, skipped)
                return listed[-1][1].end
        if joiner in (AND if word == "between" else TO):
            second = date_at(words, found.end + 1, reference)
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
    elif word in SINCE:
        since.append(found.first)
    elif word in UNTIL:
        until.append(found.last)
    else:
        since.append(found.first)
        until.append(found.last)
    return found.end


_YEAR = lazy(r"\d{4}")  # a year, or an ISO date's


# what joins the dates of a list ("in March, April and May", "in 2004 or in 2005")
_LIST_JOINERS = frozenset({",", "and", "or"})
_LIST_PREPOSITIONS = frozenset({"in", "during", "on"})  # "and in May", "and on Monday"


def _listed(
    words: list[Word], at: int, found: DateRange, reference: date
) -> list[tuple[int, DateRange]]:
    """Return the dates of a list opening with `found` (at `at`), each with where it starts:
    joined by "and" or "or" ("in March and in May"), commas before them ("in March, April
    and May"); a date after a comma alone ("in March, 2005 was ...") is no item of it."""
    listed, ended = [(at, found)], 1
    while listed[-1][1].end < len(words):
        start, joiners = listed[-1][1].end, set()
        while start < len(words) and words[start].text in _LIST_JOINERS:
            joiners.add(words[start].text)
            start += 1
        if joiners and start < len(words) and words[start].text in _LIST_PREPOSITIONS:
            start += 1
        item = date_at(words, start, reference) if joiners else None
        if item is None:
            break
        listed.append((start, item))
        if joiners & {"and", "or"}:
            ended = len(listed)
    return listed[:ended]


def _in_years(
    words: list[Word], listed: list[tuple[int, DateRange]], reference: date
) -> list[DateRange]:
    """Return the listed dates, each naming no year read in the year the nearest later one
    names, else the nearest earlier one ("in February and April 2005": February 2005; "in
    January 2024 and in May": May 2024); relative dates ("last week") stay as read."""
    years = [
        next((int(w.text[:4]) for w in words[start : found.end] if _YEAR.match(w.text)), None)
        for start, found in listed
    ]
    read = []
    for number, (start, found) in enumerate(listed):
        later = [year for year in years[number + 1 :] if year is not None]
        earlier = [year for year in years[:number] if year is not None]
        year = later[0] if later else earlier[-1] if earlier else None
        if years[number] is None and year is not None and not is_relative(words, start, reference):
            found = date_at(words, start, min(date(year, 12, 31), reference)) or found
        read.append(found)
    return read


def _all(
    listed: list[DateRange],
    since: list[date],
    until: list[date],
    skipped: list[tuple[date, date]],
) -> None:
    """Keep the days of dates listed as a reader means them: "during 2004 and 2005" is both
    years, one run of days; "in March and May" is those two months, not April between them
    (kept as days skipped)."""
    ordered = sorted(listed, key=lambda found: found.first)
    between, reached = gaps([(found.first, found.last) for found in ordered])
    since.append(ordered[0].first)
    until.append(reached)
    skipped.extend(between)


def _year_from(
    words: list[Word], at: int, found: DateRange, second: DateRange, reference: date
) -> DateRange:
    """Return the range's first date (`found`, at `at`) in the year its end gives when it names
    none: "between March and May 2005" is March 2005, not the latest March before the reference
    day; "from November to February 2005" is November 2004."""
    if is_relative(words, at, reference) or any(
        _YEAR.match(w.text) for w in words[at : found.end]
    ):
        return found
    return date_at(words, at, second.last) or found


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
