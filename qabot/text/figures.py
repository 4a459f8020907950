"""Figures: the words that answer "when", "how many" and "how much" (dates, numbers, money).

Found once per passage at index time (`figure_kinds`, stored beside it, so an answer can pass
over candidates that cannot answer such a question without reading them) and in the question's
best passages at question time (`qabot.search.emphasis`), with the same patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.text.lexicon import MONTHS, WEEKDAYS
from qabot.text.lowered import lowered
from qabot.text.patterns import LazyPattern, lazy

_MONTHS_AND_DAYS = "|".join(name.capitalize() for name in (*MONTHS, *WEEKDAYS))
DATE = lazy(
    rf"\b(?:1[5-9]\d\d|20\d\d|{_MONTHS_AND_DAYS}|yesterday|today|tomorrow"
    r"|(?:next|last|this) (?:week|month|year)|\d{1,2}(?:am|pm|:\d\d))\b"
)
NUMBER = lazy(
    r"\d[\d,.]*|\b(?:hundreds?|thousands?|millions?|billions?|dozens?|half|twice|double"
    r"|triple)\b",
    re.IGNORECASE,
)
MONEY = lazy(
    r"[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|billion|million|trillion)\b)?"
    r"|\b\d[\d,.]*\s?(?:bn|m|billion|million|trillion)?\s?(?:dollars|pounds|euros|yen|rupees"
    r"|rupiah|pence|cents)\b",
    re.IGNORECASE,
)
# one bit per pattern, and one saying the bits were found (0: not known, the passage may hold any)
KIND_BITS: dict[LazyPattern, int] = {DATE: 1, NUMBER: 2, MONEY: 4}
KNOWN = 8


# Every passage is checked at index time, and the patterns scan a whole passage when they find
# nothing (~80 us for the three): words that every match without a digit must contain are looked
# for first, as plain substrings (exact only for ASCII text: IGNORECASE folds some other letters)
_DIGIT = lazy(r"\d")
_ASCII_DIGITS = "0123456789"  # what \d finds in ASCII text (ten scans in C beat the pattern's)
# what a DATE match without a digit holds: a month or weekday name, capitalised (one pattern
# opening with a capital skips the lower-case letters in C), or "yesterday", "today",
# "tomorrow", or the end of "next", "last" or "this" before "week", "month" or "year"
_DATE_NAME = lazy("|".join(name[:3].capitalize() for name in (*MONTHS, *WEEKDAYS)))
_DATE_WORDS = (
    "yesterday",
    "today",
    "tomorrow",
    *(f"{end} {unit}" for unit in ("week", "month", "year") for end in "ts"),
)
_NUMBER_WORDS = "hundred thousand million billion dozen half twice double triple".split()
# what a DATE match with a digit holds: a year, or a time's last digit and what follows it. A
# pattern opening with digits, which `re` skips to in C; DATE opens with a word boundary, tried
# at every position of a passage (most passages with a digit hold no date)
_DATE_DIGITS = lazy(r"1[5-9]\d\d|20\d\d|\d(?:am|pm|:\d\d)")
# what every MONEY match holds: a currency sign, or one of its currency words in any case (a
# passage with a digit is scanned by MONEY, ~20 us, where these ~2 us tell most hold none)
_CURRENCY_SIGNS = ("$", "£", "€", "¥")
_CURRENCY_WORDS = ("dollars", "pounds", "euros", "yen", "rupees", "rupiah", "pence", "cents")


# figure_kinds' quick checks, a bit each: a passage can pass only those its article's text passes
_HAS_DIGIT, _HAS_DATE_NAME, _HAS_DATE_WORD, _HAS_NUMBER_WORD = 1, 2, 4, 8
ALL_CHECKS = 15  # nothing known of the text around: every check is made


def figure_checks(text: str) -> int:
    """Return the quick checks of `figure_kinds` that `text` passes (an article's text).

    Each looks for a digit, or for one of a few plain words (or, for ASCII text, lowered
    words), and finds nothing in a part of a text that holds none: passing these to
    `figure_kinds` for each passage of an article skips the scans its article ruled out
    (an article with no digit has no passage with one), with the same kinds found.
    """
    ascii_text = text.isascii()
    if ascii_text:
        checks = _HAS_DIGIT if any(digit in text for digit in _ASCII_DIGITS) else 0
    else:
        checks = _HAS_DIGIT if _DIGIT.search(text) is not None else 0
    if _DATE_NAME.search(text):
        checks |= _HAS_DATE_NAME
    if _holds_any(text, _DATE_WORDS):
        checks |= _HAS_DATE_WORD
    # a part of a text lowers to a part of the text lowered (ASCII letters lower alone)
    if _holds_any(text.lower(), _NUMBER_WORDS):
        checks |= _HAS_NUMBER_WORD
    return checks


def figure_kinds(text: str, checks: int = ALL_CHECKS) -> int:
    """Return KNOWN plus the bit of every pattern (DATE, NUMBER, MONEY) `text` matches.

    `checks`: those of `figure_checks` that a text holding `text` passes (all by default).
    """
    ascii_text = text.isascii()
    if not checks & _HAS_DIGIT:
        digit = False
    elif ascii_text:
        digit = any(digit in text for digit in _ASCII_DIGITS)
    else:
        digit = _DIGIT.search(text) is not None
    bits = KNOWN
    date_digits = _DATE_DIGITS.search(text) if digit else None
    if (date_digits is not None and _date_at(text, date_digits.start())) or (
        (
            date_digits is not None
            or not ascii_text
            or (checks & _HAS_DATE_NAME and _DATE_NAME.search(text))
            or (checks & _HAS_DATE_WORD and _holds_any(text, _DATE_WORDS))
        )
        and DATE.search(text)
    ):
        bits |= KIND_BITS[DATE]
    if digit:
        bits |= KIND_BITS[NUMBER]  # a digit alone is a NUMBER match
        if _may_be_money(text) and MONEY.search(text):  # every MONEY match holds a digit
            bits |= KIND_BITS[MONEY]
    elif (
        not ascii_text or (checks & _HAS_NUMBER_WORD and _holds_any(text.lower(), _NUMBER_WORDS))
    ) and NUMBER.search(text):
        bits |= KIND_BITS[NUMBER]
    return bits


def _date_at(text: str, at: int) -> bool:
    """Return True when DATE matches where a year or a time's digits (`_DATE_DIGITS`) start at
    `at`, or a digit before (a time's first): a match there is one DATE.search would find, told
    without DATE's scan of the whole passage (it opens with a word boundary, tried everywhere).
    False says nothing: the search decides."""
    return DATE.match(text, at) is not None or (at > 0 and DATE.match(text, at - 1) is not None)


def _may_be_money(text: str) -> bool:
    """Return False only when MONEY cannot match `text`: it holds no currency sign nor, in any
    case, a currency word (`lowered` keeps what `re.IGNORECASE` matches)."""
    if _holds_any(text, _CURRENCY_SIGNS):
        return True
    lower = text.lower() if text.isascii() else lowered(text)
    return lower is None or _holds_any(lower, _CURRENCY_WORDS)


def may_hold(kinds: int, patterns: list[LazyPattern]) -> bool:
    """Return whether a text with these stored kinds (0: unknown) may match one of `patterns`."""
    if not kinds & KNOWN:
        return True
    return any(kinds & KIND_BITS[pattern] for pattern in patterns)


def last_that_may_hold(stored: Sequence[int], patterns: list[LazyPattern]) -> int:
    """Return the last of these stored kinds that `may_hold` one of `patterns` (-1: none),
    looked for from the end with the patterns' bits joined once (every candidate of a "when"
    or "how many" question is asked)."""
    wanted = 0
    for pattern in patterns:
        wanted |= KIND_BITS[pattern]
    for i in range(len(stored) - 1, -1, -1):
        kinds = stored[i]
        if not kinds & KNOWN or kinds & wanted:
            return i
    return -1


def holds(kinds: int, patterns: Sequence[LazyPattern]) -> bool | None:
    """Return whether a text with these stored kinds matches one of `patterns` (exact: the
    kinds are what the patterns find in it), or None when its kinds are not known."""
    if not kinds & KNOWN:
        return None
    return any(kinds & KIND_BITS[pattern] for pattern in patterns)


def _holds_any(text: str, words: tuple[str, ...] | list[str]) -> bool:
    return any(word in text for word in words)
