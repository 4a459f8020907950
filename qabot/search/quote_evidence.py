"""How much of a "who said ...?" question the chosen quote answers in so many words.

Ranking always finds a best candidate, even when no quote says anything like what was asked
("who said the moon landing was faked?" finds somebody calling something fake). So before
"X said it" is written, the words around the quote (the quote, its sentence and the passages
holding it) are held against the question: most of the question's weight there, and qabot says
who said it; a part of it, and X's words are offered only as the closest, under a heading that
says so (a synonym of a question word counts here, "film" for "movie", never towards "X said
it"); a single shared word, and no quote is shown at all, unless the quote's article holds
all the rest of the question elsewhere ("it is all one big con trick" in a story on the Budget, for
"who said the budget was a con?"), when it too is offered as the closest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.quote_narration import told_before
from qabot.search.relevance import coverage
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.search.word_gap import word_gap
from qabot.text import terms_of

CONFIDENT_SHARE = 0.75  # share of the question's idf weight found around the quote for "said it"
MIN_SHARED = 2  # distinct question terms found around the quote to offer it at all
# "X said it" also needs every question term weighing this share of its weightiest one or more
# found around the quote: "who said the world deserves the truth about performance licensing
# drugs?" holds three quarters of its weight in a quote on performance-enhancing drugs, but
# not the claim asked
SURE_MISSING = 0.8
# ... a modal apart: "would" for a quote's "will" tells the claim in another tense, no other one
# (rare in a small archive, it may weigh as much as any word)
FORMS_KEPT = 4096  # question terms whose other forms (`_forms`) are kept made
MODALS = frozenset("will would can could shall should may might must".split())
# ... and resting on two words, those standing no more than this many words apart in the
# quote or its sentence: "never" and "rise" nine words apart in a long quote tell no claim of
# "never let prices rise", "spam" two words from "dinosaurs" tell "spam as extinct as ..."
MAX_GAP = 4
# when the best candidate is no evidence, this many next ones are held against their articles
IN_CONTEXT_CANDIDATES = 10
# ... and the rest of the question counts there when this many of its passages hold each word:
# a story on the Budget names it again and again, one about a blind student names a referee once
ARTICLE_MENTIONS = 2


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the question's terms found around one quote."""

    share: float  # of the question's idf weight, 0..1
    shared: int  # distinct question terms found
    asked: int  # distinct question terms
    in_article: int = 0  # ... in the quote and its sentence or ARTICLE_MENTIONS of its passages
    own: int = 1  # distinct question terms in the quote, its sentence or one naming its speaker
    told: int = 0  # ... in the narration right before the quote's sentence (`told_before`)
    spoken_share: float = 1.0  # of the question's idf weight in the quote and its sentence
    # distinct question terms only a synonym of which the quote or its sentence holds
    # ("rescued" for "saved"): the question in the speaker's own other words
    own_alike: int = 0
    # the weight of the weightiest question term not found, as a share of the weightiest's
    heaviest_missing: float = 0.0
    words_held: int = MIN_SHARED  # distinct question terms found, modals apart
    # ... of those, the ones in the quote or its sentence (or answered by who the speaker is)
    spoken_held: int = MIN_SHARED
    # of a claim resting on two words, the fewest words of the quote (or its sentence) apart
    gap: int = 0
    # the question asks whoever was quoted on a topic ("who commented on the strike?"): its
    # words are the story's, which the speaker's own need not repeat
    on_topic: bool = False

    @property
    def confident(self) -> bool:
        """Whether the quote's surroundings say most of what was asked."""
        return self.share >= CONFIDENT_SHARE and self.own > 0

    @property
    def sure(self) -> bool:
        """Whether the lead may say "X said it": the quote is `confident` and `offered`, and no
        weighty word of the question is missing around it (`SURE_MISSING`), and two of its
        words at least are there: one word ("who said we will not let them down?" of "Don't
        let the Tories wreck it") tells no claim. A claim resting on two words needs both in the
        quote or its sentence together: "never" in a quote and "hospital" in the passage around
        it do not say "this was never about the hospital". With less, the words are only the
        closest."""
        return (
            self.confident
            and self.offered
            and self.heaviest_missing < SURE_MISSING
            and self.words_held >= MIN_SHARED
            and (
                self.words_held > MIN_SHARED
                or (self.spoken_held >= self.words_held and self.gap <= MAX_GAP)
            )
        )

    @property
    def offered(self) -> bool:
        """Whether the quote may be shown at all, as the closest words: more than one word of
        the question (every word, when it has fewer) is found around it, one in the quote, its
        sentence, one naming its speaker or the narration right before it (what the quote's
        "him" or "it" means). Only the first three make it "X said it" (`confident`). Where the
        question asks whoever was quoted on a topic (`on_topic`), the words around it suffice:
        "who commented on the strike?" gives no words of theirs to find."""
        return self.shared >= min(MIN_SHARED, self.asked) and (
            self.own + self.told > 0 or self.on_topic
        )

    @property
    def offered_in_other_words(self) -> bool:
        """Whether the quote holds no word of the question but a synonym of one in its own
        words or sentence ("if the agency cannot be rescued" for "if the CSA can't be saved"),
        with as many words found around it as `offered` asks: the weakest evidence, for when
        no other quote is offered ("sedatives" and "depressed" share a stem's sense)."""
        return self.shared >= min(MIN_SHARED, self.asked) and self.own_alike > 0

    @property
    def in_context(self) -> bool:
        """Whether the quote holds a word of the question and its article every other one, in
        passages apart from it: offered as the closest only. Every one: "moon" in a quote and
        "landing" somewhere in its article do not answer "who said the moon landing was
        faked?"."""
        return self.in_article >= self.asked


