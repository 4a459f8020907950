"""Answer: a speech question's own steps ("what did X say about Y?", "who said ...?").

`answer()` hands a question over here once it has read it as a speech question, and imports this
module only then: the speech readers (quote ranking, speaker resolution, "who said" candidates)
are a third of the package, and a process answering plain questions never needs them. Each
of the two kinds imports its own readers when first asked: "who said" candidates are ranked by
`who_said_answer` (some 30 modules), a speaker's words are found by `speech_answers` (some 15),
and a `qabot ask` process answers one question.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from qabot.search.answer_filters import asked_dates
from qabot.search.paired_speakers import speaker_parts
from qabot.search.quote_passages import with_quote_passages
from qabot.search.topic_spelling import spelling_note
from qabot.search.typed_capitals import names_as_typed

if TYPE_CHECKING:
    from qabot.indexing import Index
    from qabot.search.answer_record import Answer
    from qabot.search.filters import Filters
    from qabot.search.question_record import Question


@dataclass(frozen=True, slots=True)
class SpeechAnswer:
    """A speech question's answer, and the question as answered (its dates dropped when only
    undated words answer)."""

    read: Question
    answer: Answer


def answer_speech(
    index: Index,
    read: Question,
    filters: Filters | None,
    top: int,
    offset: int,
    found: Answer | None,
) -> SpeechAnswer:
    """Answer `read`, read as a speech question (`found`, an answer given before, stands in
    for its quotes: "who wrote the article about X?")."""
    speech = read.speech
    if speech is None:
        raise ValueError(f"not read as a speech question: {read.text!r}")
    if found is None and speaker_parts(read):
        # "what did X and Y say?": each one's words, each under their own name
        from qabot.search.paired_speakers import each_speaker

        def one(part: Question) -> Answer:
            return answer_speech(index, part, filters, top, offset, None).answer

        paired = each_speaker(index, read, one)
        if paired is not None:
            return SpeechAnswer(read=read, answer=paired)
    if found is not None:
        result = found
    elif speech.kind == "who_said":
        from qabot.search.who_said_answer import who_said

        result = who_said(index, read, speech, top, offset)
    else:
        from qabot.search.speech_answers import what_said
        from qabot.search.undated_speech import quoted_outside, said_undated

        result = what_said(index, read, speech, top, offset)
        # dates the question gave (options stay) may leave only the speaker's undated words
        undated_words = (
            None
            if result.quotes or not asked_dates(filters)
            else said_undated(index, read, top, offset)
        )
        if undated_words is not None:  # the dates are not applied: the lead says so
            read = replace(read, filters=replace(read.filters, since=None, until=None))
            result = undated_words
        else:  # "--since 2022" over articles that quote them at other dates, or none
            result = quoted_outside(index, read, speech, result) or result
        if read.topic_spelling:
            result = replace(result, lead=f"{spelling_note(read.topic_spelling)} {result.lead}")
    if speech.topic and not offset and not read.shown:
        # words on a topic, quotes alone: the passages they were taken from (not for all
        # someone said, nor "more" of it: their words are the whole answer)
        result = with_quote_passages(index, result, top)
    if speech.topic:  # "about gordon brown" typed "Gordon Brown"
        result = replace(result, lead=names_as_typed(index, read.text, speech.topic, result.lead))
    return SpeechAnswer(read=read, answer=result)
