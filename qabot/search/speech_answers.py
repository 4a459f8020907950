"""Answers to "what did X say (about Y)?": X's own words, ranked by the topic in context, and
people never quoted or named nowhere answered honestly ("who said ...?" is `who_said_answer`).

It takes the question as read once (`Question`) and ends with the passages that add to the
quotes shown (`passages_answer`).
"""

from __future__ import annotations

from dataclasses import replace

from qabot.attribution import is_description, is_group
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.answer_record import Answer, passages_answer
from qabot.search.filter_misses import date_span
from qabot.search.kind_answers import kind_off_topic
from qabot.search.question import Question
from qabot.search.question_fit import fitting
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_hits import fit_phone, quote_hits
from qabot.search.quote_ranking import Context, rank_in_context, spread, terms_of
from qabot.search.retrieval import hits_in_articles
from qabot.search.unknown_speakers import unknown_speaker
from qabot.search.word_forms import kin_forms
from qabot.search.wording import TAIL_WORDS, echo
from qabot.text import tokenize

MAX_QUOTES = 50  # an answer lists at most this many quotes of one person
MAX_VOICES = 10  # ... and of at most this many people speaking for a party or company
CONTEXT_PASSAGES = 100  # "what did X say about Y": passages that rank X's quotes by topic
ABOUT_TOPIC = 0.5  # an article whose best passage scores this share of the best is about it


def _with_article(person: str, asked: str) -> str:
    """Return `person` as a lead names them: "the White House" where the reader wrote "the
    white house" for a body the articles name without its article."""
    if asked.casefold() == f"the {person.casefold()}" and is_group(person):
        return f"the {person}"
    return person


def _mentions_apart(found: Context, article_id: str) -> int:
    """Return how many passages of the article that `found` holds do not overlap: one sentence
    naming the topic (in two passages sharing its paragraph) does not make the article about it,
    however well it scores where the archive holds little else on the topic."""
    count, end = 0, -1
    for start, stop, _ in sorted(found.spans.get(article_id, ())):
        if start >= end:
            count += 1
            end = stop
    return count


