"""Answer: the one call every front end makes, `answer(index, question) -> Answer`.

Speech questions ("what did X say about Y?", "who said ...?", follow-ups like "what else did he
say?") are answered from attributed quotes; every question also gets the best passages. The
Answer is plain data; console.py and telegram_bot.py only format it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from qabot.attribution import SpeakerDirectory
from qabot.indexing import Index
from qabot.records import ArticleInfo, Quote
from qabot.search.conversation import Conversation
from qabot.search.question import Filters, read_question
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_groups import QuoteHit
from qabot.search.quote_ranking import find_speakers, rank_quotes
from qabot.search.retrieval import Hit, search
from qabot.text import tokenize

MAX_QUOTES = 50  # an answer lists at most this many quotes of one person
MAX_VOICES = 10  # ... and of at most this many people speaking for a party or company
WHO_SAID_PASSAGES = 50  # "who said ...": quotes are searched in the articles of this many hits


@dataclass(frozen=True, slots=True)
class Answer:
    """What qabot found for one question: a lead line, quotes and passages."""

    question: str
    found: bool
    lead: str  # one line for people: what was found, or why nothing was
    passages: list[Hit] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    more: bool = False  # further passages exist (offset + len(passages))
    speaker: str | None = None  # the person a speech question was about, once resolved
    omitted: int = 0  # weakly related passages not shown (they only share a word or two)

    def to_json(self) -> dict[str, Any]:
        """Return the `qabot ask --json` object (a stable contract: see README)."""
        return {
            "question": self.question,
            "found": self.found,
            "passages": [hit.to_json() for hit in self.passages],
            "quotes": [hit.to_json() for hit in self.quotes],
            "omitted": self.omitted,
        }


def _who_said(index: Index, words: str, top: int) -> list[Quote]:
    """Return the quotes that best match `words`, among the articles whose passages do.

    A quote is verbatim article text, so the passages holding its words rank high for them; only
    those articles' quotes are read and scored, however large the archive.
    """
    terms = tokenize(words)
    if not terms:
        return []
    hits = index.engine.search(terms, WHO_SAID_PASSAGES)
    articles = list(dict.fromkeys(passage.article_id for passage, _ in hits))
    return find_speakers(index.quotes_of_articles(articles), words, top)


def _quote_hits(index: Index, directory: SpeakerDirectory, quotes: list[Quote]) -> list[QuoteHit]:
    """Return up to MAX_QUOTES quotes with their articles; the same words of the same speaker
    (one story saved twice, a wire copy) are shown once."""
    unknown = ArticleInfo(id="", path="", title="")
    hits: list[QuoteHit] = []
    seen: set[tuple[str, str]] = set()
    for quote in quotes:
        speaker = directory.canonical(quote)
        key = (speaker, " ".join(quote.text.casefold().split()))
        if key not in seen:
            seen.add(key)
            hits.append(QuoteHit(quote, speaker, index.articles.get(quote.article_id, unknown)))
            if len(hits) == MAX_QUOTES:
                break
    return hits


def _passages(
    index: Index, question: str, top: int, offset: int, shown: list[QuoteHit] | None = None
) -> Answer:
    """Answer with passages alone; `shown` quotes above them are not repeated."""
    ranked = search(index, question, top, offset, shown=[hit.quote for hit in shown or ()])
    if ranked.hits:
        return Answer(
            question,
            True,
            f"Best matching passages for “{question}”:",
            ranked.hits,
            more=ranked.more,
            omitted=ranked.omitted,
        )
    if shown:
        return Answer(question, True, "", omitted=ranked.omitted)
    if not tokenize(question):
        lead = (
            f"“{question}” has only common words. Ask about a person, place or event "
            "in the articles."
        )
    else:
        lead = (
            f"Nothing in the articles matches “{question}”. Try other words or a name "
            "that appears in them."
        )
    return Answer(question, False, lead)


def _speech(
    index: Index,
    question: str,
    speech: SpeechQuestion,
    speaker: str | None,
    top: int,
    offset: int,
) -> Answer:
    directory = index.speakers
    if speech.kind == "who_said":
        found = _quote_hits(index, directory, _who_said(index, speech.topic or "", top))
        fallback = _passages(index, speech.topic or question, top, offset, found)
        if not found:
            return Answer(
                question,
                fallback.found,
                "No quote in the articles matches that. " + fallback.lead,
                fallback.passages,
                more=fallback.more,
            )
        return Answer(
            question,
            True,
            f"{found[0].speaker} said it:",
            fallback.passages,
            found,
            fallback.more,
            found[0].speaker,
            fallback.omitted,
        )
    name = speaker or speech.speaker or ""
    matches = directory.resolve(name) if name else []
    topic_words = f"{name} {speech.topic or ''}"
    if not matches:
        fallback = _passages(index, topic_words, top, offset)
        hint = directory.suggest(name)
        lead = f"No quotes from {name} in the articles."
        lead += f" Did you mean {hint}?" if hint else ""
        if fallback.passages:
            lead += f" Passages that mention {name}:"
        return Answer(
            question,
            fallback.found,
            lead,
            fallback.passages,
            more=fallback.more,
            omitted=fallback.omitted,
        )
    person = matches[0]
    # a party or company also speaks through its spokespeople and leaders, each shown by name
    voices = directory.voices(person)[:MAX_VOICES]
    quotes = rank_quotes(directory.quotes_of(person, *voices), speech.topic)
    if speech.topic:
        topic_terms = set(tokenize(speech.topic))
        on_topic = [q for q in quotes if topic_terms & set(tokenize(q.text + " " + q.sentence))]
        quotes = on_topic or quotes
    found = _quote_hits(index, directory, quotes)
    heard = list(dict.fromkeys(hit.speaker for hit in found if hit.speaker != person))
    who = person
    if heard:
        names = ", ".join(heard[:3]) + (", ..." if len(heard) > 3 else "")
        who = f"{person} and people speaking for them ({names})"
    if not speech.topic:
        lead = f"What {who} said:"
    elif on_topic:
        lead = f"What {who} said about {speech.topic}:"
    else:
        lead = (
            f"{person} said nothing about {speech.topic} in the articles; everything {who} said:"
        )
    passages = _passages(index, topic_words, top, offset, found)
    return Answer(
        question, True, lead, passages.passages, found, passages.more, person, passages.omitted
    )


def answer(
    index: Index,
    question: str,
    *,
    top: int = 3,
    offset: int = 0,
    conversation: Conversation | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Answer `question` from `index`; `conversation` carries follow-ups within one chat."""
    read = read_question(index, question, conversation=conversation, filters=filters)
    if not read.text:
        return Answer(
            read.text,
            False,
            "Ask a question about the articles, for example "
            "“What did … say about …?” or a few words about an event.",
        )
    if read.needs_speaker:
        return Answer(read.text, False, "Who do you mean? Ask “What did <name> say?” first.")
    if read.speech is None:
        result = _passages(index, read.text, top, offset)
    else:
        result = _speech(index, read.text, read.speech, read.speaker, top, offset)
    if conversation is not None and read.speech is not None:
        # a resolved person becomes "he"/"she"; naming someone unknown starts afresh
        conversation.remember(result.speaker, time.monotonic())
    return result
