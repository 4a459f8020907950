"""Answers to "who said ...?": the quotes of the best passages' articles, ranked in context
and weighed for evidence, or the passages to fall back on; `who_said_leads` words the lead
that says how sure the match is ("X said it", or the closest quote), or that the passages
shown are no quote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.answer_record import Answer
from qabot.search.article_hits import context_in_articles
from qabot.search.article_titles import headline_terms
from qabot.search.closest_subject import (
    SAID_SUBJECT_FLOOR,
    SUBJECT_FLOOR,
    claim_subject,
    off_subject,
)
from qabot.search.criticised_names import criticised_names, of_criticised
from qabot.search.joined_words import is_filler
from qabot.search.named_stories import asked_names, story_names, unnamed_share
from qabot.search.named_subjects import surnames_alone
from qabot.search.other_stories import said_better_elsewhere
from qabot.search.passage_answers import passages_answer
from qabot.search.question_fit import fitting
from qabot.search.question_record import Question
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_evidence import IN_CONTEXT_CANDIDATES, closest_in_context, quote_evidence
from qabot.search.quote_hits import quote_hits
from qabot.search.quote_narration import told_of
from qabot.search.quoted_on_questions import asks_whoever_spoke
from qabot.search.rare_words import rarest_lacked
from qabot.search.refused_words import refuses_speaking, tells_refusal
from qabot.search.retrieval import with_highlights
from qabot.search.role_mentions import mentioned_roles
from qabot.search.said_clause import said_terms
from qabot.search.speaker_clues import SpeakerDescriptions, asked_gender, owner_roles
from qabot.search.subject import everyday_weight
from qabot.search.unnamed_claims import unnamed_in_claim
from qabot.search.who_said_leads import who_said_lead
from qabot.search.who_said_ranking import rank_who_said
from qabot.search.who_said_roles import ROLE_FIT, ROLE_WEIGHT, role_weight
from qabot.search.who_said_written import beside_verbatim, reported_modals
from qabot.search.word_forms import spelling_variants
from qabot.search.wording import echo
from qabot.text import tokenize
from qabot.text.kept_pieces import opening_text

# a subject holding one of these is someone the story names elsewhere
_PRONOUNS = frozenset("he she they we i you it".split())
WHO_SAID_PASSAGES = 50  # "who said ...": quotes are searched in the articles of this many hits


def who_said(
    index: Index, read: Question, speech: SpeechQuestion, top: int, offset: int
) -> Answer:
    """ "who said ...?": the quotes of the best passages' articles, ranked in context."""
    unnamed = unnamed_in_claim(index, speech.topic or "")
    if unnamed:  # "which minister said Zarkon Pellew was wrong": no quote can say it
        lead = f"No article names “{unnamed}”, so no quote says “{echo(speech.topic or '')}”."
        return Answer(read.text, False, lead)
    directory = index.speakers
    # "who said the plan will fail?": a report of it backshifts ("said the plan would fail")
    backshifted = reported_modals(speech.topic or "", read.topic_terms)
    if backshifted:
        read = replace(read, topic_terms=(*read.topic_terms, *backshifted))
    # an article in the other spelling ("neighborhood" for "neighbourhood") is found too
    variants = [t for t, w in index.engine.idf(spelling_variants(read.topic_terms)).items() if w]
    terms = [*read.topic_terms, *variants, *tokenize(speech.role or "")]
    hits = index.engine.search_scored(terms, WHO_SAID_PASSAGES, read.filters.passage_filter())
    # where each hit is, without making its passage: only those of the articles whose quotes
    # are weighed for evidence are read (`hits_of`); a hit of an article without quotes weighs
    # none, and the article keys stored with the hits tell most of those unread
    orders = hits.orders
    quoted = [True] * len(hits) if orders is None else index.may_have_quotes(orders)
    spans = {i: hits.span(i) for i in range(len(hits)) if quoted[i]}
    in_article: dict[str, list[int]] = {}  # the hits of each article, in rank order
    for i, (article_id, _, _) in spans.items():
        in_article.setdefault(article_id, []).append(i)
    articles = list(in_article)

    made: dict[str, tuple[tuple[Passage, float], ...]] = {}  # asked of many quotes an article

    def hits_of(article_id: str) -> tuple[tuple[Passage, float], ...]:
        found = made.get(article_id)
        if found is None:
            found = made[article_id] = tuple(
                (hits.passage(i), hits.scores[i]) for i in in_article.get(article_id, ())
            )
        return found

    quotes = index.quotes_of_articles(articles)
    names = asked_names(index, speech.topic or "")  # "Arsenal", once for both uses below
    before = index.worked_out("role_words_before")  # a quote's own, as `kept` below
    role_of = (
        role_weight(
            directory,
            speech.role,
            quotes,
            before,
            lambda article_id: [passage.text for passage, _ in hits_of(article_id)],
        )
        if speech.role
        else None
    )
    ranking = partial(
        rank_who_said,
        quotes,
        read.topic_terms,
        # a quote's passage scored below the hits kept still holds some of the question
        context_in_articles(
            index,
            terms,
            read.filters.passage_filter(),
            [(spans[i], hits.scores[i]) for i in spans],
            max(hits.scores, default=0.0) or 1.0,  # as of every hit's span
            quotes,
            whole=len(hits) < WHO_SAID_PASSAGES,
        ),
        verb_stems=frozenset(tokenize(speech.verb or "")) - {"said", "say"},
        speaker_of=directory.canonical,
        described_by=SpeakerDescriptions(directory),
        employer=directory.is_employer,
        gender=asked_gender(speech.topic or ""),
        owner_roles=owner_roles(speech.topic or ""),
        wording=speech.topic or "",
        clause=said_terms(speech.topic or "", speech.verb),
        refusal=refuses_speaking(speech.verb),
        subjects=surnames_alone(index, speech.topic or ""),
        told=told_of(in_article, spans, hits.passage, index.worked_out("narrations")),
        unnamed=unnamed_share(index, names, hits_of),
        rare_lacked=rarest_lacked(read.topic_terms, index.engine.idf(read.topic_terms), hits_of),
        story_of=story_names(names, hits_of),
        criticised=of_criticised(directory, criticised_names(index, speech.verb, speech.topic)),
        # what no question changes of a quote, kept by the generation its directory is of
        kept=index.worked_out("who_said_facts"),
        # what each candidate's story is about: its opening passage (with the pieces its
        # index stored of it, read with the article's quotes)
        openings=lambda ids: {
            a: opening_text(a, p.text) for a, p in index.engine.openings(ids).items()
        },
        role_terms=tuple(tokenize(speech.role or "")),
        headlines=headline_terms(index.articles.title),
    )
    ranked = ranking(role_of=role_of)
    if role_of is not None and speech.role:
        # "which Wales centre ...?" of a player only a story not quoting him calls one
        mentioned = mentioned_roles(index, ranked, speech.role, role_of, directory.canonical)
        if mentioned is not None:  # the ranking's only: the evidence asks the directory's
            ranked = ranking(role_of=mentioned)
    if refuses_speaking(speech.verb):
        # "who declined to comment on Y?": whoever did comment on Y is no answer
        ranked = [quote for quote in ranked if tells_refusal(quote)]
    found = beside_verbatim(quote_hits(index, directory, ranked, top, read.filters), speech.topic)
    idf = index.engine.idf(read.topic_terms)
    # "who commented on Y?" gives no words to hold the quote's own against
    whoever = asks_whoever_spoke(speech, read.text)
    evidence = None
    in_context: Quote | None = None  # the closest found in a story holding the rest apart
    if found:
        # "which partner at the firm said ...": the role is asked too, and one who holds it
        # answers that part of the question by who they are
        fits = role_of is not None and role_of(found[0].quote) >= ROLE_FIT * ROLE_WEIGHT
        role = tuple(tokenize(speech.role or "")) if fits else ()
        asked = [*read.topic_terms, *role]
        weights = index.engine.idf(asked) if role else idf
        first = found[0].quote
        weigh = partial(quote_evidence, held=role, on_topic=whoever)
        evidence = weigh(first, asked, hits_of(first.article_id), weights)
    if evidence is not None and not evidence.offered:
        # one shared word is no evidence, unless the quote's article holds the rest of the
        # question ("a con" in a story on the Budget): then that quote is the closest, and
        # only its speaker's words are shown; otherwise the nearest quote would be filler.
        # The speaker ranked first may have said it in other words of theirs ranked lower.
        person = directory.canonical(first)
        nearer = next(
            (
                quote
                for quote in ranked[:IN_CONTEXT_CANDIDATES]
                if quote is not first
                and directory.canonical(quote) == person
                and weigh(quote, asked, hits_of(quote.article_id), weights).offered
            ),
            None,
        )
        in_context = (
            None if nearer else closest_in_context(index, ranked, read.topic_terms, hits_of, idf)
        )
        closest = (
            nearer
            or in_context
            # the question in the quote's own other words, when nothing else is offered
            or (first if evidence.offered_in_other_words else None)
        )
        found = []
        if closest is not None:
            quote = closest
            person = directory.canonical(quote)
            theirs = [q for q in ranked if q is not quote and directory.canonical(q) == person]
            found = quote_hits(index, directory, [quote, *theirs], top, read.filters)
    if (
        found
        and evidence is not None
        and not evidence.sure
        and in_context is None
        and is_filler(found[0].quote, asked, hits, hits_of(found[0].quote.article_id), weights)
    ):
        # "who said the pumpkin is afraid of the tanker?": no passage puts two of its words
        # together, and a quote on tankers would be filler (`joined_words`), as a quote saying
        # none of them is beside "cheese" for "the moon is made of cheese"; a quote in a
        # story holding the rest of the question apart from it is no filler (in_context)
        found = []
    if (
        found
        and evidence is not None
        and in_context is None
        and _off_subject(index, found[0].quote, speech.topic or "", hits_of, evidence.sure)
    ):
        # "who said the economy was in good shape?": a quote in a football story shares its
        # "good shape" and none of its subject; the closest must be about what was asked
        found = []
    wording = speech.topic or read.words
    fallback = passages_answer(
        index, wording, top, offset, found, filters=read.filters, highlight=False
    )
    # a passage holding the question's words only apart ("con artist" in one paragraph of a
    # film review, "big budget" in the next), or its one weighty word alone, is filler; only
    # the passages kept are given their best sentence (most are dropped on a large archive)
    fallback = fitting(fallback, read.topic_terms, idf, {hit.quote.article_id for hit in found})
    fallback = replace(fallback, passages=with_highlights(index, fallback.passages, wording))
    closest_only = evidence is not None and not (evidence.confident and evidence.offered)
    if (
        found
        and evidence is not None
        and said_better_elsewhere(
            index,
            found[0].quote,
            ranked,
            [*read.topic_terms, *tokenize(speech.role or "")],
            fallback.passages,
            hits_of,
            role_of,
            speech.role or "",
            closest_only=closest_only or whoever,
        )
    ):
        # "who said the boy took his mother's car?": a story telling just that, in no quote,
        # answers better than a quote of a boy's mother in another story
        found = []
        fallback = passages_answer(
            index, wording, top, offset, filters=read.filters, highlight=False
        )
        fallback = fitting(fallback, read.topic_terms, idf)
        fallback = replace(fallback, passages=with_highlights(index, fallback.passages, wording))
    return who_said_lead(
        index,
        read,
        speech,
        top,
        directory=directory,
        found=found,
        fallback=fallback,
        ranked=ranked,
        quotes=quotes,
        evidence=evidence,
        idf=idf,
        role_of=role_of,
    )


