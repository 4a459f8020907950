"""Retrieval: Index + question -> ranked, de-duplicated, relevant Hits with their best sentence.

The engine ranks passages; this step drops near-duplicates (overlapping passages of one article,
the same story saved twice), keeps the passages that are about the question (`relevance`),
attaches the article and picks the sentence to emphasise (`emphasis`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage, Quote
from qabot.search.emphasis import answer_kinds, best_sentence
from qabot.search.filters import Filters
from qabot.search.relevance import Floor, coverage, new_part, relevance_terms
from qabot.text import tokenize

DUPLICATE_JACCARD = 0.8  # share of distinct terms two passages must share to count as one story
EAGER_ORDER = 200  # above this many candidates, order terms by how many candidates hold them
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


def passage_terms(passage: Passage) -> list[str]:
    """Return a passage's analysed terms: stored at index time, else analysed now."""
    stored = passage.stored_terms()
    return stored if stored is not None else tokenize(passage.text)


def _overlaps(a: Passage, b: Passage) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


class _Distinct:
    """The passages kept so far, and a near-linear test of whether a new one repeats one of them.

    Overlaps are only looked for within the same article. Near-duplicates (Jaccard >= threshold)
    are found by prefix filtering: with each term set in one fixed order, two sets that similar
    share a term among the first |A| - ceil(threshold * |A|) + 1 of each, so only passages
    sharing such a prefix term are compared. Fetching hundreds of hits stays fast.
    """

    def __init__(self, order: Callable[[str], Any] | frozenset[str]) -> None:
        # a key function, or the question's terms: then the order is every other term by
        # Python's string hash, the question's last (a C-level key: sorting is most of the cost)
        self._order = order
        self.kept: list[tuple[Passage, float, frozenset[str]]] = []
        self._by_article: dict[str, list[Passage]] = {}
        self._by_prefix_term: dict[str, list[int]] = {}

    def add(self, passage: Passage, score: float, words: frozenset[str]) -> bool:
        """Keep the passage unless it repeats a kept one; return whether it was kept."""
        same_article = self._by_article.setdefault(passage.article_id, [])
        if any(_overlaps(passage, other) for other in same_article):
            return False
        prefix = self._prefix(words)
        seen: set[int] = set()
        size = len(words)
        for term in prefix:
            for number in self._by_prefix_term.get(term, ()):
                if number not in seen:
                    seen.add(number)
                    other = self.kept[number][2]
                    if DUPLICATE_JACCARD * max(size, len(other)) > min(size, len(other)):
                        continue  # sizes too far apart for the sets to be that alike
                    shared = len(words & other)  # the union's size follows: no second set
                    if shared >= DUPLICATE_JACCARD * (size + len(other) - shared):
                        return False
        number = len(self.kept)
        self.kept.append((passage, score, words))
        same_article.append(passage)
        for term in prefix:
            self._by_prefix_term.setdefault(term, []).append(number)
        return True

    def _prefix(self, words: frozenset[str]) -> list[str]:
        if not words:
            return [""]  # passages without terms are all alike
        size = len(words)
        length = size - math.ceil(DUPLICATE_JACCARD * size) + 1
        if isinstance(self._order, frozenset):
            rest = sorted(words - self._order, key=hash)
            if len(rest) < length:
                rest += sorted(words & self._order, key=hash)
            return rest[:length]
        return sorted(words, key=self._order)[:length]


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
    candidates: list[tuple[Passage, float]], question: set[str]
) -> tuple[Iterable[frozenset[str]], _Distinct]:
    """Return the candidates' term sets (lazily when few) and an empty _Distinct for them."""
    sets: Iterable[frozenset[str]] = (frozenset(passage_terms(p)) for p, _ in candidates)
    if len(candidates) > EAGER_ORDER:
        # many candidates: rare terms first, so that prefixes seldom meet (the usual order)
        sets = list(sets)
        counts = Counter(term for words in sets for term in words)
        order: Callable[[str], Any] = lambda term: (counts[term], term)  # noqa: E731
    else:
        # a few: read no more term sets than needed; the question's terms, which every hit
        # shares, go last and a hash spreads the rest over rare and common terms alike (any
        # order that stays fixed during this call will do, so Python's own string hash is enough)
        return sets, _Distinct(frozenset(question))
    return sets, _Distinct(order)


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
    sets, distinct = _term_sets(candidates, set(terms))
    titles: dict[str, list[str]] = {}
    floor: Floor | None = None
    for (passage, score), words in zip(candidates, sets, strict=True):
        if not distinct.add(passage, score, words):
            continue
        if about and coverage(about, words) < ABOUT_SHARE:
            selection.omitted += 1  # about the person asked of, not the topic asked about
            continue
        if passage.article_id not in titles:
            info = index.articles.get(passage.article_id)
            titles[passage.article_id] = tokenize(info.title) if info else []
        title = titles[passage.article_id]
        if floor is None:
            floor = Floor(score, coverage(weights, words, title))
        part = new_part(passage, shown, weights)
        if part is None:
            continue  # every sentence of it is a quote shown above
        part_words = words if part is passage else frozenset(tokenize(part.text))
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
