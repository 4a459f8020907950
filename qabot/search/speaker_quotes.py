"""A speaker's quotes for "what did X say (about Y)?", ranked by the topic in context and held
to those about it (`spoken`); shared by the answer for one person (`speech_answers`) and the
answer for a role several people may hold (`unsure_roles`), so both judge "about Y" alike.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from qabot.attribution import is_description, is_group
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.article_hits import hits_in_articles
from qabot.search.lead_ins import lead_in_terms, running_on
from qabot.search.name_writing import term_capitalised
from qabot.search.question_record import Question
from qabot.search.quote_pieces import quoted_again, with_run_ons
from qabot.search.quote_ranking import Context, rank_in_context
from qabot.search.quote_spread import spread
from qabot.search.telling_words import (
    another_kind,
    compound,
    telling_terms,
    title_terms,
    weakest,
)
from qabot.search.topic_cover import topic_held
from qabot.search.topic_forms import as_asked
from qabot.search.topic_people import beside_topic, people_named
from qabot.search.topic_settings import without_own_roles, without_setting
from qabot.search.topic_stories import (
    in_whole_stories,
    mentions_apart,
    naming,
    telling_stories,
    title,
)
from qabot.search.wording import OCCASION_WORDS
from qabot.text import terms_of, tokenize

MAX_QUOTES = 50  # an answer lists at most this many quotes of one person
MAX_VOICES = 10  # ... and of at most this many people speaking for a party or company
CONTEXT_PASSAGES = 100  # "what did X say about Y": passages that rank X's quotes by topic
ABOUT_TOPIC = 0.5  # an article whose best passage scores this share of the best is about it


@dataclass(frozen=True, slots=True)
class Spoken:
    """A speaker's quotes as an answer ranks them, and whether any is about the topic."""

    quotes: list[Quote]  # best first; with a topic they speak of, only those about it
    on_topic: bool = True  # some of them name the topic (always, when none is asked)
    near_topic: bool = False  # a passage holding one of the best quotes names the topic
    near: tuple[Quote, ...] = ()  # of the quotes, those whose passage names the topic
    ranked: tuple[Quote, ...] = ()  # all of them, best first (about the topic or not)
    # when not on the topic, those holding an everyday word of it (`telling_terms`) or near
    # them, in a story naming a telling word of it: what tells apart people a role may mean
    # when none speaks of the topic as such
    loose: tuple[Quote, ...] = ()