def unknown_as_rarest(terms: Collection[str], idf: Mapping[str, float]) -> dict[str, float]:
    """Return the weight of each term: its idf, or for a word the archive never uses (idf 0
    there), which says most about what nobody said, as much as the question's rarest word."""
    rarest = max((idf.get(term, 0.0) for term in terms), default=0.0) or 1.0
    return {term: idf.get(term, 0.0) or rarest for term in terms}


def quote_evidence(
    quote: Quote,
    terms: Sequence[str],
    hits: Sequence[tuple[Passage, float]],
    idf: Mapping[str, float],
    article_hits: Sequence[tuple[Passage, float]] = (),
    held: Collection[str] = (),
    on_topic: bool = False,
) -> Evidence:
    """Return how much of `terms` the quote, its sentence and the `hits` holding it match, and
    with the `article_hits` of its article besides. `held` are terms of the question the
    speaker answers by who they are (the role of "which economist said ...", theirs): found.
    `on_topic`: the question asks whoever was quoted on a topic (`Evidence.on_topic`)."""
    asked = set(terms)
    # the quote's own words and sentence
    spoken = set(terms_of(quote.text)) | set(terms_of(quote.sentence))
    around = set(spoken)
    # the quote's words, its sentence and the sentences around it naming its speaker
    # ("Harbour master Jonas Vik warned about storms." before his words on the fog)
    voiced = set(spoken)
    told: set[str] = set()  # ... and the narration right before it
    name = terms_of(quote.speaker)[-1:]
    for passage, _ in hits:
        if (
            passage.article_id == quote.article_id
            and passage.start < quote.end
            and quote.start < passage.end
        ):
            around.update(passage.stored_terms() or terms_of(passage.text))
            for sentence in passage.sentence_terms:
                if name and name[0] in sentence.split():
                    voiced.update(sentence.split())
            told.update(told_before(quote, passage))
    # another form of a question word counts, as in ranking: one `kin_forms` joins
    # ("overcrowded" for "crowded"), or one of four letters or more that begins the other
    # ("loud" and "loudest", which the stemmer keeps apart)
    kin_of = kin_forms(asked, around - asked)
    kin = {term for terms in kin_of.values() for term in terms}
    found = {term for term in asked if term in around or term in kin or _begins(term, around)}
    found |= asked.intersection(held)
    # a synonym of a question word around the quote ("film" for "movie", as ranking counts it)
    # makes the quote worth offering as the closest, never "X said it": the lead asks for the
    # question's own words
    synonyms = synonym_forms(asked, around - asked)
    alike = {t for terms in synonyms.values() for t in terms} - found
    weights = unknown_as_rarest(asked, idf)
    heaviest = max(weights.values(), default=0.0) or 1.0
    # passages apart from one another and from the quote: one sentence in two passages
    # sharing its paragraph, or the paragraph holding the quote, is not an article about it
    mentions: Counter[str] = Counter()
    ends: dict[str, int] = {}
    theirs = sorted(
        (passage for passage, _ in article_hits if passage.article_id == quote.article_id),
        key=lambda passage: passage.start,
    )
    for passage in theirs:
        if passage.start < quote.end and quote.start < passage.end:
            continue
        for term in asked.intersection(passage.stored_terms() or terms_of(passage.text)):
            if passage.start >= ends.get(term, -1):
                mentions[term] += 1
                ends[term] = passage.end
    # the quote's own words and sentence hold a word of the question, the article the rest
    own = _held_in(asked, spoken, kin_of)
    by_speaker = _held_in(asked, voiced, kin_of)
    elsewhere = {term for term in asked - own if mentions[term] >= ARTICLE_MENTIONS}
    return Evidence(
        share=coverage(weights, found),
        shared=len(found | alike),
        asked=len(asked),
        in_article=len(own) + len(elsewhere) if own else 0,
        own=len(by_speaker),
        told=len(_held_in(asked, told, kin_of)),
        spoken_share=coverage(weights, own | asked.intersection(held)),
        own_alike=len(
            {t for word, terms in synonyms.items() if word in spoken for t in terms} - by_speaker
        ),
        heaviest_missing=max((weights[t] for t in asked - found - MODALS), default=0.0) / heaviest,
        words_held=len(found - MODALS),
        spoken_held=len(found.intersection(own | asked.intersection(held)) - MODALS),
        gap=word_gap(sorted(found - MODALS), (quote.text, quote.sentence), kin_of, _begins)
        if len(found - MODALS) == MIN_SHARED
        else 0,
        on_topic=on_topic,
    )


