"""The answer for a kind of people who said nothing on the topic asked about.

"What do critics say about the film?" where the critics the articles quote spoke of software
patents: their words answer another question. The answer says that none of them is quoted on
the topic and shows the passages about it, under a heading that says so.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.indexing import Index
from qabot.search.answer_record import Answer, passages_answer
from qabot.search.question import Question
from qabot.search.wording import TAIL_WORDS


def kind_off_topic(
    index: Index, read: Question, kind: str, topic: str, top: int, offset: int
) -> Answer:
    """Return "No <kind> are quoted about <topic>" with the passages that mention the topic."""
    opening = topic.casefold().split()[:1]
    on = topic if set(opening) & TAIL_WORDS else f"about {topic}"
    passages = passages_answer(
        index, topic, top, offset, filters=read.filters, about=read.topic_terms, subject=True
    )
    lead = f"No {kind} are quoted {on} in the articles."
    if passages.passages:
        lead += f" Passages {on}:" if on.startswith("about ") else f" Passages on “{topic}”:"
    return replace(
        passages,
        question=read.text,
        found=bool(passages.passages),
        lead=lead,
        speaker=None,
        topic=topic,
    )
