"""Dates as articles write them ("3rd March 2024", "Mar 3, 2024", RFC 2822, ISO) -> YYYY-MM-DD."""

from __future__ import annotations

from datetime import date
from email.utils import parsedate_to_datetime

from qabot.text.lexicon import MONTH_NUMBERS
from qabot.text.patterns import lazy

_MONTHS = MONTH_NUMBERS
_ISO_DATE = lazy(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_DAY_MONTH_YEAR = lazy(r"^(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = lazy(r"^(?:\w+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def normalize_date(value: str | None) -> str | None:
    """Return `value` as ISO YYYY-MM-DD when it is a recognisable date, else None."""
    text = (value or "").strip()
    if not text:
        return None
    parts: tuple[int, int, int] | None = None
    if match := _ISO_DATE.match(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif (match := _DAY_MONTH_YEAR.match(text)) and match[2].lower() in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    elif (match := _MONTH_DAY_YEAR.match(text)) and match[1].lower() in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    else:
        try:
            return parsedate_to_datetime(text).date().isoformat()  # RFC 2822, as in feeds
        except (TypeError, ValueError, IndexError):
            return None
    try:
        return date(*parts).isoformat()
    except ValueError:
        return None
