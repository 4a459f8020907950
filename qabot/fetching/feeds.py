"""Feeds: the bytes of an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document -> `Feed` items.

Only what a fetch needs is read: each item's link, title, date and text (its full content where
the feed carries it, else its summary, as plain paragraphs). Untrusted bytes: the
XML parser resolves no entities, loads no DTD and touches no network, and anything that is not a
feed (a web page, broken XML, random bytes) gives None, never an exception. trafilatura's own
feed reader returns links only (no titles or dates), so the feed is read here.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from qabot.ingest import byline_names, fragment_paragraphs, normalize_date
from qabot.text.patterns import lazy

MAX_ITEMS = 500  # a feed lists the latest stories; more is a dump, and is cut

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)

_DECLARATION = lazy(r"\A\ufeff?\s*<\?xml[^>]*\?>")
# the control characters XML 1.0 forbids (all of C0 but tab and the line ends): a publisher's
# system lets one into a title now and then, and a strict parser then refuses every item
_FORBIDDEN = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedItem:
    """One story a feed lists: where it is, and what the feed says about it."""

    url: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when the feed gives a readable one
    # the story's words as the feed gives them (paragraphs split by blank lines): what is saved
    # when the page itself cannot be read
    text: str | None = None
    author: str | None = None  # the byline's people, when the feed names them


@dataclass(frozen=True, slots=True, kw_only=True)
class Feed:
    """A parsed feed: its kind ("rss", "atom", "json"), title and items (newest first as given)."""

    kind: str
    title: str | None
    items: list[FeedItem]
    items_without_link: int = 0


def _local(tag: object) -> str:
    """Return an element's tag without its namespace ("{http://...}entry" -> "entry")."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _markup(element: etree._Element | None, *, atom: bool = False) -> str:
    """Return what an element holds as HTML: its text (escaped HTML or CDATA, as RSS and Atom
    carry it) or, for Atom's type="xhtml", its child elements written out. Atom's plain "text"
    (its default) is escaped, so that "a < b" stays words."""
    if element is None:
        return ""
    if atom and element.get("type", "text") == "text":
        return html.escape(element.text or "")
    if len(element):
        inner = [element.text or ""]
        inner += [etree.tostring(child, encoding="unicode") for child in element]
        return "".join(inner)
    return element.text or ""


def _fullest(*markups: object) -> str | None:
    """Return the fullest of an item's texts (content, description, summary) as paragraphs."""
    best: list[str] = []
    for markup in markups:
        if isinstance(markup, str) and markup.strip():
            paragraphs = fragment_paragraphs(markup)
            if sum(len(p.split()) for p in paragraphs) > sum(len(p.split()) for p in best):
                best = paragraphs
    return "\n\n".join(best) or None


def _atom_author(element: etree._Element) -> str | None:
    """Return the names of an Atom entry's (or feed's) authors, "; " between them."""
    authors = (child for child in element if _local(child.tag) == "author")
    return "; ".join(n for author in authors if (n := _text(_child(author, "name")))) or None


# RSS's author is an e-mail address, the name in brackets: "desk@news.test (Jane Doe)"
_MAILED_NAME = lazy(r"\S+@\S+\s*\(([^()]+)\)")


def _rss_author(item: etree._Element) -> str | None:
    """Return the byline of an RSS item: dc:creator, or the name in its author field."""
    creator = _text(_child(item, "creator"))
    if creator:
        return creator
    author = _text(_child(item, "author")) or ""
    mailed = _MAILED_NAME.fullmatch(author)
    return mailed[1] if mailed else None if "@" in author else author or None


def _child(element: etree._Element, *names: str) -> etree._Element | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _web_url(value: str | None, base: str) -> str | None:
    """Return `value` resolved against `base` when it is an http(s) URL, else None."""
    if not value or not isinstance(value, str):
        return None
    try:
        url = urljoin(base, value.strip())
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def _atom_link(entry: etree._Element, base: str) -> str | None:
    links = [child for child in entry if _local(child.tag) == "link"]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and (
            url := _web_url(link.get("href"), base)
        ):
            return url
    return None


