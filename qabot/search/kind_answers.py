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
from qabot.search.answer_record import Answer
from qabot.search.name_writing import mostly_a_name
from qabot.search.passage_answers import passages_answer
from qabot.search.question_fit import fitting
from qabot.search.question_record import Question
from qabot.search.quote_groups import QuoteHit
from qabot.search.wording import TAIL_WORDS, echo
from qabot.text import terms_of, tokenize


def kind_off_topic(
    index: Index,
    read: Question,
    kind: str,
    topic: str,
    top: int,
    offset: int,
    near: list[QuoteHit],
    *,
    searched: str = "",
) -> Answer:
    """Return "No words of <kind> name <topic>", their words `near` it (said in passages that
    mention it), and the passages that mention the topic; with `searched` (a body asked by its
    kind: "police"; `kind` is then how the lead names it, `body_as_written`), only those that
    mention it too."""
    tail = bool(set(topic.casefold().split()[:1]) & TAIL_WORDS)
    passages = passages_answer(
        index,
        f"{searched} {read.topic_words or topic}",
        top,
        offset,
        near,
        filters=read.filters,
        about=read.topic_terms,
        subject=True,
    )
    if searched:
        passages = _mentioning(index, passages, tokenize(searched), read.topic_terms)
    shown = echo(topic)
    lead = (
        f"No words of {kind} in the articles were said {shown}."
        if tail
        else f"No words of {kind} in the articles name {shown}."
    )
    if near:
        lead += " Their words where the articles mention it:"
    elif passages.passages and searched:
        lead += (
            f" Passages on “{shown}” that mention {kind}:"
            if tail
            else f" Passages that mention {kind} and {shown}:"
        )
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


def _mentioning(index: Index, passages: Answer, body: list[str], topic: tuple[str, ...]) -> Answer:
    """Return `passages` with only those that hold the `body`'s words and the `topic` together
    (the others are counted as omitted): "houston" in a story naming no police is no account
    of what police there said."""
    named = [*body, *topic]
    fit = fitting(passages, named, index.engine.idf(named))
    kept = [
        hit
        for hit in fit.passages
        if set(body) <= set(hit.passage.stored_terms() or terms_of(hit.passage.text))
    ]
    dropped = len(fit.passages) - len(kept)
    if not dropped:
        return fit
    return replace(fit, passages=kept, omitted=fit.omitted + dropped, more=fit.more and bool(kept))


def body_as_written(index: Index, typed: str, body: str) -> str:
    """Return a body asked by its kind (`typed`: "the kremlin") as the articles write it, when
    the directory's name for it (`body`: "Kremlin") is the same words and the articles mostly
    write them so where they stand alone (`mostly_a_name` with `alone`): "the Kremlin", but
    "police" (the directory's "Police" opens sentences and ends "Fenmoor Police") as typed. A
    lead echoing "the kremlin" wrote the reader's lower case back as if no article wrote the
    name."""
    the = typed[:4].casefold() == "the "
    rest = typed[4:] if the else typed
    if not rest.islower() or rest.casefold() != body.casefold() or body.islower():
        return typed
    if not mostly_a_name(index, body, alone=True):
        return typed
    return f"{typed[:4]}{body}" if the else body
