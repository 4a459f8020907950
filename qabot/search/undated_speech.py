"""Answers to "what did X say on Monday / in 2005?" where no dated article of those days quotes
X: their words in the archive's undated articles, under a lead that says so; and where dates or
outlets given as options leave none of X's words, a lead saying where they are (as a plain
answer's does); kept beside `speech_answers`, which answers within the dates asked."""

from __future__ import annotations

from dataclasses import replace

from qabot.attribution.speaker_genders import MAN, WOMAN, cue_gender
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.answer_record import Answer
from qabot.search.filter_misses import Outside, days_of, loosened, outside_lead, undated_note
from qabot.search.question_record import Question
from qabot.search.questions import SpeechQuestion
from qabot.search.speech_answers import what_said

MAX_COUNTED = 10  # quotes looked for outside the limits: the lead counts them, shows none


def said_undated(index: Index, read: Question, top: int, offset: int) -> Answer | None:
    """ "what did X say on Monday / in 2005?" where no dated article of those days quotes X:
    X's words in the archive's undated articles, which may well be of then (their "on Monday"
    is no day a filter can read), under a lead that says so. None when the question names no
    days, or no undated article quotes X either."""
    if not (
        (read.filters.since or read.filters.until)
        and read.speech is not None
        and read.speaker is not None
        and not read.ask_which
        and not read.shown
        and index.dates.undated
    ):
        return None
    loose = replace(read, filters=replace(read.filters, since=None, until=None))
    result = what_said(index, loose, read.speech, top, offset, undated=True)
    if not result.quotes:
        return None
    them = _pronoun([hit.quote for hit in result.quotes]) or result.speaker
    note = f"from undated articles: none dated {days_of(read.filters)} quotes {them}"
    return replace(result, lead=undated_note(result.lead, note))


def quoted_outside(
    index: Index, read: Question, speech: SpeechQuestion, result: Answer
) -> Answer | None:
    """ "what did X say?" whose dates or outlets (`--since`, `--source`) leave none of X's
    words, while articles outside them quote X (undated ones too): the lead says so and how
    many, as a plain answer's does ("Nothing about ... since ..., but 2 passages about it in
    articles without a date: ask without the dates to see them."); None otherwise."""
    if result.quotes or read.shown or result.speaker is None or read.speaker is None:
        return None
    for kept, dropping in loosened(read.filters):
        loose = replace(read, filters=kept)
        found = what_said(index, loose, speech, MAX_COUNTED, 0)
        if found.quotes and found.speaker == result.speaker:
            shown = len(found.quotes) + found.quotes_left
            count = f"{shown}{'+' if found.quotes_beyond else ''}"
            lead = outside_lead(
                f"No quotes from {result.speaker}",
                f"{count} quote{'' if count == '1' else 's'}",
                Outside(read.filters, kept, dropping, [hit.article for hit in found.quotes]),
            )
            return replace(result, lead=lead)
    return None


def _pronoun(quotes: list[Quote]) -> str:
    """Return "him" or "her" as the cues of a person's quotes give it ("she said"), else ""."""
    genders = {cue_gender(quote) for quote in quotes} - {""}
    if genders == {MAN}:
        return "him"
    return "her" if genders == {WOMAN} else ""
