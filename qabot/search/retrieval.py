"""Retrieval: Index + question -> ranked, de-duplicated, relevant Hits with their best sentence.

The engine ranks passages; this step drops near-duplicates (overlapping passages of one article,
the same story saved twice), keeps the passages that are about the question (`relevance`),
attaches the article and picks the sentence to emphasise (`emphasis`).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage, Quote
from qabot.search.emphasis import answer_kinds, best_sentence
from qabot.search.filters import Filters
from qabot.search.relevance import Floor, coverage, new_part, relevance_terms
from qabot.text import tokenize

DUPLICATE_JACCARD = 0.8  # share of distinct terms two passages must share to count as one story
EAGER_ORDER = 200  # above this many candidates, order terms by how many candidates hold them
TITLES_KEPT = 16384  # analysed titles kept (about 300 bytes each: the title is the article's)
PAIRWISE_MAX = 24  # while fewer are kept, a new passage is compared with each kept one
CANDIDATE_FACTOR = 4  # fetch this many times the requested hits, so de-duplication can drop some
CANDIDATE_SPARE = 150  # ... but at most this many more (fetched again, 4x, when too few remain)
# Bounds on what any caller may ask for (offsets come back from Telegram buttons, which anyone
# can forge): the engine allocates for offset + top hits, so neither may be arbitrary.
MAX_TOP = 50  # passages per answer or page
MAX_OFFSET = 1000  # passages skipped by "More results"; no page starts further down


def bounded(top: int, offset: int) -> tuple[int, int]:
    """Return `top` and `offset` clamped to 0..MAX_TOP and 0..MAX_OFFSET."""
    return min(max(int(top), 0), MAX_TOP), min(max(int(offset), 0), MAX_OFFSET)


# "latest ...": among the best RECENT_POOL relevant passages, those scoring at least
# RELEVANT_SHARE of the best are ordered newest first; the rest follow by score
RECENT_POOL = 30
RELEVANT_SHARE = 0.5
# "when / how many / how much": among the best ANSWER_POOL relevant passages, those holding a
# date or figure come first and the others are left out (when at least one holds one)
ANSWER_POOL = 20
ABOUT_SHARE = 0.5  # a passage mentions a topic when it holds this share of the topic's weight


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked passage with its article and the sentence that best answers the question."""

    rank: int
    score: float
    passage: Passage
    article: ArticleInfo
    highlight: str  # a verbatim sentence of passage.text

    def to_json(self) -> dict[str, object]:
        """Return one item of the `passages` list of the `--json` contract."""
        return {
            "rank": self.rank,
            "score": round(self.score, 4),
            "text": self.passage.text,
            "highlight": self.highlight,
            "article": self.article.to_json(),
        }

    @property
    def emphasis(self) -> tuple[int, int] | None:
        """Return the span of passage.text to emphasise: the highlight, unless it is all of it."""
        text, sentence = self.passage.text, self.highlight
        at = text.find(sentence) if sentence and sentence.strip() != text.strip() else -1
        return (at, at + len(sentence)) if at >= 0 else None


@dataclass(frozen=True, slots=True)
class Ranked:
    """One page of relevant hits, whether more follow, and how many weakly related were left."""

    hits: list[Hit] = field(default_factory=list)
    more: bool = False  # relevant passages exist past this page
    omitted: int = 0  # passages among those looked at that match the question only weakly


def term_set(passage: Passage) -> frozenset[str]:
    """Return the distinct analysed terms of a passage (stored ones when it has them)."""
    if passage.sentence_terms:
        return frozenset(" ".join(passage.sentence_terms).split())
    return frozenset(tokenize(passage.text))


@lru_cache(maxsize=TITLES_KEPT)
def title_terms(title: str) -> tuple[str, ...]:
    """Return the analysed terms of an article title; the same articles come back question
    after question, so their last titles are kept (a tuple: a third of a set's memory)."""
    return tuple(tokenize(title))


