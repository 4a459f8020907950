"""Newest articles: "what's new?", "latest news from Reuters", "what happened yesterday?".

A question whose words, once its dates and outlets are read, say nothing but "news" has nothing
to rank passages by: the answer lists the openings of the newest articles the filters admit,
newest first, straight from the engine's day field.
"""

from __future__ import annotations

from qabot.indexing import Index
from qabot.records import ArticleInfo
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit, Ranked
from qabot.search.retrieval import bounded
from qabot.text import sentence_spans, tokenize

# words that ask for news without saying about what ("what's new?", "any news?", "anything
# from the Intercept?")
NEWS_WORDS = frozenset(
    tokenize(
        "news new happened happen happening happens stories story headlines headline articles "
        "article updates update going developments reported published anything"
    )
)


def asks_for_news_only(
    terms: tuple[str, ...] | list[str], filters: Filters, *, dated: bool = False
) -> bool:
    """Tell whether a question with these terms and filters asks for the newest articles
    ("what's new?" alone does too when the archive has `dated` articles)."""
    return (bool(filters) or (dated and bool(terms))) and set(terms) <= NEWS_WORDS


def opening_statement(text: str) -> str:
    """Return the sentence of an article's opening to emphasise: its first that is not a
    question ("Do you know who your councilperson is?" opens a column, it tells nothing), or
    the first when all are."""
    sentences = [text[start:end] for start, end in sentence_spans(text)]
    for sentence in sentences:
        if not sentence.rstrip("\"'\u201d\u2019\u00bb)]").endswith("?"):
            return sentence
    return sentences[0] if sentences else text


def newest_articles(index: Index, k: int, offset: int, filters: Filters) -> Ranked:
    """Return the openings of the newest articles the filters admit, ranked offset+1 ...."""
    k, offset = bounded(k, offset)
    if k <= 0:
        return Ranked()
    passages = index.engine.newest(offset + k + 1, filters.passage_filter())
    hits = []
    for rank, passage in enumerate(passages[offset : offset + k], start=offset + 1):
        article = index.articles.get(passage.article_id) or ArticleInfo(
            id=passage.article_id, path="", title=""
        )
        hits.append(Hit(rank, 0.0, passage, article, opening_statement(passage.text)))
    return Ranked(hits, len(passages) > offset + k)
