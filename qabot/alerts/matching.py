"""Matching: newly indexed articles + subscriptions -> the alerts to send.

A words subscription matches a passage of a new article that holds most of the subscription's
weight (the relevance floor of answers, `qabot.search.relevance`, with the idf of the whole
index: a passage must hold at least COVERAGE of it, title words counting half); a speaker
subscription matches a new quote whose speaker resolves to the subscribed name. Each chat gets at
most one alert per article: its first subscription that matches, with the best passage or quote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qabot.alerts.store import Subscription
from qabot.indexing import Index, chunk_article
from qabot.records import Article, ArticleInfo, Passage
from qabot.search import Hit, QuoteHit, best_sentence, coverage, relevance_terms
from qabot.text import tokenize

COVERAGE = 0.8  # share of a subscription's weight a passage must hold (answers' COVERAGE_SHARE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """One alert for one chat: the subscription, and the passage or the quotes that matched."""

    subscription: Subscription
    article: ArticleInfo
    passage: Hit | None = None
    quotes: tuple[QuoteHit, ...] = ()


def _articles(index: Index, articles_dir: Path, article_ids: list[str]) -> list[Article]:
    """Read the new articles again from their files (passages are cut as the index cut them).
    `ingest` is imported here, when articles arrive: a bot that only answers starts without it."""
    from qabot.ingest import read_article_file

    wanted = set(article_ids)
    files = dict.fromkeys(
        index.articles[a].path.split("#", 1)[0] for a in article_ids if a in index.articles
    )
    found: list[Article] = []
    for name in files:
        articles, _ = read_article_file(articles_dir / name, articles_dir)
        found.extend(article for article in articles if article.id in wanted)
    return found


def _best_passage(
    index: Index, article: Article, passages: list[Passage], query: str
) -> Hit | None:
    """Return the passage of `article` that holds the most of `query`'s weight, if enough."""
    terms = relevance_terms(query)
    if not terms:
        return None
    weights = index.engine.idf(terms)
    if not any(weights.values()):
        weights = dict.fromkeys(terms, 1.0)  # no passage held them before: count them alike
    title = tokenize(article.info.title)
    best: tuple[float, Passage] | None = None
    for passage in passages:
        share = coverage(weights, tokenize(passage.text), title)
        if share >= COVERAGE - 1e-9 and (best is None or share > best[0]):
            best = (share, passage)
    if best is None:
        return None
    passage = best[1]
    info = index.articles.get(article.id, article.info)
    return Hit(1, best[0], passage, info, best_sentence(passage.text, weights, query))


def find_alerts(
    index: Index,
    articles_dir: Path,
    article_ids: Iterable[str],
    subscriptions: list[Subscription],
) -> list[Alert]:
    """Return the alerts the new articles `article_ids` give, one per chat and article."""
    ids = list(dict.fromkeys(article_ids))
    if not ids or not subscriptions:
        return []
    words = [s for s in subscriptions if s.kind == "words"]
    speakers = [s for s in subscriptions if s.kind == "speaker"]
    alerts: dict[tuple[int, str], Alert] = {}
    if words:
        for article in _articles(index, articles_dir, ids):
            passages = chunk_article(article)
            for subscription in words:
                key = (subscription.chat_id, article.id)
                if key not in alerts:
                    hit = _best_passage(index, article, passages, subscription.query)
                    if hit is not None:
                        alerts[key] = Alert(
                            subscription=subscription, article=hit.article, passage=hit
                        )
    if speakers:
        directory = index.speakers
        by_article: dict[str, list[QuoteHit]] = defaultdict(list)
        unknown = ArticleInfo(id="", path="", title="")
        for quote in index.quotes_of_articles(ids):
            info = index.articles.get(quote.article_id, unknown)
            by_article[quote.article_id].append(QuoteHit(quote, directory.canonical(quote), info))
        for subscription in speakers:
            names = set(directory.resolve(subscription.query)[:1])
            for article_id, hits in by_article.items():
                key = (subscription.chat_id, article_id)
                theirs = tuple(hit for hit in hits if hit.speaker in names)
                if theirs and key not in alerts:
                    alerts[key] = Alert(
                        subscription=subscription, article=theirs[0].article, quotes=theirs[:3]
                    )
    return list(alerts.values())