def _off_subject(
    index: Index,
    quote: Quote,
    topic: str,
    hits_of: Callable[[str], Sequence[tuple[Passage, float]]],
    sure: bool = False,
) -> bool:
    """Return whether the quote's story says nothing of the claim's subject
    (`closest_subject`), its title and opening read only when the subject's words are not
    around the quote. A quote saying the rest of the claim (`sure`: "X said it") must say it
    of the subject: its story covers more of the subject's meaning (SAID_SUBJECT_FLOOR), but a
    subject holding a pronoun ("he feared he had ...") or of everyday words only ("people would
    give up on Europe": "everyone will go off the European project") names nobody apart."""
    subject = claim_subject(topic)
    if not subject:
        return False
    if sure:
        if _PRONOUNS.intersection(subject.casefold().split()):
            return False  # "he feared he had burned his bridges": whoever "he" is
        terms = tokenize(subject)
        weights = index.engine.idf(terms)
        common = everyday_weight(len(index.engine))
        if not any((weights.get(term) or common) >= common for term in terms):
            return False
    article = quote.article_id
    opening = index.engine.openings([article]).get(article)
    story = f"{index.articles.title(article) or ''}. {opening.text if opening else ''}"
    floor = SAID_SUBJECT_FLOOR if sure else SUBJECT_FLOOR
    return off_subject(quote, subject, hits_of(article), story, floor)
