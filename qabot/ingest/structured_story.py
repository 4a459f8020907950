"""The story as the page's structured data gives it: JSON-LD `articleBody` (for `html_pages`).

Some pages build their text with scripts, or show a teaser and a paywall, yet carry the whole
story in a `<script type="application/ld+json">` block (`"articleBody": "..."`), written for
search engines. When the text extracted from the page is not an article, or holds less than half
the prose of that body (or is a teaser cut by a paywall prompt), the body is read instead; a
page with several bodies (a list of articles, a live blog's updates) is left as it is. The block
is untrusted like the rest of the page: malformed JSON is ignored, nesting is walked without
recursion, and markup or entities inside the string are reduced to text.
"""

from __future__ import annotations

import contextlib
import html as html_text
import json
import re

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from qabot.text.patterns import lazy

_BREAKS = lazy(r"<br\s*/?>|</(?:p|h[1-6]|li|div|blockquote)\s*>", re.IGNORECASE)
_TAG = lazy(r"<[a-zA-Z/!]")
MAX_NODES = 100_000  # JSON values walked in one block: a sitemap-sized block is not a story


def _bodies(data: object) -> list[str]:
    """Return every `articleBody` string in a JSON value, walked without recursion."""
    found: list[str] = []
    stack = [data]
    walked = 0
    while stack and walked < MAX_NODES:
        walked += 1
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "articleBody" and isinstance(item, str):
                    found.append(item)
                elif isinstance(item, dict | list):
                    stack.append(item)
        elif isinstance(value, list):
            stack.extend(item for item in value if isinstance(item, dict | list))
    return found


def _as_text(body: str) -> str:
    """Return the body as plain text: markup dropped, paragraph breaks kept, entities decoded."""
    if _TAG.search(body):
        try:
            fragment = lxml_html.fragment_fromstring(
                _BREAKS.sub("\n\n", body), create_parent="div"
            )
            body = fragment.text_content()
        except (etree.ParserError, ValueError):
            body = _BREAKS.sub("\n\n", body)
    return html_text.unescape(body)


def structured_story(tree: HtmlElement) -> list[str]:
    """Return the lines of the page's JSON-LD `articleBody` (an empty list unless there is
    exactly one), and remove the blocks from the tree: the extractor would otherwise fall back
    on every body of the page joined, a list of articles read as one story."""
    bodies: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        # malformed or absurdly nested: the page's text is used as it is
        with contextlib.suppress(ValueError, RecursionError):
            bodies += _bodies(json.loads(script.text or ""))
        script.drop_tree()
    bodies = [body for body in bodies if body.strip()]
    if len(bodies) != 1:
        return []  # several bodies: a list of articles or a live blog, none of them the page's
    text = _as_text(bodies[0]).replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n")]