class _Distinct:
    """The passages kept so far, and a near-linear test of whether a new one repeats one of them.

    Overlaps are only looked for within the same article. Near-duplicates (Jaccard >= threshold)
    are found by comparing with every kept passage while few are kept (a set intersection in C
    each, cheaper than any index), then by prefix filtering: with each term set in one order
    that all sets agree on for the terms they share, two sets that similar share a term among
    the first |A| - ceil(threshold * |A|) + 1 of each, so only passages sharing such a prefix
    term are compared. Both tests are exact: they keep the same passages.

    When every candidate's terms are known (`shared`: the terms more than one of them holds),
    a set's other terms come first: a prefix made of them alone meets no other set, and most
    passages' prefixes are such. Then the order is by Python's string hash (fixed during one
    call), the question's terms, which every hit shares, last.
    """

    def __init__(self, question: frozenset[str], shared: frozenset[str] | None = None) -> None:
        self._question = question
        self._shared = shared
        self.kept: list[tuple[Passage, float, frozenset[str]]] = []
        self._by_article: dict[str, list[Passage]] = {}
        # by prefix term, the kept passages: from the start when `shared` is known, else once
        # PAIRWISE_MAX are kept (until then each one is compared)
        self._by_prefix_term: dict[str, list[int]] | None = None if shared is None else {}

    def add(self, passage: Passage, score: float, words: frozenset[str]) -> bool:
        """Keep the passage unless it repeats a kept one; return whether it was kept."""
        same_article = self._by_article.get(passage.article_id)
        if same_article is not None:
            start, end = passage.start, passage.end
            if any(start < other.end and other.start < end for other in same_article):
                return False
        if self._by_prefix_term is None:
            if self._near_duplicate(words):
                return False
            prefix: list[str] = []
        else:
            prefix = self._prefix(words)
            if self._near_duplicate_by_prefix(words, prefix):
                return False
        number = len(self.kept)
        self.kept.append((passage, score, words))
        if same_article is None:
            self._by_article[passage.article_id] = [passage]
        else:
            same_article.append(passage)
        if self._by_prefix_term is not None:
            for term in prefix:
                self._by_prefix_term.setdefault(term, []).append(number)
        elif len(self.kept) >= PAIRWISE_MAX:
            self._by_prefix_term = {}
            for number, (_, _, kept_words) in enumerate(self.kept):
                for term in self._prefix(kept_words):
                    self._by_prefix_term.setdefault(term, []).append(number)
        return True

    def _near_duplicate(self, words: frozenset[str]) -> bool:
        """Compare `words` with every kept passage's terms."""
        size = len(words)
        for _, _, other in self.kept:  # _alike inlined: this loop is most of a plain answer's
            other_size = len(other)
            if DUPLICATE_JACCARD * max(size, other_size) > min(size, other_size):
                continue
            shared = len(words & other)
            if shared >= DUPLICATE_JACCARD * (size + other_size - shared):
                return True
        return False

    def _near_duplicate_by_prefix(self, words: frozenset[str], prefix: list[str]) -> bool:
        """Compare `words` with the kept passages sharing one of its prefix terms."""
        by_term = self._by_prefix_term or {}
        seen: set[int] = set()
        size = len(words)
        for term in prefix:
            for number in by_term.get(term, ()):
                if number not in seen:
                    seen.add(number)
                    if _alike(words, size, self.kept[number][2]):
                        return True
        return False

    def _prefix(self, words: frozenset[str]) -> list[str]:
        if not words:
            return [""]  # passages without terms are all alike
        size = len(words)
        length = size - math.ceil(DUPLICATE_JACCARD * size) + 1
        if self._shared is not None:
            words = words & self._shared
            length -= size - len(words)  # terms no other candidate holds: first, never met
            if length <= 0:
                return []
        rest = sorted(words - self._question, key=hash)
        if len(rest) < length:
            rest += sorted(words & self._question, key=hash)
        return rest[:length]


def _alike(words: frozenset[str], size: int, other: frozenset[str]) -> bool:
    """Return whether two term sets share DUPLICATE_JACCARD of their union."""
    other_size = len(other)
    if DUPLICATE_JACCARD * max(size, other_size) > min(size, other_size):
        return False  # sizes too far apart for the sets to be that alike
    shared = len(words & other)  # the union's size follows: no second set
    return shared >= DUPLICATE_JACCARD * (size + other_size - shared)


def distinct_passages(
    candidates: list[tuple[Passage, float]], question: set[str], wanted: int
) -> list[tuple[Passage, float]]:
    """Return up to `wanted` of the candidates, best first, without repeats (see _Distinct)."""
    sets, distinct = _term_sets(candidates, question)
    for (passage, score), words in zip(candidates, sets, strict=True):
        distinct.add(passage, score, words)
        if len(distinct.kept) >= wanted:
            break
    return [(passage, score) for passage, score, _ in distinct.kept]


def _term_sets(
    candidates: list[tuple[Passage, float]], question: set[str], eager_above: int = EAGER_ORDER
) -> tuple[Iterable[frozenset[str]], _Distinct]:
    """Return the candidates' term sets (lazily when few) and an empty _Distinct for them.

    Above `eager_above` candidates every set is read first (a caller that reads them all
    anyway says so with a lower bound).
    """
    sets: Iterable[frozenset[str]] = (term_set(p) for p, _ in candidates)
    if len(candidates) <= eager_above:
        return sets, _Distinct(frozenset(question))  # a few: read no more sets than needed
    sets = list(sets)
    counts = Counter(itertools.chain.from_iterable(sets))
    shared = frozenset(term for term, count in counts.items() if count > 1)
    return sets, _Distinct(frozenset(question), shared)


@dataclass(slots=True)
class _Selection:
    """Relevant passages in rank order (cut to what they add to quotes shown above them)."""

    relevant: list[tuple[Passage, float]] = field(default_factory=list)
    omitted: int = 0
    below_floor: bool = False  # a candidate scored under the floor: later ones all do


