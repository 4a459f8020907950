"""Undated answers: a question's dates no article is dated in ("this month", "since 1999") over
an archive with undated articles, answered by those: the passages without the dates, if all are
undated (`undated_answer`), or the undated passages that mention the year (`year_told_answer`),
under a lead that says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.filter_misses import days_of, told_year, undated_note
from qabot.search.question_record import Question
from qabot.search.spelling import check_spelling
from qabot.search.word_answers import spelled_answer
from qabot.text.lexicon import MONTHS, WEEKDAYS
from qabot.text.patterns import LETTER_WORD

# the words of dates an undated article writes as a reader asks them: "in February", "on
# Thursday", "last week", "this month"
_CALENDAR = frozenset([*MONTHS, *WEEKDAYS, "week", "weekend", "month"])


@dataclass(frozen=True, slots=True)
class Undated:
    """An answer from undated articles, and the question it answers, its dates let go (the
    filters searched are its own)."""

    read: Question
    answer: Answer


def undated_answer(index: Index, read: Question, top: int, offset: int) -> Undated | None:
    """ "how many holes did microsoft fix this month?" where no article dated then answers and
    the best passages without the dates are all undated: those (their "this month" may be any
    month), under a lead that says so; None otherwise (no passage, or a dated one: the
    articles date the subject, and the lead saying what lies outside the dates is kept). A
    month named ("in january") is told in an undated story's words only: the passages that
    mention it answer first, as those mentioning a year no article is dated in do
    (`spelled_answer`), and a story of December no longer outranks January's."""
    loose = replace(
        read,
        filters=replace(read.filters, since=None, until=None),
        words=_with_calendar_words(read),
    )
    spelling = check_spelling(index, loose.words)
    month = _month_typed(read)
    result = spelled_answer(index, loose, spelling, top, offset, month) if month else None
    mention = ""
    if result is not None and result.found and not any(h.article.date for h in result.passages):
        # the lead below says so; a note may follow it ("(no article has “rise”)")
        told = f" (no article is dated {month}: these mention it)"
        result = replace(result, lead=result.lead.replace(told, ""))
        mention = f" that mention {month.capitalize()}"
    else:
        result = spelled_answer(index, loose, spelling, top, offset, None)
    if not result.found or any(hit.article.date for hit in result.passages):
        return None  # dated articles tell of it on other days: the dates are a real limit
    note = f"from undated articles{mention}: none dated {days_of(read.filters)} answers it"
    result = replace(result, lead=undated_note(result.lead, note))
    return Undated(read=loose, answer=result)


def year_told_answer(index: Index, read: Question, top: int, offset: int) -> Undated | None:
    """ "lost their jobs since 1999", "relationship since 1970" where no article dated then
    answers: the undated passages that mention the year (the dates are what they tell, not
    when they were written), under a lead that says so; None when the dates name no year,
    nothing undated mentions it, or a dated article is among those found."""
    year = told_year(read.filters, read.text)
    if year is None:
        return None
    loose = replace(read, filters=replace(read.filters, since=None, until=None))
    result = spelled_answer(index, loose, check_spelling(index, loose.words), top, offset, year)
    if not result.found or any(hit.article.date for hit in result.passages):
        return None
    note = f" (no dated article {days_of(read.filters)} answers it: these mention {year}):"
    lead = result.lead.removesuffix(f" (no article is dated {year}: these mention it):")
    return Undated(read=loose, answer=replace(result, lead=lead.removesuffix(":") + note))


def _month_typed(read: Question) -> str:
    """Return the first month `read` names (as typed) that one end of its dates is in, else "":
    "may" is no month in "how much may bakery sales rise in january"."""
    ends = {day.month for day in (read.filters.since, read.filters.until) if day is not None}
    return next(
        (
            word
            for word in LETTER_WORD.findall(read.text)
            if word.casefold() in MONTHS and MONTHS.index(word.casefold()) + 1 in ends
        ),
        "",
    )


def _with_calendar_words(read: Question) -> str:
    """Return the words searched with the names of months and weekdays (and "week", "month")
    the dates were read from: an undated article tells its days only in its words ("held in
    February in 1974", "voted against the legislation last week")."""
    typed = {word.casefold() for word in LETTER_WORD.findall(read.words)}
    named = [
        word
        for word in LETTER_WORD.findall(read.text)
        if word.casefold() in _CALENDAR and word.casefold() not in typed
    ]
    return " ".join([read.words, *dict.fromkeys(named)]) if named else read.words
