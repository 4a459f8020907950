"""Quote ranking at question time: a speaker's quotes by topic, and "who said ...?" candidates.

Quotes are few per question (one speaker's, or those of the best articles), so they are scored
here with a small in-memory Okapi BM25 over their analyzed words rather than through the engine.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from qabot.records import Quote
from qabot.text import tokenize
from qabot.text.lexicon import is_anonymous


def _bm25(documents: list[list[str]], query: list[str]) -> list[float]:
    """Return Okapi BM25 scores (k1=1.2, b=0.75, Lucene idf) of `documents` for `query`."""
    if not documents or not query:
        return [0.0] * len(documents)
    average = sum(map(len, documents)) / len(documents) or 1.0
    frequency = Counter(t for doc in documents for t in set(doc) if t in query)
    idf = {t: math.log(1 + (len(documents) - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
    scores = []
    for doc in documents:
        counts = Counter(doc)
        norm = 1.2 * (0.25 + 0.75 * len(doc) / average)
        scores.append(
            sum(idf[t] * counts[t] * 2.2 / (counts[t] + norm) for t in set(query) if t in counts)
        )
    return scores


def rank_quotes(quotes: Sequence[Quote], topic: str | None) -> list[Quote]:
    """Return `quotes` ordered by relevance to `topic` (in their order when there is none)."""
    terms = tokenize(topic) if topic else []
    if not terms:
        return list(quotes)
    scores = _bm25([tokenize(q.text + " " + q.sentence) for q in quotes], terms)
    order = sorted(range(len(quotes)), key=lambda i: -scores[i])  # stable: ties keep order
    return [quotes[i] for i in order]


_TOKENS_CACHE: dict[int, tuple[Sequence[Quote], list[list[str]]]] = {}


def _quote_tokens(quotes: Sequence[Quote]) -> list[list[str]]:
    """Return the analyzed text of each quote, cached for the last few quote lists."""
    cached = _TOKENS_CACHE.get(id(quotes))
    if cached is not None and cached[0] is quotes and len(cached[1]) == len(quotes):
        return cached[1]
    tokens = [tokenize(q.text) for q in quotes]
    if len(_TOKENS_CACHE) >= 4:
        _TOKENS_CACHE.clear()
    _TOKENS_CACHE[id(quotes)] = (quotes, tokens)  # holding `quotes` keeps its id unique
    return tokens


def find_speakers(quotes: Sequence[Quote], words: str, k: int = 3) -> list[Quote]:
    """Return the quotes that best match `words` ("who said ..."), best first."""
    terms = tokenize(words)
    if not terms or k <= 0:
        return []
    scores = _bm25(_quote_tokens(quotes), terms)
    phrase = " ".join(words.casefold().split())
    ranked = sorted(
        (
            (
                score
                + (3.0 if phrase in q.text.casefold() else 0.0)
                - (0.5 if is_anonymous(q.speaker) else 0.0),
                i,
            )
            for i, (q, score) in enumerate(zip(quotes, scores, strict=True))
            if score > 0
        ),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return [quotes[i] for _, i in ranked[:k]]