def what_said(
    index: Index,
    read: Question,
    speech: SpeechQuestion,
    top: int,
    offset: int,
    *,
    undated: bool = False,
) -> Answer:
    """ "what did X say (about Y)?": X's own words, ranked by the topic in context; with
    `undated`, only their words (and passages) in articles without a date."""
    person = read.speaker
    if person is None:
        return unknown_speaker(index, read, speech.speaker or "", top, offset)
    if read.ask_which:
        offered = read.choices
        listed = ", ".join(offered[:-1]) + f" or {offered[-1]}"
        return Answer(
            read.text,
            True,
            f"Several people {_called(speech.speaker or '')} are quoted. Do you mean {listed}?",
            choices=offered,
            topic=speech.topic,
        )
    directory = index.speakers
    # a party or company also speaks through its spokespeople and leaders, each shown by name
    # ... and a kind of people ("experts") through everyone the articles call so
    voices = list(read.kind_speakers) if read.kind else directory.voices(person)[:MAX_VOICES]
    quotes = [
        q
        for q in directory.quotes_of(person, *voices)
        if (q.article_id, q.start) not in read.shown and not (undated and _dated(index, q))
    ]
    on_topic = True
    near_topic = False  # a passage holding one of the best quotes names the topic
    if read.topic_terms:
        terms = [*tokenize(person), *read.topic_terms]
        articles = {q.article_id for q in quotes}  # all the contexts are asked about
        context = _context(index, terms, articles)
        topical = _context(index, list(read.topic_terms), articles)
        quotes = spread(rank_in_context(quotes, read.topic_terms, context, topical))
        topic = set(read.topic_terms)
        on_topic = any(
            not topic.isdisjoint(
                (*terms_of(q.text), *terms_of(q.sentence), *terms_of(_title(index, q)))
            )
            for q in quotes[:MAX_QUOTES]
        )
        near_topic = any(topical.passage(q) > 0 for q in quotes[:MAX_QUOTES])
    if read.topic_terms and on_topic:
        # under "What X said about Y" only words about Y: in the quote or its sentence, in the
        # passage holding it (found by the topic's words alone) or in its article's title
        # a form of a topic word counts ("the Chinese" for "China", as in ranking)
        spoken = {t for q in quotes for t in (*terms_of(q.text), *terms_of(q.sentence))}
        on_words = topic | kin_forms(topic, spoken - topic).keys()
        held = [
            q
            for q in quotes
            if not on_words.isdisjoint((*terms_of(q.text), *terms_of(q.sentence)))
            or topical.passage(q) > 0
            or not topic.isdisjoint(terms_of(_title(index, q)))
        ]
        # and their other words in an article about Y that holds some of these: a speech or
        # interview goes on about its subject without naming it in every sentence
        about_y = {
            q.article_id
            for q in held
            if (
                max(topical.article(q.article_id), context.article(q.article_id)) >= ABOUT_TOPIC
                and _mentions_apart(topical, q.article_id) >= 2
            )
            or not topic.isdisjoint(terms_of(_title(index, q)))
        }
        on = {id(q) for q in held}
        quotes = [q for q in quotes if id(q) in on or q.article_id in about_y] or quotes
    # without a topic the quotes are a timeline, newest first; with one, best answer first,
    # unless "latest" asks for the newest of those on the topic first
    timeline = not read.topic_terms or read.filters.recent
    found = quote_hits(index, directory, quotes, MAX_QUOTES, read.filters, timeline, fuller=True)
    if read.topic_terms and read.filters.recent:
        topic = set(read.topic_terms)  # on the topic first, each part still newest first
        found.sort(
            key=lambda hit: not topic & {*terms_of(hit.quote.text), *terms_of(hit.quote.sentence)}
        )
    ranked = found  # passages below repeat none of them, shown now or after "more"
    found = fit_phone(found, top)  # the best that fit a phone; "more" shows the others
    heard = list(dict.fromkeys(hit.speaker for hit in found if hit.speaker != person))
    # "the White House", as the reader wrote it: a body named like a thing takes "the"
    shown_as = _with_article(person, speech.speaker or "")
    who = shown_as
    if heard:
        names = ", ".join(heard[:3]) + (", ..." if len(heard) > 3 else "")
        who = (
            f"{shown_as} ({names})"
            if read.kind
            else (f"{shown_as} and people speaking for them ({names})")
        )
    if read.kind and read.shown and not on_topic:  # "more" after their words on the topic
        return Answer(read.text, False, f"Nothing more from {person} on that in the articles.")
    if read.kind and read.topic_terms and not on_topic:
        near = quote_hits(
            index, directory, [q for q in quotes if topical.passage(q) > 0], top, read.filters
        )
        return kind_off_topic(index, read, read.kind, speech.topic or "", top, offset, near)
    asked = echo(speech.asked or "said")  # a lead line, not the whole of a pasted essay
    if read.shown and not found:
        lead = f"Nothing more from {shown_as} in the articles."
    elif not found and read.filters:
        lead = f"No quotes from {shown_as} in these articles."
    elif not found:
        lead = f"No quotes from {shown_as} in the articles."
    elif on_topic:
        # "how did X react to Y?": "How X reacted to Y:", never "What X reacted to Y:"
        how = read.text.lstrip(" \"'“(").casefold().startswith("how ") and not read.shown
        lead = (
            f"What else {who} {asked}:"
            if read.shown
            else f"{'How' if how else 'What'} {who} {asked}:"
        )
    elif read.shown:  # "more" after their words on the topic: none left on it
        lead = f"Nothing more from {shown_as} on that; everything else {who} said:"
    else:
        # "about tanks" reads as it stands; "after losing" is a tail, not a subject
        opening = (speech.topic or "").casefold().split()[:1]
        joined = "" if set(opening) & TAIL_WORDS else "about "
        shown_topic = echo(speech.topic or "")
        lead = (
            f"{shown_as[:1].upper()}{shown_as[1:]} said nothing {joined}{shown_topic} in the "
            f"articles; everything {who} said:"
        )
        if near_topic and joined:
            # words said where the article speaks of the topic may well be about it ("Mutu was
            # sacked by Chelsea. But he said: ...") though they never name it
            lead = (
                f"No words of {shown_as} name {shown_topic} in the articles; everything {who} "
                f"said, first where the articles mention it:"
            )
    others = ", ".join(c for c in read.choices if c != person)
    if read.misspelt:
        lead = f"No one called {read.misspelt} is named in the articles; read as {person}. " + lead
    elif others and read.unsure:
        lead = f"“{speech.speaker}” may mean {person} or {others}; ask by full name. " + lead
    elif others:
        lead = f"(Others called {speech.speaker}: {others}.) " + lead
    passages = (
        Answer(read.text, True, "")  # "more" of their words: passages came with the first
        if read.shown and found
        else passages_answer(
            index,
            f"{person} {speech.topic or ''}",
            top,
            offset,
            ranked,
            filters=read.filters,
            about=read.topic_terms,  # about the topic, not only about the person
        )
    )
    if undated:
        passages = replace(
            passages, passages=[hit for hit in passages.passages if not hit.article.date]
        )
    if read.topic_terms and not on_topic:
        # under "X said nothing about Y" a passage on Y that does not name X is filler
        named = [*tokenize(person)[-1:], *read.topic_terms]
        passages = fitting(passages, named, index.engine.idf(named))
    return Answer(
        read.text,
        bool(found or passages.passages),  # a lead saying there is nothing is not an answer
        lead,
        passages.passages,
        found,
        passages.more,
        person,
        passages.omitted,
        choices=read.choices,
        more_from=person if speech.topic and found else None,  # the topic narrowed it down
        topic=speech.topic,
        quotes_left=len(ranked) - len(found),
        quotes_beyond=len(ranked) == MAX_QUOTES,
    )


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
    span = date_span(read.filters.since, read.filters.until)
    lead = (
        f"No dated article {span} quotes {result.speaker}; these are from articles without "
        f"a date. {result.lead}"
    )
    return replace(result, lead=lead)


def _called(phrase: str) -> str:
    """Return how the people a phrase may mean are named: "called Smith", or "the articles
    call the minister" for a role."""
    return f"the articles call {phrase}" if is_description(phrase) else f"called {phrase}"


def _context(index: Index, terms: list[str], articles: set[str]) -> Context:
    """Return the Context of the archive's best CONTEXT_PASSAGES for `terms`, read only in
    `articles` (those of the quotes it weighs: reading a passage costs far more than finding
    it)."""
    hits, best = hits_in_articles(index, terms, CONTEXT_PASSAGES, articles)
    return Context(Context.of(hits).spans, best or 1.0)


def _dated(index: Index, quote: Quote) -> bool:
    info = index.articles.get(quote.article_id)
    return bool(info and info.date)


def _title(index: Index, quote: Quote) -> str:
    info = index.articles.get(quote.article_id)
    return info.title if info else ""
