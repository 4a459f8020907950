"""Article hits: the archive's best passages for some words, kept to a few articles
(`hits_in_articles`): a speaker's quotes are weighed by the passages of the archive's best k
for their words, yet only those of the speaker's own articles are ever looked up; and the
hits' articles' other passages holding those words (`context_in_articles`), for "who said ...?".
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection, Sequence
from dataclasses import replace

from qabot.engines import PassageFilter, ScoredPassages, Span
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.quote_ranking import Context
from qabot.text.signatures import order_key


def hits_in_articles(
    index: Index, terms: list[str], k: int, articles: Collection[str], *, share: float = 0.0
) -> tuple[list[tuple[Passage, float]], float]:
    """Return the hits of `index.engine.search(terms, k)` whose article is one of `articles`,
    and the best score of all k (0.0 when none), reading only those hits' passages; with a
    `share`, also the passages of `articles` below the k-th scoring that share of the best.

    A speaker's quotes are weighed by the passages of the archive's best k for their words,
    yet only those of the speaker's own articles are ever looked up: the same search limited
    to those articles (scores unchanged) finds them, and a hit of it is one of the k when it
    scores above the k-th, or ties with it and is among the tied ones kept. Where the archive
    holds many passages on the words, the k-th may score well: a passage scoring half the best
    is about them however many others do (a short story on a party's election spending, just
    below the hundred best passages on "spending" and "elections").
    """
    everywhere = index.engine.search_scored(terms, k)
    scores = everywhere.scores
    if not scores or not articles:
        return [], scores[0] if scores else 0.0
    found = _read_in_articles(everywhere, k, articles)
    if found is not None:
        return _with_share(index, terms, k, articles, found, scores, share), scores[0]
    where = PassageFilter(articles=frozenset(articles))
    among = index.engine.search_scored(terms, k, where)
    boundary = scores[-1] if len(scores) >= k else None  # a full page: lower hits are cut
    kept: list[tuple[Passage, float]] = []
    tied: set[str] | None = None
    for i, score in enumerate(among.scores):
        if boundary is not None and score < boundary:
            break
        passage = among.passage(i)
        if boundary is not None and score == boundary:
            if tied is None:  # which of the hits tied with the k-th made the cut
                tied = {everywhere.passage(j).id for j, s in enumerate(scores) if s == boundary}
            if passage.id not in tied:
                continue
        kept.append((passage, score))
    return _with_share(index, terms, k, articles, kept, scores, share), scores[0]


def _with_share(
    index: Index,
    terms: list[str],
    k: int,
    articles: Collection[str],
    found: list[tuple[Passage, float]],
    scores: Sequence[float],
    share: float,
) -> list[tuple[Passage, float]]:
    """Return `found` and, when the k-th of `scores` (a full page) is above `share` of the
    best, the passages of `articles` between the two, by the search limited to them."""
    floor = share * scores[0]
    if share <= 0 or len(scores) < k or scores[-1] <= floor:
        return found
    where = PassageFilter(articles=frozenset(articles))
    among = index.engine.search_scored(terms, k, where)
    seen = {passage.id for passage, _ in found}
    more = [
        (passage, score)
        for i, score in enumerate(among.scores)
        if score >= floor and (passage := among.passage(i)).id not in seen
    ]
    return found + more


def _read_in_articles(
    hits: ScoredPassages, k: int, articles: Collection[str]
) -> list[tuple[Passage, float]] | None:
    """Return those of `hits` (a search for k) in `articles`, found by the article order keys
    stored with them (`ScoredPassages.orders`), reading only the passages that may be theirs;
    None when the keys are not stored, or one of them ties with the k-th hit (which of a tie
    made the cut is then settled by the search limited to the articles).

    Every hit of the articles scoring above the k-th is one of the k, and the search limited
    to them lists all of those (fewer than k): the same hits, without that search."""
    orders = hits.orders
    if orders is None:
        return None
    keys = {order_key(article_id) for article_id in articles}
    scores = hits.scores
    boundary = scores[-1] if len(scores) >= k else None
    found: list[tuple[Passage, float]] = []
    for i, order in enumerate(orders):
        if order is not None and order not in keys:
            continue
        passage = hits.passage(i)
        if passage.article_id in articles:
            if scores[i] == boundary:
                return None
            found.append((passage, scores[i]))
    return found


# passages the search limited to the hits' articles returns at most: a few hundred, ten or so
# an article of the fifty hits read; those beyond score least of all
_IN_ARTICLES = 400


def context_in_articles(
    index: Index,
    terms: list[str],
    where: PassageFilter | None,
    hits: Sequence[tuple[Span, float]],
    best: float,
    quotes: Sequence[Quote],
    whole: bool,
) -> Context:
    """Return the `Context` of `hits` (of a search for `terms`, the best scoring `best`) with
    every other passage of their articles that holds a word of `terms`, scored by the same
    search limited to those articles (scores unchanged), read by span only: a quote in a
    passage just below the hits kept is in a passage that matches the question, not in one
    that matches none (a quote saying "Portuguese sides always are technically good" in a
    story among the hits, under "Portugal" and "technique" asked).

    That search is spared when it adds nothing `quotes` (those the context weighs) would
    feel: when the hits are `whole` (the search returned every passage holding a word), or
    when every quote lies in a hit (a passage the limited search adds scores no higher than
    any hit, so it raises neither a quote's passage, nor the one beside it, nor its article).
    For the same reason only the passages it finds in an article with a quote outside the
    hits are read (told by the article keys stored with them): a quote feels only the
    passages of its own article, and reading a passage's span costs far more than finding it.
    """
    spans = [span for span, _ in hits]
    scores = [score for _, score in hits]
    articles = frozenset(article_id for article_id, _, _ in spans)
    outside = _outside(quotes, spans)
    if articles and not whole and outside:
        limited = replace(where, articles=articles) if where else PassageFilter(articles=articles)
        among = index.engine.search_scored(terms, _IN_ARTICLES, limited)
        orders = among.orders
        felt = {order_key(article_id) for article_id in outside}
        seen = set(spans)
        for i, score in enumerate(among.scores):
            if orders is not None and orders[i] is not None and orders[i] not in felt:
                continue  # of an article whose quotes all lie in hits
            span = among.span(i)
            if span not in seen:
                seen.add(span)
                spans.append(span)
                scores.append(score)
    return Context(Context.of_spans(spans, scores).spans, best)


def _outside(quotes: Sequence[Quote], spans: Sequence[Span]) -> set[str]:
    """Return the articles of the quotes that overlap none of `spans` (article id, start, end).

    Each article's spans are sorted by start, with the furthest end of each first few: a quote
    overlaps one of them when a span opening before the quote ends reaches past its start,
    found by bisection (some 300 quotes against 50 spans a "who said ...?")."""
    where: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in spans:
        where.setdefault(article_id, []).append((start, end))
    reach: dict[str, tuple[list[int], list[int]]] = {}
    for article_id, pairs in where.items():
        pairs.sort()
        furthest = list(itertools.accumulate((end for _, end in pairs), max))
        reach[article_id] = ([start for start, _ in pairs], furthest)
    outside: set[str] = set()
    for quote in quotes:
        article = quote.article_id
        if article in outside:
            continue
        starts, furthest = reach.get(article, ([], []))
        opened = bisect.bisect_left(starts, quote.end)  # the spans opening before it ends
        if not opened or furthest[opened - 1] <= quote.start:
            outside.add(article)
    return outside