def _select(
    index: Index,
    candidates: list[tuple[Passage, float]],
    terms: list[str],
    weights: dict[str, float],
    shown: Sequence[Quote],
    wanted: int,
    about: dict[str, float] | None = None,
) -> _Selection:
    """Return up to `wanted` distinct relevant passages of `candidates`, counting the others;
    with `about` (a topic's term weights), only passages holding half its weight or more."""
    selection = _Selection()
    # every candidate is read (the weak ones are counted), so never lazily beyond a few
    sets, distinct = _term_sets(candidates, set(terms), PAIRWISE_MAX)
    articles = index.articles
    no_title: tuple[str, ...] = ()
    floor: Floor | None = None
    for (passage, score), words in zip(candidates, sets, strict=True):
        if not distinct.add(passage, score, words):
            continue
        if about and coverage(about, words) < ABOUT_SHARE:
            selection.omitted += 1  # about the person asked of, not the topic asked about
            continue
        info = articles.get(passage.article_id)
        title = title_terms(info.title) if info else no_title
        if floor is None:
            floor = Floor(score, coverage(weights, words, title))
        part = new_part(passage, shown, weights) if shown else passage
        if part is None:
            continue  # every sentence of it is a quote shown above
        part_words = words if part is passage else term_set(part)
        if floor.admits(score, coverage(weights, part_words, title)):
            if len(selection.relevant) < wanted:
                selection.relevant.append((part, score))
        else:
            selection.omitted += 1
            selection.below_floor = selection.below_floor or not floor.admits(score, 1.0)
    return selection


def newest_first(index: Index, ranked: list[tuple[Passage, float]]) -> list[tuple[Passage, float]]:
    """Return the passages scoring RELEVANT_SHARE of the best newest first, then the others by
    score: "latest" asks for recent news about the words, not for any recent news."""
    if not ranked:
        return ranked
    floor = RELEVANT_SHARE * ranked[0][1]
    relevant = [item for item in ranked if item[1] >= floor]
    rest = [item for item in ranked if item[1] < floor]
    articles = index.articles

    def published(item: tuple[Passage, float]) -> str:
        info = articles.get(item[0].article_id)
        return (info.date or "") if info else ""

    return sorted(relevant, key=published, reverse=True) + rest  # stable: ties keep score order


def search(
    index: Index,
    question: str,
    k: int,
    offset: int = 0,
    *,
    shown: Sequence[Quote] = (),
    filters: Filters | None = None,
    about: Sequence[str] = (),
) -> Ranked:
    """Return the relevant hits ranked offset+1 .. offset+k for `question`.

    `shown` are quotes the answer shows above the passages: a passage repeating them is cut to
    what it adds, or left out. The hits of every page clear the same floor, set by the best.
    `k` and `offset` are clamped (see `bounded`); no further page is offered past MAX_OFFSET.
    `filters` restrict the articles (in the engine) and, when `recent`, put the newest of the
    relevant passages first. With `about` (a topic's terms), a passage must mention the topic
    (hold half its weight): after a person's quotes, passages about them alone do not answer.
    """
    k, offset = bounded(k, offset)
    terms = tokenize(question)
    if not terms or k <= 0:
        return Ranked()
    where = filters.passage_filter() if filters else None
    recent = bool(filters and filters.recent)
    weights = index.engine.idf(relevance_terms(question))
    topic = index.engine.idf(list(dict.fromkeys(about))) if about else None
    wanted = offset + k + 1  # one extra tells the caller whether a further page exists
    if recent:
        wanted = max(wanted, RECENT_POOL)
    kinds = answer_kinds(question)
    if kinds:
        wanted = max(wanted, ANSWER_POOL)
    fetch = wanted + min((CANDIDATE_FACTOR - 1) * wanted, CANDIDATE_SPARE)
    while True:
        candidates = index.engine.search(terms, fetch, where)
        selection = _select(index, candidates, terms, weights, shown, wanted, topic)
        # fetch more only when repeats and duplicates used the candidates up: past weakly
        # related ones, further candidates rank lower still
        short = len(selection.relevant) + selection.omitted < wanted
        if not short or selection.below_floor or len(candidates) < fetch:
            break
        fetch *= 4
    hits = []
    kept, omitted = selection.relevant, selection.omitted
    if kinds:
        answering = [item for item in kept if any(kind.search(item[0].text) for kind in kinds)]
        if answering:  # the others cannot answer "when" or "how many": count, don't show
            kept, omitted = answering, omitted + len(kept) - len(answering)
    kept = newest_first(index, kept) if recent else kept
    for rank, (passage, score) in enumerate(kept[offset : offset + k], start=offset + 1):
        article = index.articles.get(passage.article_id) or ArticleInfo(
            id=passage.article_id, path="", title=""
        )
        highlight = best_sentence(passage, weights, question)
        hits.append(Hit(rank, score, passage, article, highlight))
    more = len(kept) > offset + k and offset + k <= MAX_OFFSET
    return Ranked(hits, more, omitted)
