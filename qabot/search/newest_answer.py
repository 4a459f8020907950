"""Answers listing the newest articles: "what's new?", "latest from Reuters", "yesterday"."""

from __future__ import annotations

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.question_record import Question
from qabot.search.recency import newest_articles
from qabot.search.undated_words import unread_dates
from qabot.text.lexicon import MONTH_NUMBERS

NEWEST_LEAD = "The newest articles"

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
    """ "What's new?" with dates or outlets: the newest articles they admit, newest first."""
    ranked = newest_articles(index, top, offset, read.filters)
    if ranked.hits:
        return Answer(read.text, True, NEWEST_LEAD + ":", ranked.hits, more=ranked.more)
    return Answer(read.text, False, "No dated article in the index matches that.")