def spoken(
    index: Index,
    read: Question,
    person: str,
    quotes: list[Quote],
    *,
    whole_topic: frozenset[str] = frozenset(),
) -> Spoken:
    """Return `quotes` (those of `person` and the voices speaking for them) ranked by the
    question's topic in context; when some are about it, only those and their other words in
    an article about it. The speakers in `whole_topic` (as written; the forces and spokesmen
    of "police" asked for generically) are held to articles holding every word of the topic
    when some article does: each speaks in a story of their own."""
    if not read.topic_terms:
        return Spoken(quotes, ranked=tuple(quotes))
    read = replace(read, topic_terms=without_own_roles(index, read.topic_terms, person))
    articles = {q.article_id for q in quotes}  # all the contexts are asked about
    ranking = without_setting(index, read, articles)
    context, named_hits = _context(index, [*tokenize(person), *ranking], articles)
    hits, best = hits_in_articles(
        index, list(ranking), CONTEXT_PASSAGES, articles, share=ABOUT_TOPIC
    )
    topical = Context(Context.of(hits).spans, best or 1.0)
    named = naming(read.speech.topic if read.speech else "", hits)
    if named is None:  # no name: the stories holding what tells the topic (not its everyday words)
        named = telling_stories(index, telling_terms(index, ranking, person), hits)
    # another story's words take a place among the first by a word of the topic, or when
    # that story is about it: a speech goes on about its subject without naming it
    leads = lead_in_terms(quotes, ranking, [passage for passage, _ in (*hits, *named_hits)])
    led = [q for q, lead in zip(quotes, leads, strict=True) if lead]
    quotes = spread(
        rank_in_context(
            quotes, ranking, context, topical, leads, topic_held(index, hits, ranking)
        ),
        naming=named,
        topic=ranking,
        near=lambda q: _about(q.article_id, topical, context),
    )
    if ranking != read.topic_terms:  # the passages found by the whole topic judge "about Y"
        hits, best = hits_in_articles(
            index, list(read.topic_terms), CONTEXT_PASSAGES, articles, share=ABOUT_TOPIC
        )
        topical = Context(Context.of(hits).spans, best or 1.0)
        context, _ = _context(index, [*tokenize(person), *read.topic_terms], articles)
    ranked = tuple(quotes)
    topic = set(read.topic_terms)
    telling = telling_terms(index, topic, person)

    # a verb's form of a topic word counts as the word ("lost" of "losing": `as_asked`)
    def in_story(article_id: str) -> bool:
        return topical.article(article_id) > 0

    # a body speaks on many things in one story ("The US said it could not approve Iran's
    # application" in a story on Iraq's): its words are on the topic only by their own words,
    # not by the story's title or passage (`own_words_only`); its spokesmen's and named
    # voices' words go on about their subject as a person's do
    directory = index.speakers
    bodies = {id(q) for q in quotes if own_words_only(directory.canonical(q))}
    written = read.speech.topic if read.speech and read.speech.topic else ""
    people = {term for run in people_named(index, written) for term in tokenize(run)}
    # the role beside their every quote ("said X, chief economist") is no word on the topic
    roles = {term for word in directory.roles_of(person) for term in tokenize(word)}
    said_terms = as_asked(
        topic,
        [
            (
                q.article_id,
                {
                    *terms_of(q.text),
                    *terms_of(q.sentence),
                    *(() if id(q) in bodies else title_terms(title(index, q), written)),
                },
            )
            for q in quotes[:MAX_QUOTES]
        ],
        in_story,
        inflected=True,
        apart=people | roles,
        named=lambda term: term_capitalised(index, term),
    )
    beside = beside_topic(topic, people, hits, topical)
    # the commonest of three or more telling words meets the topic only in a story on it: a
    # match report's "we've let the fans down" is not on "jamieson's plan to ban bigoted
    # fans"; "a bigger sentence" in a story on sentences for gambling cheats is
    weak = weakest(index, telling)
    meeting = telling - weak
    # ... nor the head of "id cards" alone, written as another kind ("our pledge card")
    pair = compound(written, telling)

    def texts(q: Quote) -> list[str]:  # what `said_terms` read of it
        return [q.text, q.sentence] if id(q) in bodies else [q.text, q.sentence, title(index, q)]

    on_topic = any(
        (
            not meeting.isdisjoint(terms)
            or (not telling.isdisjoint(terms) and beside.article(q.article_id) > 0)
        )
        and not another_kind(pair, telling & terms, texts(q), written)
        for q, terms in zip(quotes, said_terms, strict=False)
    )
    loosely = on_topic or any(not topic.isdisjoint(terms) for terms in said_terms)
    # ... nor does a passage naming it only by that word: a match report's "the fans sang" is
    # no mention of the plan, and "No words of X name Y" would say X's words there may be on it
    # (unless the topic names nothing else but people: "tackles" of "Gavin Henson's tackles")
    weak = weak if topic - people - weak else set()
    mentions = beside_topic(topic, people, hits, topical, weak) if weak else beside
    near_topic = any(mentions.passage(q) > 0 for q in quotes[:MAX_QUOTES])
    near = tuple(q for q in quotes if mentions.passage(q) > 0)
    # (where none of their words name the topic, not a sentence naming only someone quoted:
    # a match report names both players beside every word of theirs; nor only its commonest)
    after = _after_naming(index, telling if loosely else telling - people - weak, articles)
    following = with_run_ons(
        [q for q in quotes if any(a <= q.start < b for a, b in after.get(q.article_id, ()))],
        quotes,
    )
    if not loosely:
        # none of their words name the topic: those right after a sentence naming it come
        # first, said where the articles mention it ("As to his own future, he is clear. He
        # intends to go on 'with a view to leading it ...'")
        first = {id(q) for q in following}
        quotes = [*following, *(q for q in quotes if id(q) not in first)]
        near = (*following, *(q for q in near if id(q) not in first))
        return Spoken(quotes, False, near_topic or bool(following), near, ranked)
    # under "What X said about Y" only words about Y: in the quote or its sentence, in the
    # passage holding it (found by the topic's words alone) or in its article's title
    # a form of a topic word counts ("the Chinese" for "China", as in ranking; `as_asked`)
    said = as_asked(
        topic,
        [(q.article_id, {*terms_of(q.text), *terms_of(q.sentence)}) for q in quotes],
        in_story,
    )
    held = [
        q
        for q, words in zip(quotes, said, strict=True)
        if not topic.isdisjoint(words)
        or (
            id(q) not in bodies
            and (
                topical.passage(q) > 0
                or not topic.isdisjoint(title_terms(title(index, q), written))
            )
        )
    ]
    # and their other words in an article about Y that holds some of these: a speech or
    # interview goes on about its subject without naming it in every sentence; an occasion
    # ("in her lecture at the LSE") is named once, where the report of it opens ("In a lecture
    # at the LSE, X said ..."), and the speaker's other words in it are what was said there
    opening = (read.speech.topic if read.speech else "") or ""
    occasion = bool(set(opening.casefold().split()[:1]) & OCCASION_WORDS)
    about_y = {
        q.article_id
        for q in held
        if _about(q.article_id, topical, context)
        or not topic.isdisjoint(terms_of(title(index, q)))
        or (occasion and topic <= {*terms_of(q.text), *terms_of(q.sentence)})
    }
    on = {id(q) for q in held}
    # and the fuller words a held fragment quotes a part of ("out of control", then "I was
    # pretty much out of control. ..."): the same words, said about the same thing
    in_article: dict[str, list[Quote]] = {}
    for q in quotes:
        in_article.setdefault(q.article_id, []).append(q)
    on |= {id(q) for part in held for q in in_article[part.article_id] if quoted_again(part, q)}
    # and the words in quote marks answering the writer's sentence naming the topic just
    # before (`lead_ins`), with the words running on from them: ranked by that sentence's
    # topic words, they stand where the ranking put them, not after every word held above
    after_topic = {id(q) for q in following}
    on |= {id(q) for q in running_on(led, quotes) if id(q) in after_topic}
    kept = [q for q in quotes if id(q) in on or (id(q) not in bodies and q.article_id in about_y)]
    # then their words right after a sentence naming what tells the topic, however far
    # below the archive's best passages on the whole topic its passage ranks ("And he
    # branded the response to the tsunami as poor. 'The people there need practical help,'
    # he said." of "the Asian tsunami"): weaker than the words above, they follow them
    among = {id(q) for q in kept}
    kept += [q for q in following if id(q) not in among]
    kept = kept or quotes
    if whole_topic:
        kept = in_whole_stories(index, kept, whole_topic, topic, hits)
    if not on_topic:  # only everyday words of the topic: no heading says they are about it
        # they tell whose words these are only in a story naming what tells it (not a judge's
        # "case" in stories never naming "the michael jackson case")
        there = tuple(q for q in kept if q.article_id in after)
        return Spoken(quotes, False, near_topic, near, ranked, loose=there)
    return Spoken(kept, True, near_topic, near, ranked)


