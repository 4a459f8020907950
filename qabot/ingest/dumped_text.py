"""Text the extractor dumped in one line, given back its lines (for `html_pages`).

When trafilatura finds too little text in a page (a teaser above a paywall, a short story in a
busy template), it falls back to the whole text of the page's `<article>` or body joined into
one line: breadcrumbs, the photo caption and its credit, the byline, the story and the
sidebar's dated headlines run together, and no furniture rule can tell them apart. Such a line
is cut again at the page's own block boundaries (paragraphs, headings, list items, captions), so
the furniture rules see the lines a reader sees. Nothing is added: every line returned is a
piece of the dumped line, in its order.
"""

from __future__ import annotations

import html
from copy import deepcopy

from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring

from qabot.ingest.html_repairs import LINE_BLOCKS

# Elements that start a new line on screen (what the extractor's dump joins with spaces): the
# blocks, line breaks and rules, table rows and cells, and a details box's summary
_BLOCKS = LINE_BLOCKS | {"br", "hr", "summary", "td", "th", "tr"}
DUMP_WORDS = 30  # a line this long, alone or nearly in the text, may be a dump
MIN_COVERED = 0.9  # of the dumped line that the page's blocks must account for


def block_lines(element: HtmlElement) -> list[str]:
    """Return the visible text of `element`, one line per block (scripts and styles left out)."""
    copy = deepcopy(element)
    for node in list(copy.iter("script", "style", "noscript", "template")):
        if node is not copy and node.getparent() is not None:
            node.drop_tree()
    for node in copy.iter():
        if isinstance(node.tag, str) and node.tag in _BLOCKS:
            node.text = "\n" + (node.text or "")
            node.tail = "\n" + (node.tail or "")
    lines = (" ".join(line.split()) for line in copy.text_content().split("\n"))
    return [line for line in lines if line]


def fragment_paragraphs(markup: str) -> list[str]:
    """Return the paragraphs of an HTML fragment (a feed item's content), one per block.

    Feeds carry a story's text as escaped HTML; read as plain text it would keep its tags. Text
    that holds no tag is returned as one paragraph. Untrusted: lxml's HTML parser fetches nothing.
    """
    if "<" not in markup:
        text = " ".join(html.unescape(markup).split())
        return [text] if text else []
    try:
        element = fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    for node in list(element.iter("img", "figure", "figcaption", "iframe", "video", "audio")):
        if node.getparent() is not None:
            node.drop_tree()  # an image's caption or a player is not the story's words
    return block_lines(element)


def _aligned(dump: str, lines: list[str]) -> list[str] | None:
    """Return the lines that spell `dump` in order, or None when they account for too little
    of it. A line the dump does not go on with (the extractor cleaned it out) is skipped."""
    found: list[str] = []
    position = covered = 0
    for line in lines:
        while position < len(dump) and dump[position] == " ":
            position += 1
        if dump.startswith(line, position):
            found.append(line)
            covered += len(line.replace(" ", ""))
            position += len(line)
    if covered < MIN_COVERED * len(dump.replace(" ", "")):
        return None
    return found


def split_dumped_lines(lines: list[str], tree: HtmlElement) -> list[str]:
    """Return `lines` with each dumped line (one long line that is the text of an `<article>`
    or of the body) replaced by its block lines."""
    if sum(1 for line in lines if line) > 3:
        return lines  # the extractor kept the page's lines: nothing was dumped
    candidates: list[HtmlElement] | None = None
    out: list[str] = []
    for line in lines:
        if len(line.split()) < DUMP_WORDS:
            out.append(line)
            continue
        if candidates is None:
            candidates = [*tree.iter("article"), *tree.xpath("//body"), tree]
        dump = " ".join(line.split())
        for element in candidates:
            pieces = _aligned(dump, block_lines(element))
            if pieces and len(pieces) > 1:
                out.extend(piece for found in pieces for piece in (found, ""))
                break
        else:
            out.append(line)
    return out
