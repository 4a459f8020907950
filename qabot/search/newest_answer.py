"""Answers listing the newest articles: "what's new?", "latest from Reuters", "yesterday"."""

from __future__ import annotations

from datetime import date

from qabot.indexing import Index
from qabot.records import outlet_key
from qabot.search.answer_record import Answer
from qabot.search.filters import Filters
from qabot.search.question_record import Question
from qabot.search.recency import newest_articles
from qabot.search.undated_words import unread_dates
from qabot.text.lexicon import MONTH_NUMBERS

NEWEST_LEAD = "The newest articles"
MORE_NEWEST_LEAD = "More of the newest articles"
NO_MORE_NEWEST = "No more of the newest articles"

UNDATED_NEWS = (
    "The articles have no dates, so which are new cannot be told: ask about a subject or a "
    "person, for example “What did … say about …?”."
)

ASK_INSTEAD = "ask about a subject or a person, for example “What did … say about …?”."


def undated_lead(text: str) -> str:
    """Return the lead for `text`, only date words, over an archive whose articles have no
    dates: a month or year asked ("in march", "2023") is a limit that cannot be set, not a
    question of what is new ("latest", "yesterday")."""
    unread = unread_dates(text)
    asked = unread.dates if unread else ""
    if any(w in MONTH_NUMBERS or any(c.isdigit() for c in w) for w in asked.casefold().split()):
        return f"The articles have no dates to limit them to “{asked}”: {ASK_INSTEAD}"
    return UNDATED_NEWS


def newest_answer(index: Index, read: Question, top: int, offset: int) -> Answer:
    """ "What's new?" with dates or outlets: the newest articles they admit, newest first;
    "more" after it, the next ones, each page's lead numbering them as "more" of a search
    does, and none left said so ("No dated article ... matches that" had followed two shown)."""
    ranked = newest_articles(index, top, offset, read.filters)
    if ranked.hits and offset:
        last = offset + len(ranked.hits)
        shown = f"{offset + 1}" if last == offset + 1 else f"{offset + 1}-{last}"
        lead = f"{MORE_NEWEST_LEAD} ({shown}):"
        return Answer(read.text, True, lead, ranked.hits, more=ranked.more)
    if ranked.hits:
        return Answer(read.text, True, NEWEST_LEAD + ":", ranked.hits, more=ranked.more)
    if offset:
        return Answer(read.text, False, NO_MORE_NEWEST + ".")
    return Answer(read.text, False, _none_then(index, read.filters))


def _none_then(index: Index, filters: Filters) -> str:
    """Return the lead for days (of outlets) no article is dated in, naming the nearest days
    an article is, before and after them: "news from 12 january" is told where to look."""
    if filters.since is None and filters.until is None:
        return "No dated article in the index matches that."
    calendar = index.calendar
    keys = {outlet_key(name) for name in filters.sources}
    days = sorted(
        {day for key, counts in calendar.days.items() if not keys or key in keys for day in counts}
    )
    since = filters.since.isoformat() if filters.since else None
    until = filters.until.isoformat() if filters.until else None
    before = [day for day in days if since is not None and day < since][-1:]
    after = [day for day in days if until is not None and day > until][:1]
    nearest = [_spelt(day) for day in (*before, *after)]
    if not nearest:
        return "No dated article in the index matches that."
    of = f" from {' or '.join(filters.sources)}" if filters.sources else ""
    dated = " and ".join(nearest)
    are = "articles" + of + " are" if len(nearest) > 1 else "article" + of + " is"
    return f"The nearest {are} dated {dated}; none is dated then."


def _spelt(day: str) -> str:
    """Return an ISO day as readers write it ("16 January 2023"), which a question can ask."""
    return f"{date.fromisoformat(day):%d %B %Y}".lstrip("0")
