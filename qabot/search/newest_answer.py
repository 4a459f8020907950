"""Answers listing the newest articles: "what's new?", "latest from Reuters", "yesterday"."""

from __future__ import annotations

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.question_record import Question
from qabot.search.recency import newest_articles

NEWEST_LEAD = "The newest articles"

UNDATED_NEWS = (
    "The articles have no dates, so which are new cannot be told: ask about a subject or a "
    "person, for example “What did … say about …?”."
)


def newest_answer(index: Index, read: Question, top: int, offset: int) -> Answer:
    """ "What's new?" with dates or outlets: the newest articles they admit, newest first."""
    ranked = newest_articles(index, top, offset, read.filters)
    if ranked.hits:
        return Answer(read.text, True, NEWEST_LEAD + ":", ranked.hits, more=ranked.more)
    return Answer(read.text, False, "No dated article in the index matches that.")
