"""Date phrases: "yesterday", "last week", "Monday", "in March", "since January 2024", "2024-03"
-> days.

A phrase is read from a list of words (`Word`) at a position and becomes a range of days (both
ends included), counted from a reference day (the newest article's date or today, as
configured). `read_date` reads a `--since` / `--until` value the same way. Questions are read
by `qabot.search.filter_reading`, which decides what a phrase means there (since, until, during).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from qabot.text.lexicon import COUNTING_WORDS, MONTH_NUMBERS, MONTHS, WEEKDAYS
from qabot.text.patterns import lazy

# an ISO date or month ("2024-03-05", "2024-03"), a dotted name ("phys.org", "bbc.co.uk"),
# a word, or one punctuation mark
WORD = lazy(r"\d{4}-\d{1,2}(?:-\d{1,2})?\b|[^\W_]+(?:\.[^\W_]+)+|[^\W_]+(?:['’][^\W_]+)?|[^\w\s]")
_ISO = lazy(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_ORDINAL = lazy(r"^(\d{1,2})(?:st|nd|rd|th)?$")
NUMBER_WORDS = {"a": 1, "an": 1} | {w: n for n, w in enumerate(COUNTING_WORDS[:12], start=1)}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year"}  # fmt: skip
# after a month named alone, the words that show it is a date ("in May?", "in May about ...")
# and not a name ("since May took office"): the end, punctuation, or one of these
MONTH_FOLLOWERS = frozenset(
    """about on and or in at for regarding concerning over with to from by of the a an until till
    through""".split()
)
WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}  # date.weekday()
MAX_YEARS = 200  # "the last 500 years" is not a publication filter


class Word(NamedTuple):
    """One word of a question, folded, with where it is in the question (a tuple: every word
    of every question is one, made in a third of a frozen dataclass's time)."""

    text: str  # case-folded
    raw: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateRange:
    """Days from `first` to `last`, both included; `end` is the index after the phrase's words."""

    first: date
    last: date
    end: int


def split_words(text: str) -> list[Word]:
    """Return the words of `text` with their offsets (see WORD)."""
    return [Word(m[0].casefold(), m[0], m.start(), m.end()) for m in WORD.finditer(text)]


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> tuple[int, int]:
    """Return (year, month) `months` before the month of `day`."""
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def _unit_range(reference: date, unit: str, back: int) -> tuple[date, date]:
    """Return the calendar day, week (Monday first), month or year `back` units ago."""
    if unit == "day":
        day = reference - timedelta(days=back)
        return day, day
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday() + 7 * back)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _month_range(*_shift_months(reference, back))
    return date(reference.year - back, 1, 1), date(reference.year - back, 12, 31)


def _span(reference: date, unit: str, count: int) -> date:
    """Return the first day of the last `count` units up to `reference`."""
    if unit == "day":
        return reference - timedelta(days=count - 1)
    if unit == "week":
        return reference - timedelta(days=7 * count - 1)
    if unit == "month":
        year, month = _shift_months(reference, count)
        day = min(reference.day, calendar.monthrange(year, month)[1])
        return date(year, month, day) + timedelta(days=1)
    year = reference.year - count
    day = min(reference.day, calendar.monthrange(year, reference.month)[1])
    return date(year, reference.month, day) + timedelta(days=1)


def _count(word: str) -> int | None:
    if word.isdigit() and len(word) <= 4:
        return int(word)
    return NUMBER_WORDS.get(word)


def _year(word: str) -> int | None:
    return int(word) if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099 else None


def _day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest(month: int, day: int | None, reference: date) -> tuple[int, date, date] | None:
    """Return the most recent month (or day of a month) on or before `reference`, as a range."""
    year = reference.year
    if (month, day or 1) > (reference.month, reference.day):
        year -= 1
    if day is None:
        return (year, *_month_range(year, month))
    found = _day_of(year, month, day) or _day_of(year - 1, month, day)
    return (year, found, found) if found else None


def _followed_well(words: list[Word], at: int) -> bool:
    """Tell whether the words after a lone month name leave it a date (MONTH_FOLLOWERS)."""
    if at >= len(words):
        return True
    after = words[at].text
    return after in MONTH_FOLLOWERS or not (after[0].isalnum())


def weekday_at(words: list[Word], at: int) -> int | None:
    """Return where the weekday of a weekday phrase at `at` is ("Monday", "last Monday")."""
    day_at = at + (at < len(words) and words[at].text in {"last", "this"})
    return day_at if day_at < len(words) and words[day_at].text in WEEKDAY_NUMBERS else None


def _after_the(words: list[Word], day_at: int) -> bool:
    """Return True for "the Saturday before Christmas", "the last Monday of May": a day the
    words describe, not one counted back from the reference day."""
    before = [w.text for w in words[max(0, day_at - 2) : day_at]]
    return before[-1:] == ["the"] or (
        before[-1:] in (["last"], ["this"]) and before[:1] == ["the"]
    )


def read_weekday(words: list[Word], at: int, reference: date) -> DateRange | None:
    """Read "Monday", "last Monday", "this Monday": the latest Monday on or before the reference
    day (the reference day itself when it is a Monday), or "Monday 4 March [2024]": that day.

    "Monday's match" is not read (the possessive names an event, which may be reported days
    after it, or be ahead: "Friday's deadline"), nor "Mondays".
    """
    day_at = weekday_at(words, at)
    if day_at is None or _after_the(words, day_at):
        return None
    after = day_at + 1 + (day_at + 1 < len(words) and words[day_at + 1].text == ",")
    calendar_day = read_absolute(words, after, reference, lone_month=False)
    if calendar_day is not None and calendar_day.first == calendar_day.last:
        return calendar_day  # the calendar date wins over a weekday that does not fit it
    back = (reference.weekday() - WEEKDAY_NUMBERS[words[day_at].text]) % 7
    if reference.toordinal() <= back:
        return None  # before the first day of the calendar
    day = reference - timedelta(days=back)
    return DateRange(day, day, day_at + 1)


