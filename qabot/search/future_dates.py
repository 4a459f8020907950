"""Dates still to come: "news since 2099" asks for articles no one can have written yet.

The date reader reads a day after the reference day as no date ("plans for 2030": words of the
question), so "news since 2099" searched "2099" and said no article mentions it, as if one
could. A calendar date after today that only limits the articles ("since 2099", or any date
where nothing but news is asked: "articles from 2099", "news in 2099") is told as what it is:
no article can be that new. A year asked with a subject in other words stays the subject's
("emissions targets after 2030", "who said prices will fall by 2030?").
"""

from __future__ import annotations

import re
from datetime import date

from qabot.search.filter_misses import readable_day
from qabot.search.filter_reading import read_filters, reference_day
from qabot.search.questions import parse_speech_question
from qabot.search.recency import asks_for_news_only
from qabot.search.relevance import question_terms
from qabot.text.patterns import lazy

_YEAR = lazy(r"(?<!\d)\d{4}(?!\d)")
# words telling what is to be: a date after them is when, not which articles to read; so does
# "happen" in the present tense ("what happens in 2030?": what is to be then; "what happened
# in 2030?" asks for news of a day still to come) and what is due, expected or planned
_TO_COME = lazy(
    r"\b(?:will|shall|going\s+to|happens?|happening|due|expected|planned)\b|\w['’]ll\b",
    re.IGNORECASE,
)
# two reference days far after any article: a date read alike against both is a calendar date
# ("2099"), one read otherwise counts from the day ("last week")
_FAR, _FARTHER = date(9000, 1, 1), date(9500, 6, 15)


def future_lead(text: str, newest: str | None, today: date | None) -> str | None:
    """Return the lead for `text` when it limits the articles to days after `today` (None: the
    clock's) and after the `newest` article's day (a year typed after both), None otherwise."""
    years = _YEAR.findall(text)
    if not years:
        return None  # most questions: no year, and the clock is not asked
    today = today or date.today()
    if newest is not None and newest[:10] > today.isoformat():
        today = reference_day(newest, "newest")  # an article dated after the clock's day
    if not any(int(year) > today.year for year in years):
        return None
    reading = read_filters(text, reference=_FAR)
    since = reading.filters.since
    if since is None or since <= today:
        return None
    if read_filters(text, reference=_FARTHER).filters.since != since:
        return None  # counted from the day: not a calendar date
    speech = parse_speech_question(text)
    if speech is not None and speech.kind == "who_said":
        return None  # "who said prices will fall after 2030?": words someone said
    kept = reading.words.casefold().split()
    limits_only = "since" in text.casefold().split() and "since" not in kept
    if limits_only:
        return _told(since)
    if _TO_COME.search(reading.words):
        return None  # "what will happen in 2099?": what is to be, which articles may foretell
    if not asks_for_news_only(question_terms(reading.words), reading.filters):
        return None
    return _told(since)


def _told(since: date) -> str:
    """Return the lead saying no article is dated `since` or after."""
    return f"No article can be that new: {readable_day(since)} is still to come."
