"""Retrieval: Index + question -> ranked, de-duplicated Hits with their best sentence.

The engine ranks passages; this step drops near-duplicates (overlapping passages of one article,
the same story saved twice), attaches the article and picks the sentence to emphasise.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage
from qabot.text import sentence_spans, tokenize
from qabot.text.lexicon import MONTHS, WEEKDAYS

DUPLICATE_JACCARD = 0.8  # share of distinct terms two passages must share to count as one story
EAGER_ORDER = 200  # above this many candidates, order terms by how many candidates hold them
CANDIDATE_FACTOR = 4  # fetch this many times the requested hits, so de-duplication can drop some
CANDIDATE_SPARE = 150  # ... but at most this many more (fetched again, 4x, when too few remain)


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


_MONTHS_AND_DAYS = "|".join(name.capitalize() for name in (*MONTHS, *WEEKDAYS))
# what kind of words answer a question ("When ..." -> a date), for sentences tied on terms
_ANSWER_KINDS = [
    (
        re.compile(
            r"^\s*(?:when|(?:in |by |since |until )?what (?:year|date|day|month|time))\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b(?:1[5-9]\d\d|20\d\d|{_MONTHS_AND_DAYS}|yesterday|today|tomorrow"
            r"|(?:next|last|this) (?:week|month|year)|\d{1,2}(?:am|pm|:\d\d))\b"
        ),
    ),
    (
        re.compile(
            r"^\s*(?:how (?:many|much|long|old|far|big|large|high)|what (?:percentage|share"
            r"|proportion|number|amount|price))\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?|half|twice|double"
            r"|triple)\b",
            re.IGNORECASE,
        ),
    ),
]


def best_sentence(text: str, terms: set[str], question: str = "") -> str:
    """Return the sentence of `text` that holds the most distinct question terms.

    Among sentences tied on terms, one holding the kind of words the question asks for (a
    date for "When ...", a number for "How many ...") wins; then the first.
    """
    kind = next((words for asks, words in _ANSWER_KINDS if asks.match(question)), None)
    best, best_score = "", -1.0
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        score = float(len(terms.intersection(tokenize(sentence))))
        if kind is not None and kind.search(sentence):
            score += 0.5
        if score > best_score:
            best, best_score = sentence, score
    return best or text


def _overlaps(a: Passage, b: Passage) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


class _Distinct:
    """The passages kept so far, and a near-linear test of whether a new one repeats one of them.

    Overlaps are only looked for within the same article. Near-duplicates (Jaccard >= threshold)
    are found by prefix filtering: with each term set in one fixed order, two sets that similar
    share a term among the first |A| - ceil(threshold * |A|) + 1 of each, so only passages
    sharing such a prefix term are compared. Fetching hundreds of hits stays fast.
    """

    def __init__(self, order: Callable[[str], Any]) -> None:
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
                    if len(words & other) >= DUPLICATE_JACCARD * len(words | other):
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
        return sorted(words, key=self._order)[: size - math.ceil(DUPLICATE_JACCARD * size) + 1]


def distinct_passages(
    candidates: list[tuple[Passage, float]], question: set[str], wanted: int
) -> list[tuple[Passage, float]]:
    """Return up to `wanted` of the candidates, best first, without repeats (see _Distinct)."""
    sets: Iterable[frozenset[str]] = (frozenset(tokenize(p.text)) for p, _ in candidates)
    if len(candidates) > EAGER_ORDER:
        # many candidates: rare terms first, so that prefixes seldom meet (the usual order)
        sets = list(sets)
        counts = Counter(term for words in sets for term in words)
        order: Callable[[str], Any] = lambda term: (counts[term], term)  # noqa: E731
    else:
        # a few: tokenize no more than needed; the question's terms, which every hit shares,
        # go last and a hash spreads the rest over rare and common terms alike (any order that
        # stays fixed during this call will do, so Python's own string hash is enough)
        order = lambda term: (term in question, hash(term), term)  # noqa: E731
    distinct = _Distinct(order)
    for (passage, score), words in zip(candidates, sets, strict=True):
        distinct.add(passage, score, words)
        if len(distinct.kept) >= wanted:
            break
    return [(passage, score) for passage, score, _ in distinct.kept]


def search(index: Index, question: str, k: int, offset: int = 0) -> tuple[list[Hit], bool]:
    """Return hits ranked offset+1 .. offset+k for `question`, and whether more exist."""
    terms = tokenize(question)
    if not terms or k <= 0:
        return [], False
    wanted = offset + k + 1  # one extra tells the caller whether a further page exists
    fetch = wanted + min((CANDIDATE_FACTOR - 1) * wanted, CANDIDATE_SPARE)
    while True:
        candidates = index.engine.search(terms, fetch)
        kept = distinct_passages(candidates, set(terms), wanted)
        if len(kept) >= wanted or len(candidates) < fetch:
            break
        fetch *= 4
    query = set(terms)
    hits = []
    for rank, (passage, score) in enumerate(kept[offset : offset + k], start=offset + 1):
        article = index.articles.get(passage.article_id) or ArticleInfo(
            id=passage.article_id, path="", title=""
        )
        highlight = best_sentence(passage.text, query, question)
        hits.append(Hit(rank, score, passage, article, highlight))
    return hits, len(kept) > offset + k