def read_relative(words: list[Word], at: int, reference: date) -> DateRange | None:
    """Read a phrase counted from the reference day: today, yesterday, this/last/past week,
    the last 3 days, two months ago, (last/this) Monday."""
    if weekday := read_weekday(words, at, reference):
        return weekday
    # "today's news", "last week's vote": the possessive is the day's
    texts = [w.text.removesuffix("'s").removesuffix("’s") for w in words[at : at + 4]] + [""] * 4
    first = texts[0]
    if (
        first == "today"
        and at > 0
        and (words[at].raw[:1].isupper() or words[at - 1].text == "the")
    ):
        return None  # "Radio 4's Today programme", "USA Today", "the today show": a name
    if first == "today":
        return DateRange(reference, reference, at + 1)
    if first == "yesterday":
        day = reference - timedelta(days=1)
        return DateRange(day, day, at + 1)
    if first in {"this", "last", "past"} and UNITS.get(texts[1]) and texts[1][-1] != "s":
        unit = UNITS[texts[1]]
        if first == "this":
            begin, _ = _unit_range(reference, unit, 0)
            return DateRange(begin, reference, at + 2)
        if first == "past":
            return DateRange(_span(reference, unit, 1), reference, at + 2)
        return DateRange(*_unit_range(reference, unit, 1), at + 2)
    count = _count(texts[1]) if first in {"last", "past"} else None
    if count is not None and UNITS.get(texts[2]) and count > 0:
        unit = UNITS[texts[2]]
        if unit == "year" and count > MAX_YEARS:
            return None
        return DateRange(_span(reference, unit, count), reference, at + 3)
    count = _count(first)
    if count is not None and UNITS.get(texts[1]) and texts[2] == "ago":
        unit = UNITS[texts[1]]
        if unit == "year" and count > MAX_YEARS:
            return None
        return DateRange(*_unit_range(reference, unit, count), at + 3)
    return None


def _on_day(year: int | None, month: int, day: int, reference: date, end: int) -> DateRange | None:
    """Return one day as a range; without a year, the latest such day up to `reference`."""
    if year is None:
        latest = _latest(month, day, reference)
        return DateRange(latest[1], latest[2], end) if latest else None
    found = _day_of(year, month, day)
    return DateRange(found, found, end) if found else None


def read_absolute(
    words: list[Word], at: int, reference: date, *, lone_month: bool = True
) -> DateRange | None:
    """Read a calendar date: 2024-03-05, 2024-03, 5 March 2024, March 5, 2024, March 2024,
    March (the latest March), 2024. A lone month needs `lone_month` and a fitting next word."""
    texts = [w.text for w in words[at : at + 5]] + [""] * 5
    if match := _ISO.match(texts[0]):
        if not 1 <= int(match[2]) <= 12:
            return None
        if match[3] is None:
            return DateRange(*_month_range(int(match[1]), int(match[2])), at + 1)
        return _on_day(int(match[1]), int(match[2]), int(match[3]), reference, at + 1)
    skip = 1 + (texts[1] == "of")
    if (ordinal := _ORDINAL.match(texts[0])) and texts[skip] in MONTH_NUMBERS:
        # 5 March [2024], 5th of March
        comma = texts[skip + 1] == ","
        year = _year(texts[skip + 1 + comma])
        end = at + skip + (2 + comma if year is not None else 1)
        return _on_day(year, MONTH_NUMBERS[texts[skip]], int(ordinal[1]), reference, end)
    if texts[0] not in MONTH_NUMBERS:
        whole = _year(texts[0])
        return DateRange(date(whole, 1, 1), date(whole, 12, 31), at + 1) if whole else None
    month = MONTH_NUMBERS[texts[0]]
    if (ordinal := _ORDINAL.match(texts[1])) and not _year(texts[1]):
        # March 5[, 2024]
        comma = texts[2] == ","
        year = _year(texts[2 + comma])
        end = at + (3 + comma if year is not None else 2)
        return _on_day(year, month, int(ordinal[1]), reference, end)
    skip = 1 + (texts[1] in {",", "of"})
    if (in_year := _year(texts[skip])) is not None:  # March [of] 2024
        return DateRange(*_month_range(in_year, month), at + skip + 1)
    if texts[0] in MONTHS and lone_month and _followed_well(words, at + 1):
        latest = _latest(month, None, reference)
        return DateRange(latest[1], latest[2], at + 1) if latest else None
    return None


def read_date(value: str, reference: date) -> tuple[date, date]:
    """Return the days a `--since` / `--until` value names (first, last), or raise ValueError.

    Accepts YYYY-MM-DD, YYYY-MM, YYYY, "5 March 2024", "March 2024", "today", "yesterday",
    "last week", "this month", "3 days ago", "the last 2 weeks", "Monday", "last Friday".
    """
    words = split_words(value)
    at = 1 if words and words[0].text == "the" else 0
    found = read_relative(words, at, reference) or read_absolute(words, at, reference)
    if found is None or found.end != len(words) or not words:
        raise ValueError(
            f"cannot read {value!r} as a date: use YYYY-MM-DD, YYYY-MM, YYYY, "
            "“5 March 2024”, “today”, “yesterday”, “last week” or “3 days ago”"
        )
    return found.first, found.last
