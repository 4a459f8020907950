"""A web address typed (or pasted) as the question: readers paste a story's link to ask about
it. Searched as words, it was its numbers and path ("No article mentions “2024” or “05” ...");
its article's opening is the answer when an article was saved from it, else a plain word that
none was. "More" then goes on through that article."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from urllib.parse import urlsplit

from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage
from qabot.search.answer_record import Answer
from qabot.search.conversation import Conversation, LastSearch
from qabot.search.filters import Filters
from qabot.search.replies import asks_for_more
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

# the lead of a further page of a linked article, "More of the article “T” (6-8):": a front end
# that shows fewer passages than asked rewrites its span
ARTICLE_PAGE = "More of the article"


def link_key(url: str) -> str:
    """Return `url` as two links to the same page share it: no scheme, "www.", query,
    fragment or trailing slash, in lower case."""
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".casefold()


def link_answer(
    index: Index, text: str, top: int, offset: int = 0, conversation: Conversation | None = None
) -> Answer | None:
    """Return the answer to a question that is a web address and words pointing at it, its
    passages from `offset` on; after one, "more" gives the article's next passages, never
    the search before it (None: no link, or other words to search)."""
    now, typed = time.monotonic(), text
    last = conversation.recent_search(now) if conversation is not None else None
    if last is not None and not offset and asks_for_more(text) and _lone_link(last.words):
        offset, text = last.offset + last.shown, last.words  # "more" after a link: its next page
    link = _lone_link(text)
    if link is None:
        return None
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
    passages = index.passages_of(article.id)
    hits = _opening(article, passages[offset : offset + max(top, 1)], offset)
    if conversation is not None:
        conversation.remember_search(LastSearch(text, Filters(), offset, len(hits)), now)
    what = ", ".join(part for part in (article.source, article.date) if part)
    lead = f"That link is the article “{article.title}”" + (f" ({what})" if what else "") + ":"
    if offset and hits:
        span = f"{offset + 1}-{offset + len(hits)}" if len(hits) > 1 else str(offset + 1)
        lead = f"{ARTICLE_PAGE} “{article.title}” ({span}):"
    elif offset:
        lead = f"No more passages in the article “{article.title}”."
    more = offset + len(hits) < len(passages)
    return Answer(typed, bool(hits), lead, hits, more=more, offset=offset, searched=text)


def _lone_link(text: str) -> str | None:
    """Return the one web address `text` holds when its other words only point at it."""
    links: list[str] = [link.rstrip(".,;:!?)") for link in _LINK.findall(text)]
    rest = _LINK.sub(" ", text)
    words = {word.casefold() for word in _WORD.findall(rest)}
    if len(links) != 1 or not words <= STOP_WORDS | _POINTING:
        return None
    return links[0]


def _same(url: str, key: str) -> bool:
    try:
        return bool(key) and link_key(url) == key
    except ValueError:
        return False


def _opening(article: ArticleInfo, passages: Sequence[Passage], offset: int) -> list[Hit]:
    """Return `passages` of `article` (from the `offset`th on) as hits, each with its first
    sentence emphasised."""
    hits = []
    for rank, passage in enumerate(passages, start=offset + 1):
        spans = sentence_spans(passage.text)
        first = passage.text[spans[0][0] : spans[0][1]] if spans else passage.text
        hits.append(Hit(rank, 0.0, passage, article, first))
    return hits
