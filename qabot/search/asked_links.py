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
from qabot.search.hit_record import Hit
from qabot.search.replies import asks_for_more
from qabot.search.wording import echo
from qabot.text import STOP_WORDS, sentence_spans, tokenize
from qabot.text.patterns import LETTER_WORD, lazy

# a web address: with its scheme or "www.", or a bare host and path ("bbc.co.uk/news/...": a
# host of dotted names ending in letters, then "/"; a bare host alone is a name, "Amazon.com")
_LINK = lazy(
    r"(?:https?://|www\.|(?<![\w@./-])(?:[a-z0-9-]+\.)+[a-z]{2,}/)[^\s<>\"“”‘’']+",
    re.IGNORECASE,
)
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
    the search before it; with other words, its passages that hold them (None: no link)."""
    now, typed = time.monotonic(), text
    last = conversation.recent_search(now) if conversation is not None else None
    if last is not None and not offset and asks_for_more(text) and _one_link(last.words):
        offset, text = last.offset + last.shown, last.words  # "more" after a link: its next page
    link = _lone_link(text)
    if link is None:
        return _linked_about(index, text, top, offset, conversation, typed)
    article = _saved_from(index, link)
    if article is None:
        return _not_saved(text, link)
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


def _linked_about(
    index: Index, text: str, top: int, offset: int, conversation: Conversation | None, typed: str
) -> Answer | None:
    """Answer "what does <link> say about X?" from the linked article's passages that hold
    words of X, the most first (None: no one link to a saved article, or nothing else asked).
    Read as a speech question, the link was a speaker "not named in the articles"."""
    found = _one_link(text)
    if found is None:
        return None
    link, rest = found
    asked = set(tokenize(rest))
    article = _saved_from(index, link) if asked else None
    if article is None and asked and _points_at(text):  # "what does <link> say about X?"
        return _not_saved(typed, link)
    if article is None:  # other words beside a link no article was saved from are searched
        return None
    scored = []
    for position, passage in enumerate(index.passages_of(article.id)):
        sentences = [passage.text[a:b] for a, b in sentence_spans(passage.text)] or [passage.text]
        held = [len(asked & set(tokenize(sentence))) for sentence in sentences]
        if any(held):
            best = sentences[held.index(max(held))]
            scored.append((-len(asked & set(tokenize(passage.text))), position, passage, best))
    scored.sort(key=lambda each: each[:2])
    shown = scored[offset : offset + max(top, 1)]
    hits = [
        Hit(rank, float(-score), passage, article, best)
        for rank, (score, _, passage, best) in enumerate(shown, start=offset + 1)
    ]
    if conversation is not None:
        conversation.remember_search(
            LastSearch(text, Filters(), offset, len(hits)), time.monotonic()
        )
    what = ", ".join(part for part in (article.source, article.date) if part)
    title = f"the article “{article.title}”" + (f" ({what})" if what else "")
    if not scored:
        lead = f"Nothing in {title} is about “{echo(rest)}”: ask with the link alone to read it."
    elif offset and not hits:
        lead = f"No more passages of {title} about “{echo(rest)}”."
    else:
        lead = f"From {title}, about “{echo(rest)}”:"
    more = offset + len(hits) < len(scored)
    return Answer(typed, bool(hits), lead, hits, more=more, offset=offset, searched=text)


def _not_saved(text: str, link: str) -> Answer:
    """Return the answer to a question about a link no article was saved from."""
    return Answer(
        text,
        False,
        f"“{echo(link)}” is a web address, and no article was saved from it. Ask about the "
        "articles in words, for example “What did … say about …?”; to add the page, save "
        "it into the articles folder (`qabot fetch URL`).",
    )


def _saved_from(index: Index, link: str) -> ArticleInfo | None:
    """Return the article saved from `link`, or None."""
    try:
        key = link_key(link)
    except ValueError:  # "http://[::1": not a link a page was saved from
        return None
    return next(
        (info for info in index.articles.values() if info.url and _same(info.url, key)), None
    )


def _points_at(text: str) -> bool:
    """Return whether `text` asks what its link says ("what does <link> say about X?": a word of
    _POINTING right after it), not about a subject the link is part of ("what did the minister
    say about www.example.org?")."""
    found = _LINK.search(text)
    after = LETTER_WORD.findall(text[found.end() :]) if found else []
    return bool(after) and after[0].casefold() in _POINTING


def _one_link(text: str) -> tuple[str, str] | None:
    """Return the one web address `text` holds and its other words but those that point at it
    ("what does <link> say about the vote?": "the vote"), or None."""
    links: list[str] = [link.rstrip(".,;:!?)") for link in _LINK.findall(text)]
    if len(links) != 1:
        return None
    rest = [
        w
        for w in LETTER_WORD.findall(_LINK.sub(" ", text))
        if w.casefold() not in STOP_WORDS | _POINTING
    ]
    return links[0], " ".join(rest)


def _lone_link(text: str) -> str | None:
    """Return the one web address `text` holds when its other words only point at it."""
    links: list[str] = [link.rstrip(".,;:!?)") for link in _LINK.findall(text)]
    rest = _LINK.sub(" ", text)
    words = {word.casefold() for word in LETTER_WORD.findall(rest)}
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
