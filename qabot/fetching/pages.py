"""Pages: a fetched web page -> the text of an article file (front matter, then the story).

The story is extracted by the same reader as saved .html files (`qabot.ingest.read_html_page`,
trafilatura plus our debris rules), so a fetched page and a saved one give the same passages.
What is saved is a .md file whose front matter (title, source, date, url) `parse_text_article`
reads back: the archive keeps the text as extracted, readable and editable by hand.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from qabot.fetching.feeds import FeedItem
from qabot.ingest import read_html_page
from qabot.text.patterns import lazy

MIN_ARTICLE_WORDS = 60  # less main text than this is a front page, a list or a stub
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
_SLUG = lazy(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageArticle:
    """An article made from a web page: its file name, the file's text and what identifies it."""

    folder: str  # relative to the articles folder: "web/<host>"
    name: str  # "<slug>-<hash>.md"
    text: str  # front matter + body, what is written to disk
    title: str
    url: str
    content_hash: str  # of the extracted words, to spot the same story under two URLs


class NotAnArticle(Exception):
    """The page holds no story to index (a front page, a login wall, a video, a stub)."""


def host_of(url: str) -> str:
    """Return the host of `url` without "www." ("https://www.bbc.co.uk/x" -> "bbc.co.uk")."""
    return (urlsplit(url).hostname or "unknown").removeprefix("www.")


def content_hash(text: str) -> str:
    """Return a hash of the words of `text`: white space and case do not matter."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()


def file_name(title: str, url: str) -> str:
    """Return a readable, unique file name for the article at `url`."""
    slug = _SLUG.sub("-", title.casefold()).strip("-")[:60].strip("-") or "article"
    return f"{slug}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}.md"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def article_file_text(
    *,
    title: str,
    source: str | None,
    date: str | None,
    url: str,
    body: str,
    author: str | None = None,
) -> str:
    """Return an article file: `---` front matter (title, source, author, date, url), then the
    body."""
    lines = ["---", f"title: {_one_line(title)}"]
    if source:
        lines.append(f"source: {_one_line(source)}")
    if author:
        lines.append(f"author: {_one_line(author)}")
    if date:
        lines.append(f"date: {date}")
    lines += [f"url: {_one_line(url)}", "---", ""]
    return "\n".join(lines) + body.strip() + "\n"


def decode_page(content: bytes, charset: str | None) -> str:
    """Return the page's text: the declared charset, else trafilatura's guess."""
    if charset:
        try:
            return content.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: guess instead
    from trafilatura.utils import decode_file

    decoded = decode_file(content)
    return decoded if isinstance(decoded, str) else decoded.decode("utf-8", errors="replace")


def page_article(html: str, url: str, item: FeedItem | None = None) -> PageArticle:
    """Return the article in a fetched page; raise NotAnArticle when it holds no story.

    What the page does not say is taken from the feed item (title, date), then from the URL (the
    host as outlet): a story saved from a feed keeps its date even on pages without metadata.
    """
    folder = f"web/{host_of(url)}"
    reading = read_html_page(html, f"{folder}/page.html")
    article = reading.article
    if article is None:  # a consent wall, a login page, menus and links: ingest says which
        reason = (reading.problem or "no main text").removesuffix(", not an article")
        raise NotAnArticle(f"not an article ({reason})")
    words = len(article.text.split())
    if words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(f"not an article ({words} words of main text)")
    info = article.info
    title = info.title if info.title and info.title != info.path else (item and item.title) or ""
    if not title:
        raise NotAnArticle("not an article (no title)")
    page_url = info.url if info.url and info.url.startswith(("http://", "https://")) else url
    return _article(
        title=title,
        source=info.source or host_of(url),
        date=info.date or (item.date if item else None),
        url=page_url,
        body=article.text,
        author=info.author or (item.author if item else None),
        fetched_from=url,
    )


def feed_article(item: FeedItem) -> PageArticle:
    """Return the article a feed item carries in its own text (for when its page cannot be read:
    a paywall, robots.txt, a page gone); raise NotAnArticle when that text is a mere teaser."""
    words = len((item.text or "").split())
    if words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(f"the feed gives {words} words of it")
    title = _one_line(item.title or "")
    if not title:
        raise NotAnArticle("the feed gives it no title")
    return _article(
        title=title,
        source=host_of(item.url),
        date=item.date,
        url=item.url,
        body=item.text or "",
        author=item.author,
        fetched_from=item.url,
    )


def _article(
    *,
    title: str,
    source: str | None,
    date: str | None,
    url: str,
    body: str,
    author: str | None,
    fetched_from: str,
) -> PageArticle:
    """Return the article file made of these parts, named and filed by the URL it was fetched
    from (its folder is that host's; the front matter keeps the page's own URL)."""
    return PageArticle(
        folder=f"web/{host_of(fetched_from)}",
        name=file_name(title, fetched_from),
        text=article_file_text(
            title=title, source=source, date=date, url=url, body=body, author=author
        ),
        title=_one_line(title),
        url=url,
        content_hash=content_hash(body),
    )