def held_terms(asked: Collection[str], words: Collection[str]) -> set[str]:
    """Return the terms of `asked` that `words` hold in some form, as the evidence counts them
    (`_held_in`: as asked, a `kin_forms` form or one beginning the other)."""
    held = set(words)
    return _held_in(asked, held, kin_forms(asked, held - set(asked)))


def _held_in(
    asked: Collection[str], words: Collection[str], kin_of: Mapping[str, Sequence[str]]
) -> set[str]:
    """Return the question's terms that `words` hold in some form: as asked, one `kin_forms`
    joins ("give" for "given"; `kin_of` maps each word around the quote to the question terms
    it is a form of) or one that begins the other (`_begins`)."""
    held = words if isinstance(words, (set, frozenset)) else set(words)
    kin = {term for word, terms in kin_of.items() if word in held for term in terms}
    return {term for term in asked if term in held or term in kin or _begins(term, held)}


# what may follow a word in another form of it that the stemmer keeps apart ("loudest" of
# "loud", "organisers" of "organis"); any other rest makes another word ("backlash" is no form
# of "back", "background" none of "back" either)
_ENDINGS = frozenset(
    "s es er ers est ed ing ings ly ness ment ments ion ions ation ations ist ists ism ity al "
    "ial ive ful ish ian ians ic ical y i e en able ible".split()
)


def _begins(term: str, around: Collection[str]) -> bool:
    """Return whether a term of four letters or more around the quote is another form of
    `term` that begins it or that it begins (a word of it and an ending: `_ENDINGS`). Looked
    up by the term's forms (`_forms`), not by a pass over every word around: `around` is
    mostly a set (a question term is held against a quote's surroundings, hundreds of words)."""
    if len(term) < 4:
        return False
    forms = _forms(term)
    if isinstance(around, (set, frozenset)):
        return not forms.isdisjoint(around)
    return any(word in forms for word in around)


@lru_cache(maxsize=FORMS_KEPT)
def _forms(term: str) -> frozenset[str]:
    """Return the words `_begins` takes for other forms of `term`: the term and an ending, and
    the term cut before an ending it ends with. Made once a term: a question's terms are held
    against the surroundings of every candidate quote."""
    longer = [term + ending for ending in _ENDINGS]
    return frozenset(
        [*longer, *(term[:cut] for cut in range(4, len(term)) if term[cut:] in _ENDINGS)]
    )


def closest_in_context(
    index: Index,
    ranked: Sequence[Quote],
    terms: Sequence[str],
    hits_of: Callable[[str], Sequence[tuple[Passage, float]]],
    idf: Mapping[str, float],
) -> Quote | None:
    """Return the first of the best IN_CONTEXT_CANDIDATES quotes that holds a word of the
    question in an article holding the rest (`Evidence.in_context`); None if there is none.
    The passages of their articles are searched for the question's words once, for all of
    them; `hits_of` gives the hits of the question's search in an article."""
    firsts = ranked[:IN_CONTEXT_CANDIDATES]
    if not firsts:
        return None
    where = PassageFilter(articles=frozenset(quote.article_id for quote in firsts))
    there = index.engine.search(list(terms), 5 * len(firsts), where)
    for quote in firsts:
        evidence = quote_evidence(quote, terms, hits_of(quote.article_id), idf, there)
        if evidence.in_context:
            return quote
    return None