def own_words_only(speaker: str) -> bool:
    """Return whether `speaker` is a body named so ("US", "MPs"), not a person nor a
    description of one: its words are on a topic only where they name it."""
    return is_group(speaker) and not is_description(speaker)


def _about(article_id: str, topical: Context, context: Context) -> bool:
    """Return True when the article is about the topic: its best passage scores ABOUT_TOPIC
    of the best (by the topic's words alone, or with the speaker's name) and two passages
    apart mention it."""
    return (
        max(topical.article(article_id), context.article(article_id)) >= ABOUT_TOPIC
        and mentions_apart(topical, article_id) >= 2
    )


def _after_naming(
    index: Index, terms: Collection[str], articles: set[str]
) -> dict[str, list[tuple[int, int]]]:
    """Return, per article of `articles`, the spans (article offsets) of each sentence
    holding one of `terms` and the sentence after it, in the best CONTEXT_PASSAGES of those
    articles holding one."""
    if not terms:
        return {}
    where = PassageFilter(articles=frozenset(articles))
    found: dict[str, list[tuple[int, int]]] = {}
    for passage, _ in index.engine.search(sorted(terms), CONTEXT_PASSAGES, where):
        spans = passage.sentence_spans()
        said = passage.sentence_terms or tuple(
            " ".join(terms_of(passage.text[a:b])) for a, b in spans
        )
        for at, (start, end) in enumerate(spans):
            if at < len(said) and not set(terms).isdisjoint(said[at].split()):
                stop = spans[at + 1][1] if at + 1 < len(spans) else end
                found.setdefault(passage.article_id, []).append(
                    (passage.start + start, passage.start + stop)
                )
    return found


def _context(
    index: Index, terms: list[str], articles: set[str]
) -> tuple[Context, list[tuple[Passage, float]]]:
    """Return the Context of the archive's best CONTEXT_PASSAGES for `terms`, read only in
    `articles` (those of the quotes it weighs: reading a passage costs far more than finding
    it), and those passages."""
    hits, best = hits_in_articles(index, terms, CONTEXT_PASSAGES, articles)
    return Context(Context.of(hits).spans, best or 1.0), hits
