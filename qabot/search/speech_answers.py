"""Answers to speech questions: "what did X say (about Y)?", "who said ...?", and people never
quoted or named nowhere, answered honestly.

Each takes the question as read once (`Question`) and ends with the passages that add to the
quotes shown (`passages_answer`).
"""

from __future__ import annotations

from qabot.attribution import is_description, is_group
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.answer_record import Answer, passages_answer
from qabot.search.kind_answers import kind_off_topic
from qabot.search.question import Question
from qabot.search.question_fit import fitting
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_evidence import closest_in_context, quote_evidence
from qabot.search.quote_hits import quote_hits
from qabot.search.quote_ranking import Context, rank_in_context, terms_of
from qabot.search.retrieval import hits_in_articles
from qabot.search.unknown_speakers import unknown_speaker
from qabot.search.who_said_ranking import (
    ROLE_WEIGHT,
    SpeakerDescriptions,
    rank_who_said,
    role_weight,
)
from qabot.search.word_forms import kin_forms, spelling_variants
from qabot.text import tokenize

MAX_QUOTES = 50  # an answer lists at most this many quotes of one person
MAX_VOICES = 10  # ... and of at most this many people speaking for a party or company
WHO_SAID_PASSAGES = 50  # "who said ...": quotes are searched in the articles of this many hits
CONTEXT_PASSAGES = 100  # "what did X say about Y": passages that rank X's quotes by topic
# words that open a tail read as it stands ("said nothing after the vote")
_TAIL_WORDS = frozenset("after when in at to during before while as on that if whether".split())
ROLE_FIT = 0.5  # share of the role asked a speaker must hold to answer it by who they are
ABOUT_TOPIC = 0.5  # an article whose best passage scores this share of the best is about it
PASSAGES_INSTEAD = "Passages with some of its words:"
# ... and when no passage holds its words together either
NOTHING_MATCHES = "No quote or passage in the articles matches that."


