"""Quote hits: the quotes an answer shows, with their speakers and articles, each once.

Both speech answers (`speech_answers`) choose their quotes here: ranked quotes in, up to a
limit of `QuoteHit`s out, the same words of the same speaker shown once however many copies
of a story the archive holds.
"""

from __future__ import annotations

import re

from qabot.attribution import SpeakerDirectory
from qabot.indexing import Index
from qabot.records import ArticleInfo, Quote
from qabot.search.filters import Filters
from qabot.search.quote_groups import QuoteHit

_WORDS = re.compile(r"\w+")


def quote_hits(
    index: Index,
    directory: SpeakerDirectory,
    quotes: list[Quote],
    limit: int,
    filters: Filters | None = None,
    newest_first: bool = False,
) -> list[QuoteHit]:
    """Return up to `limit` quotes with their articles; the same words of the same speaker
    (one story saved twice, a wire copy, reported words that hold a quote already shown) are
    shown once. Only articles the filters admit count; `newest_first` orders the chosen quotes
    by their article's date (a person's timeline)."""
    unknown = ArticleInfo(id="", path="", title="")
    hits: list[QuoteHit] = []
    seen: dict[str, list[str]] = {}
    for quote in quotes:
        speaker = directory.canonical(quote)
        words = " ".join(_WORDS.findall(quote.text.casefold()))
        article = index.articles.get(quote.article_id, unknown)
        shown = seen.setdefault(speaker, [])
        if not _repeats(words, shown) and (not filters or filters.admits(article)):
            shown.append(words)
            hits.append(QuoteHit(quote, speaker, article))
            if len(hits) == limit:
                break
    if newest_first:
        hits.sort(key=lambda hit: hit.article.date or "", reverse=True)  # stable: rank in a day
    return hits


def _repeats(words: str, shown: list[str]) -> bool:
    """Return True when `words` were shown already: the same, inside a quote shown, or
    holding one shown that is at least half as long ('told the PLP: "I know ..."')."""
    padded = f" {words} "
    return any(
        padded in f" {other} " or (f" {other} " in padded and 2 * len(other) >= len(words))
        for other in shown
    )
