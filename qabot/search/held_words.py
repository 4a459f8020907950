"""Held words: what the best passages hold of a question, for the answer's floor and leads.

`holds_most` is the floor of relevance (one passage holds most of the question's weight);
`unasked_check` tells when the passages mention the question's subject but no sentence of theirs
holds it with a word asked of it; `held_words` lists the words they hold, for a partial lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.article_titles import article_title_terms
from qabot.search.country_adjectives import adjective_terms
from qabot.search.duplicates import held_terms
from qabot.search.hit_record import Hit, Ranked
from qabot.search.partial_match import listed, question_weights
from qabot.search.phrasal_uses import phrasal_uses
from qabot.search.recency import NEWS_WORDS
from qabot.search.relevance import ABOUT_SHARE, coverage
from qabot.search.spelling import word_terms
from qabot.search.who_did import writes_phrasal
from qabot.search.wording import echo
from qabot.text import TYPED_WORD, sentence_spans, tokenize
from qabot.text.lexicon import PHRASAL_VERBS, first_name_gender
from qabot.text.patterns import lazy

# a question with no name or key word that passages must hold (`qabot.search.subject`), and
# no passage matching this share of its weight (idf, title words at half), is not answered:
# the best passages then hold a word or two each ("price of a pint of milk": a milk firm, a
# penny on a pint of beer), filler however it is introduced. Passages that hold the subject
# ("Vodafone" of "how much profit did Vodafone make") are shown under a partial lead instead.
MOST_SHARE = 0.5
# a question whose best passages mention its subject ("Tony Blair") but no sentence of them
# holds it with a word asked of it ("how tall is tony blair"; "what is the capital of france"
# over a "capital Buenos Aires" a few sentences from "France"): they say nothing of what is
# asked, and the answer says so rather than show them ('no sentence about “tony blair” has
# “tall”')
UNASKED = "no sentence about"
# only a question that asks something ("how", "where", "is", ...) is held to it: a topic's
# words are looser
_ASKS = lazy(
    r"\s*(?:what|what's|who|who's|whom|whose|when|where|which|why|how|is|are|was|were|do|"
    r"does|did|can|could|will|would|has|have|had|should)\b",
    re.IGNORECASE,
)
# a sentence going on about the one named before it ("... Chris Tarrant. He left ...")
PERSON_OPENING = lazy(r"\s*(?:He|She)\b")
NEAR_READ = 50  # passages of their articles holding an asked word read for the subject's words


@dataclass(frozen=True, slots=True)
class Unasked:
    """What `unasked_check` found of the best passages and what is asked of their subject."""

    lead: str | None = None  # what they lack ('no sentence about “X” has “tall”'), if they do
    # a passage of a story whose title names the subject that holds what is asked of it, though
    # not the subject's own words ("The British-born presenter is in London" under "Springer
    # criticises ..."): it tells what the hits do not, and is shown first
    told: Passage | None = None


def unasked_check(index: Index, words: str, ranked: Ranked) -> Unasked:
    """Return what the best passages lack when they mention the question's subject but no
    sentence of theirs holds it with another word of the question (news words aside: "what
    happened to X" asks nothing of X), nor does any other passage of their articles (any
    passage of a story titled with the subject is about it, as each of its sentences is):
    'no sentence about “tony blair” has “tall”'; else an empty lead, with the passage that
    holds what is asked only in a story about the subject (`Unasked.told`)."""
    if not _ASKS.match(words):
        return Unasked()  # a topic ("steve jobs keynote") may be met in other words ("speech")
    weights = question_weights(index, words)
    named = set(ranked.subject_terms)
    asked = {
        term
        for term in weights
        if term not in named and term not in NEWS_WORDS and any(map(str.isalpha, term))
    }  # a year is asked of a thing ("the 2004 Davis Cup"), seldom written beside its name
    if not asked or not named & weights.keys():
        return Unasked()
    named |= adjective_terms(named)  # "the French government" is about France
    # "why did X step down": "X resigned" holds it in one word; the lead names the phrase
    phrasal = phrasal_uses(words)
    in_phrases = {term for typed, _ in phrasal for term in tokenize(typed)}
    # ... and its verb alone does not: "a step forward" is no stepping down (the phrase
    # itself is read in the sentence, `_together`)
    asked = {term for term in asked if term not in in_phrases}
    asked |= {term for _, senses in phrasal for term in senses}
    phrases = _listed_phrases({senses for _, senses in phrasal})
    titled = set()  # the articles whose title names the subject
    for hit in ranked.hits:
        title = set(article_title_terms(hit.passage, hit.article.title))
        if title & named:
            titled.add(hit.passage.article_id)
        if title & asked or _together(
            hit.passage, named, asked, about=bool(title & named), phrases=phrases
        ):
            return Unasked()
        if _names_together(hit.passage, ranked.names, _people(words, ranked.names)):
            return Unasked()  # "how far did Nadal get in Acapulco": the one is asked of the other
    # a story opening with the one name asked is about it ("Ian Curtis is to be made into a
    # film"), not with a word ("capital") nor with two people (a duet says nothing of a divorce)
    opening = set(ranked.names[0]) if len(ranked.names) == 1 else set()
    for hit in ranked.hits:
        if (
            opening
            and _together(hit.passage, named, asked, about=True, phrases=phrases)
            and _opens_with(index, hit.passage.article_id, opening)
        ):
            return Unasked()
    shown = {hit.passage.id for hit in ranked.hits}
    articles = frozenset(hit.passage.article_id for hit in ranked.hits)
    where = PassageFilter(articles=articles)
    others = index.engine.search_scored(sorted(asked | in_phrases), NEAR_READ, where)
    for i in range(len(others)):
        passage = others.passage(i)
        if passage.id in shown or not (
            held_terms(passage, asked) or _holds_phrase(passage, phrases)
        ):
            continue
        if held_terms(passage, named):
            return Unasked()  # another passage of their articles has both: it may well say
        if passage.article_id in titled:  # ... or is of a story about the subject
            return Unasked(told=passage)
    about: list[str] = []
    lacks = [typed for typed, _ in phrasal]
    for word in TYPED_WORD.findall(words):
        terms = set(word_terms(word))
        if terms & in_phrases:
            continue
        if terms & asked:
            lacks.append(word)
        elif terms & named:
            about.append(word)
    return Unasked(f"{UNASKED} “{echo(' '.join(about))}” has {listed(lacks, 'or')}")


def _opens_with(index: Index, article_id: str, named: set[str]) -> bool:
    """Return whether the first sentence of the article holds every term of the subject:
    a news story names what it is about there, and goes on without naming it."""
    passages = index.passages_of(article_id)
    return bool(passages) and named <= set().union(*_sentence_terms(passages[0])[:1])


def _together(
    passage: Passage,
    named: set[str],
    asked: set[str],
    *,
    about: bool,
    phrases: Sequence[tuple[str, str]] = (),
) -> bool:
    """Return whether one sentence of `passage` holds a word of the subject (`named`; any
    sentence when the article's title is `about` it, or one opening "He" or "She" after a
    sentence naming it: "... Chris Tarrant will be hosting a show. He left Capital FM this
    year") and a word asked of it, or a phrasal verb asked (`phrases`, each as its verb's term
    and its particle: "stepped down")."""
    sentences = _sentence_terms(passage)
    spans = passage.sentence_spans() or sentence_spans(passage.text)
    openings = (
        [PERSON_OPENING.match(passage.text, start) is not None for start, _ in spans]
        if len(spans) == len(sentences)
        else [False] * len(sentences)
    )
    before = False
    for at, (terms, pronoun) in enumerate(zip(sentences, openings, strict=True)):
        if (about or terms & named or (pronoun and before)) and (
            terms & asked or (at < len(spans) and _holds_phrase(passage, phrases, spans[at]))
        ):
            return True
        before = bool(terms & named)
    return False


def _holds_phrase(
    passage: Passage,
    phrases: Sequence[tuple[str, str]],
    span: tuple[int, int] | None = None,
) -> bool:
    """Return whether `passage` (its sentence at `span`) writes one of the phrasal verbs
    `phrases` (each as its verb's term and its particle) in any form of its verb."""
    if not phrases:
        return False
    start, end = span or (0, len(passage.text))
    return writes_phrasal(passage.text[start:end], phrases)


def _listed_phrases(senses: set[frozenset[str]]) -> list[tuple[str, str]]:
    """Return the phrasal verbs listed with one of `senses` (the terms of the single words
    news writes for them) as their verb's term and particle, for `writes_phrasal`: asked of
    each sentence weighed, it reads the few phrases asked, not every one listed (~0.5 ms)."""
    return [
        (tokenize(verb)[0], particle)
        for phrase, words in PHRASAL_VERBS.items()
        if frozenset(tokenize(" ".join(words))) in senses
        for verb, particle in [phrase.split()]
    ]


def _names_together(
    passage: Passage, names: Sequence[tuple[str, ...]], people: frozenset[tuple[str, ...]]
) -> bool:
    """Return whether one sentence of `passage` holds two of the question's names (`names`,
    each as its terms), each whole, not both of them people's (`people`): a place or event
    beside a person is where the question's thing happened ("Nadal ... in Acapulco"), while
    two people named together ("a duet with her husband") say nothing of what is asked of
    them ("did X and Y divorce")."""
    if len(names) < 2:
        return False
    for terms in _sentence_terms(passage):
        held = [name for name in names if set(name) <= terms]
        if len(held) >= 2 and not all(name in people for name in held):
            return True
    return False


def _people(words: str, names: Sequence[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Return the names (as terms) of `names` that are people's: of two words or more, the
    first typed as a common first name ("jennifer lopez")."""
    typed = {terms[0]: word for word in TYPED_WORD.findall(words) if (terms := word_terms(word))}
    return frozenset(
        name
        for name in names
        if len(name) >= 2 and first_name_gender(typed.get(name[0], "")) is not None
    )


def _sentence_terms(passage: Passage) -> list[set[str]]:
    """Return the terms of each sentence of `passage`."""
    if passage.sentence_terms:
        return [set(terms.split()) for terms in passage.sentence_terms]
    return [set(tokenize(passage.text[a:b])) for a, b in sentence_spans(passage.text)]


def holds_most(index: Index, words: str, hits: Sequence[Hit]) -> bool:
    """Return whether one of `hits` matches MOST_SHARE of the question's weight (its text, its
    title words at half; a phrasal verb asked is held by a word news writes for it: "going
    bust" by "collapse"): the floor of relevance, beside the one each best hit sets."""
    weights = question_weights(index, words)
    if not weights:
        return True
    # "going bust": a passage telling it in one word ("the brink of collapse") holds the phrase
    phrases = [
        (frozenset(tokenize(typed)) & weights.keys(), senses)
        for typed, senses in phrasal_uses(words)
    ]

    def held(hit: Hit) -> set[str]:
        terms = set(held_terms(hit.passage, weights))
        for phrase, senses in phrases:
            if not senses.isdisjoint(held_terms(hit.passage, senses)):
                terms |= phrase
        return terms

    return any(
        coverage(weights, held(hit), article_title_terms(hit.passage, hit.article.title))
        >= MOST_SHARE - 1e-9
        for hit in hits
    )


def held_words(index: Index, words: str, hits: Sequence[Hit]) -> list[str]:
    """Return the question's words (as typed) whose terms one of `hits` holds."""
    weights = question_weights(index, words)
    held: set[str] = set()
    for hit in hits:
        held.update(held_terms(hit.passage, weights))
        held.update(article_title_terms(hit.passage, hit.article.title))
    found = []
    for word in TYPED_WORD.findall(words):
        terms = [term for term in word_terms(word) if term in weights]
        if terms and all(term in held for term in terms):
            found.append(word)
    return found


def about_topic(index: Index, about: Sequence[str], hits: Sequence[Hit]) -> list[Hit]:
    """Return the hits that mention the topic `about` (its terms) as `search` holds them to:
    half its weight in the text. A page searched again for what the question asks (a winner,
    a figure) is searched without the topic: "who won X in 2001" over X's winners of no year."""
    weights = index.engine.idf(list(dict.fromkeys(about)))
    return [
        hit for hit in hits if coverage(weights, held_terms(hit.passage, weights)) >= ABOUT_SHARE
    ]