def who_said(
    index: Index, read: Question, speech: SpeechQuestion, top: int, offset: int
) -> Answer:
    """ "who said ...?": the quotes of the best passages' articles, ranked in context."""
    directory = index.speakers
    # an article in the other spelling ("neighborhood" for "neighbourhood") is found too
    variants = [t for t, w in index.engine.idf(spelling_variants(read.topic_terms)).items() if w]
    hits = index.engine.search(
        [*read.topic_terms, *variants, *tokenize(speech.role or "")],
        WHO_SAID_PASSAGES,
        read.filters.passage_filter(),
    )
    articles = list(dict.fromkeys(passage.article_id for passage, _ in hits))
    quotes = index.quotes_of_articles(articles)
    role_of = role_weight(directory, speech.role, quotes) if speech.role else None
    ranked = rank_who_said(
        quotes,
        read.topic_terms,
        Context.of(hits),
        verb_stems=frozenset(tokenize(speech.verb or "")) - {"said", "say"},
        role_of=role_of,
        speaker_of=directory.canonical,
        described_by=SpeakerDescriptions(directory),
    )
    found = quote_hits(index, directory, ranked, top, read.filters)
    idf = index.engine.idf(read.topic_terms)
    evidence = None
    if found:
        # "which partner at the firm said ...": the role is asked too, and one who holds it
        # answers that part of the question by who they are
        fits = role_of is not None and role_of(found[0].quote) >= ROLE_FIT * ROLE_WEIGHT
        role = tuple(tokenize(speech.role or "")) if fits else ()
        asked = [*read.topic_terms, *role]
        evidence = quote_evidence(
            found[0].quote, asked, hits, index.engine.idf(asked) if role else idf, held=role
        )
    if evidence is not None and not evidence.offered:
        # one shared word is no evidence, unless the quote's article holds the rest of the
        # question ("a con" in a story on the Budget): then that quote is the closest, and
        # only its speaker's words are shown; otherwise the nearest quote would be filler
        closest = closest_in_context(index, ranked, read.topic_terms, hits, idf)
        found = []
        if closest is not None:
            quote = closest
            person = directory.canonical(quote)
            theirs = [q for q in ranked if q is not quote and directory.canonical(q) == person]
            found = quote_hits(index, directory, [quote, *theirs], top, read.filters)
    fallback = passages_answer(
        index, speech.topic or read.words, top, offset, found, filters=read.filters
    )
    # a passage holding the question's words only apart ("con artist" in one paragraph of a
    # film review, "big budget" in the next), or its one weighty word alone, is filler
    fallback = fitting(fallback, read.topic_terms, idf, {hit.quote.article_id for hit in found})
    if not found and not fallback.passages:
        # nothing to show: one line, not "no quote matches" followed by "nothing matches"
        lead = NOTHING_MATCHES if fallback.found else fallback.lead
        return Answer(read.text, False, lead, omitted=fallback.omitted)
    if not found:
        # the passages hold the question's words, maybe in another sense ("a con artist" in
        # "a big budget film"): no heading may call them matches of what was said
        lead = PASSAGES_INSTEAD if fallback.passages else fallback.lead
        return Answer(
            read.text,
            fallback.found,
            "No quote in the articles matches that. " + lead,
            fallback.passages,
            more=fallback.more,
            omitted=fallback.omitted,
        )
    return Answer(
        read.text,
        True,
        f"{found[0].speaker} said it:"
        if evidence is None or (evidence.confident and evidence.offered)
        else f"No quote says that in those words; the closest is {_whose(found[0].speaker)}:",
        fallback.passages,
        found,
        fallback.more,
        found[0].speaker,
        fallback.omitted,
        more_from=found[0].speaker,
    )


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
    index: Index, read: Question, speech: SpeechQuestion, top: int, offset: int
) -> Answer:
    """ "what did X say (about Y)?": X's own words, ranked by the topic in context."""
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
        if (q.article_id, q.start) not in read.shown
    ]
    on_topic = True
    near_topic = False  # a passage holding one of the best quotes names the topic
    if read.topic_terms:
        terms = [*tokenize(person), *read.topic_terms]
        articles = {q.article_id for q in quotes}  # all the contexts are asked about
        context = _context(index, terms, articles)
        topical = _context(index, list(read.topic_terms), articles)
        quotes = rank_in_context(quotes, read.topic_terms, context, topical)
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
    if read.kind and read.topic_terms and not on_topic:
        return kind_off_topic(index, read, read.kind, speech.topic or "", top, offset)
    asked = speech.asked or "said"
    if read.shown and not found:
        lead = f"Nothing more from {shown_as} in the articles."
    elif not found and read.filters:
        lead = f"No quotes from {shown_as} in these articles."
    elif not found:
        lead = f"No quotes from {shown_as} in the articles."
    elif on_topic:
        lead = f"What else {who} {asked}:" if read.shown else f"What {who} {asked}:"
    else:
        # "about tanks" reads as it stands; "after losing" is a tail, not a subject
        opening = (speech.topic or "").casefold().split()[:1]
        joined = "" if set(opening) & _TAIL_WORDS else "about "
        lead = (
            f"{shown_as[:1].upper()}{shown_as[1:]} said nothing {joined}{speech.topic} in the "
            f"articles; everything {who} said:"
        )
        if near_topic and joined:
            # words said where the article speaks of the topic may well be about it ("Mutu was
            # sacked by Chelsea. But he said: ...") though they never name it
            lead = (
                f"No words of {shown_as} name {speech.topic} in the articles; everything {who} "
                f"said, first where the articles mention it:"
            )
    others = ", ".join(c for c in read.choices if c != person)
    if read.misspelt:
        lead = f"No one called {read.misspelt} is named in the articles; read as {person}. " + lead
    elif others and read.unsure:
        lead = f"“{speech.speaker}” may mean {person} or {others}; ask by full name. " + lead
    elif others:
        lead = f"(Others called {speech.speaker}: {others}.) " + lead
    passages = passages_answer(
        index,
        f"{person} {speech.topic or ''}",
        top,
        offset,
        found,
        filters=read.filters,
        about=read.topic_terms,  # about the topic, not only about the person
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
    )


def _whose(speaker: str) -> str:
    """Return the possessive of a speaker: "Ana Ruiz's", "the opposition parties'"."""
    return f"{speaker}'" if speaker.endswith("s") and is_group(speaker) else f"{speaker}'s"


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


def _title(index: Index, quote: Quote) -> str:
    info = index.articles.get(quote.article_id)
    return info.title if info else ""
