"""A web address typed (or pasted) as the question: readers paste a story's link to ask about
it. Searched as words, it was its numbers and path ("No article mentions “2024” or “05” ...");
its article's opening is the answer when an article was saved from it, else a plain word that
none was."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from qabot.indexing import Index
from qabot.records import ArticleInfo
from qabot.search.answer_record import Answer
from qabot.search.retrieval import Hit
from qabot.search.wording import echo
from qabot.text import STOP_WORDS, sentence_spans
from qabot.text.patterns import lazy

_LINK = lazy(r"(?:https?://|www\.)[^\s<>\"“”‘’']+", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_]+")
# words that only point at the link ("what does this say?", "summary of this article")
_POINTING = frozenset(
    "say says said summary summarise summarize tell article story page link read show "
    "please one piece".split()
)


def link_key(url: str) -> str:
    """Return `url` as two links to the same page share it: no scheme, "www.", query,
    fragment or trailing slash, in lower case."""
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".casefold()


def link_answer(index: Index, text: str, top: int) -> Answer | None:
    """Return the answer to a question that is a web address and words pointing at it (None:
    no link, or other words to search)."""
    links = [link.rstrip(".,;:!?)") for link in _LINK.findall(text)]
    rest = _LINK.sub(" ", text)
    words = {word.casefold() for word in _WORD.findall(rest)}
    if len(links) != 1 or not words <= STOP_WORDS | _POINTING:
        return None
    link = links[0]
    try:
        key = link_key(link)
    except ValueError:  # "http://[::1": not a link a page was saved from
        key = ""
    article = next(
        (info for info in index.articles.values() if info.url and _same(info.url, key)), None
    )
    if article is None:
        return Answer(
            text,
            False,
            f"“{echo(link)}” is a web address, and no article was saved from it. Ask about the "
            "articles in words, for example “What did … say about …?”; to add the page, save "
            "it into the articles folder (`qabot fetch URL`).",
        )
    hits = _opening(index, article, top)
    what = ", ".join(part for part in (article.source, article.date) if part)
    lead = f"That link is the article “{article.title}”" + (f" ({what})" if what else "")
    return Answer(text, bool(hits), lead + ":", hits)


def _same(url: str, key: str) -> bool:
    try:
        return bool(key) and link_key(url) == key
    except ValueError:
        return False


def _opening(index: Index, article: ArticleInfo, top: int) -> list[Hit]:
    """Return the first `top` passages of `article`, each with its first sentence emphasised."""
    hits = []
    for rank, passage in enumerate(index.passages_of(article.id)[: max(top, 1)], start=1):
        spans = sentence_spans(passage.text)
        first = passage.text[spans[0][0] : spans[0][1]] if spans else passage.text
        hits.append(Hit(rank, 0.0, passage, article, first))
    return hits
