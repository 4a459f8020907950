"""Retrieval: Index + question -> ranked, de-duplicated Hits with their best sentence.

The engine ranks passages; this step drops near-duplicates (overlapping passages of one article,
the same story saved twice), attaches the article and picks the sentence to emphasise.
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.chunking import sentence_spans
from qabot.index import Index
from qabot.records import ArticleInfo, Passage
from qabot.text import tokenize

DUPLICATE_JACCARD = 0.8  # share of distinct terms two passages must share to count as one story
CANDIDATE_FACTOR = 4  # fetch this many times the requested hits, so de-duplication can drop some


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
            "rank": self.rank, "score": round(self.score, 4), "text": self.passage.text,
            "highlight": self.highlight, "article": self.article.to_json(),
        }


def best_sentence(text: str, terms: set[str]) -> str:
    """Return the sentence of `text` that holds the most distinct question terms (first wins)."""
    best, best_score = "", -1
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        score = len(terms.intersection(tokenize(sentence)))
        if score > best_score:
            best, best_score = sentence, score
    return best or text


def _overlaps(a: Passage, b: Passage) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


def search(index: Index, question: str, k: int, offset: int = 0) -> tuple[list[Hit], bool]:
    """Return hits ranked offset+1 .. offset+k for `question`, and whether more exist."""
    terms = tokenize(question)
    if not terms or k <= 0:
        return [], False
    wanted = offset + k + 1  # one extra tells the caller whether a further page exists
    kept: list[tuple[Passage, float, set[str]]] = []
    fetch = wanted * CANDIDATE_FACTOR
    while True:
        candidates = index.engine.search(terms, fetch)
        kept = []
        for passage, score in candidates:
            words = set(tokenize(passage.text))
            if any(
                _overlaps(passage, other)
                or len(words & other_words) >= DUPLICATE_JACCARD * len(words | other_words)
                for other, _, other_words in kept
            ):
                continue
            kept.append((passage, score, words))
            if len(kept) >= wanted:
                break
        if len(kept) >= wanted or len(candidates) < fetch:
            break
        fetch *= 4
    query = set(terms)
    hits = []
    for rank, (passage, score, _) in enumerate(kept[offset : offset + k], start=offset + 1):
        article = index.articles.get(passage.article_id) or ArticleInfo(
            id=passage.article_id, path="", title=""
        )
        hits.append(Hit(rank, score, passage, article, best_sentence(passage.text, query)))
    return hits, len(kept) > offset + k
