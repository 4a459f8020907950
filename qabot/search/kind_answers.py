"""The answer for a kind of people whose words never name the topic asked about.

"What do critics say about the film?" where the critics the articles quote spoke of software
patents: their words answer another question. The answer says that none of their words name
the topic, shows those said where the articles mention it (an official's "large-scale
provocation" in a story on shelling may well be about it), and the passages about the topic,
each under a heading that says what it is.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.indexing import Index
from qabot.search.answer_record import Answer, passages_answer
from qabot.search.question_record import Question
from qabot.search.quote_groups import QuoteHit
from qabot.search.wording import TAIL_WORDS, echo


def kind_off_topic(
    index: Index,
    read: Question,
    kind: str,
    topic: str,
    top: int,
    offset: int,
    near: list[QuoteHit],
) -> Answer:
    """Return "No words of <kind> name <topic>", their words `near` it (said in passages that
    mention it), and the passages that mention the topic."""
    tail = bool(set(topic.casefold().split()[:1]) & TAIL_WORDS)
    passages = passages_answer(
        index, topic, top, offset, near, filters=read.filters, about=read.topic_terms, subject=True
    )
    shown = echo(topic)
    lead = (
        f"No words of {kind} in the articles were said {shown}."
        if tail
        else f"No words of {kind} in the articles name {shown}."
    )
    if near:
        lead += " Their words where the articles mention it:"
    elif passages.passages:
        lead += f" Passages on “{shown}”:" if tail else f" Passages about {shown}:"
    return replace(
        passages,
        question=read.text,
        found=bool(near or passages.passages),
        lead=lead,
        quotes=near,
        speaker=None,
        topic=topic,
    )