def _xml_items(root: etree._Element, base: str) -> tuple[str, str | None, list[Any]]:
    """Return (kind, title, [(url, title, date, text, author), ...]) of an XML feed."""
    kind = _local(root.tag)
    if kind == "feed":  # Atom
        items = []
        feed_author = _atom_author(root)
        for entry in (child for child in root if _local(child.tag) == "entry"):
            date = _text(_child(entry, "published", "updated", "issued", "modified"))
            items.append(
                (
                    _atom_link(entry, base),
                    _text(_child(entry, "title")),
                    date,
                    _fullest(
                        _markup(_child(entry, "content"), atom=True),
                        _markup(_child(entry, "summary"), atom=True),
                    ),
                    _atom_author(entry) or feed_author,
                )
            )
        return "atom", _text(_child(root, "title")), items
    channel = _child(root, "channel")
    parents = [root] if kind == "rdf" else [channel] if channel is not None else []
    items = []
    for parent in parents:
        for item in (child for child in parent if _local(child.tag) == "item"):
            link = _text(_child(item, "link"))
            guid = _child(item, "guid")
            if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
                link = _text(guid)
            items.append(
                (
                    _web_url(
                        link or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"),
                        base,
                    ),
                    _text(_child(item, "title")),
                    _text(_child(item, "pubdate", "date", "published", "updated")),
                    _fullest(
                        _markup(_child(item, "encoded")),  # content:encoded, the whole story
                        _markup(_child(item, "description", "summary")),
                    ),
                    _rss_author(item),
                )
            )
    title = _text(_child(channel, "title")) if channel is not None else None
    return "rss", title, items


def _json_items(data: Any, base: str) -> tuple[str, str | None, list[Any]] | None:
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        return None
    items = []
    raw_items = data.get("items")
    for item in raw_items if isinstance(raw_items, list) else []:
        if not isinstance(item, dict):
            continue
        url = _web_url(item.get("url"), base) or _web_url(item.get("external_url"), base)
        items.append(
            (
                url,
                _string(item.get("title")),
                _string(item.get("date_published") or item.get("date_modified")),
                _fullest(item.get("content_html"), item.get("content_text"), item.get("summary")),
                item.get("authors") or item.get("author") or data.get("authors"),
            )
        )
    return "json", _string(data.get("title")), items


def _string(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _repaired(data: bytes) -> bytes | None:
    """Return a feed's XML that a strict parser refused, as UTF-8 a parser can read: invalid
    bytes as U+FFFD (`_lenient`), the control characters XML forbids left out, and without its
    declaration (it may name another encoding); None for UTF-16 or UTF-32, or when nothing is
    changed (it was refused for another fault)."""
    text = _lenient(data)
    if text is None:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
            return None
        text = data.decode("utf-8")
    repaired = _DECLARATION.sub("", _FORBIDDEN.sub("", text)).encode("utf-8")
    return None if repaired == data else repaired


def _lenient(data: bytes) -> str | None:
    """Return `data` read as UTF-8 with each invalid byte as U+FFFD, when it is not valid UTF-8
    (nor UTF-16/32): one stray Latin-1 byte in a feed labelled UTF-8 must not lose every item."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        return None  # UTF-16 or UTF-32: the parsers read those themselves
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")
    return None


def parse_feed(data: bytes, base_url: str = "") -> Feed | None:
    """Return the feed in `data` (links resolved against `base_url`), or None if it is not one."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    found: tuple[str, str | None, list[Any]] | None = None
    if head.startswith((b"{", b"[")):
        try:
            found = _json_items(json.loads(_lenient(data) or data), base_url)
        except (ValueError, RecursionError):
            return None
    elif head.startswith(b"<"):
        try:
            root = etree.fromstring(data, _PARSER)
        except (etree.XMLSyntaxError, ValueError):
            if (repaired := _repaired(data)) is None:
                return None
            try:  # read again as the UTF-8 it mostly is, without what XML forbids
                root = etree.fromstring(repaired, _PARSER)
            except (etree.XMLSyntaxError, ValueError):
                return None
        if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
            return None
        found = _xml_items(root, base_url)
    if found is None:
        return None
    kind, title, raw = found
    items: list[FeedItem] = []
    seen: set[str] = set()
    missing = 0
    for url, item_title, date, text, author in raw:
        if url is None:
            missing += 1
        elif url not in seen and len(items) < MAX_ITEMS:
            seen.add(url)
            items.append(
                FeedItem(
                    url=url,
                    title=item_title,
                    date=normalize_date(date),
                    text=text,
                    author=byline_names(author),
                )
            )
    return Feed(kind=kind, title=title, items=items, items_without_link=missing)
