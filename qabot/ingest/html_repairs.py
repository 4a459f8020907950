"""Repairs to a saved page's text before extraction (for `html_pages`).

Pages set parts of a sentence apart for looks, and extractors then read them wrong: a drop-cap
first letter in an element of its own becomes a line of its own ("T" / "urkey"), and an inline
element after a heading's last sentence is glued to it ("recovery?Monday"). Both are mended in
the tree, so the extracted text reads as the page does. And a block set between two runs of
inline text ("<a>ferry</a><ul>...</ul><span>By</span>") is followed by a line break: the
extractor may drop the block (a short list of links) and join the text on either side
("ferryBy").
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.html import HtmlElement

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({"p", "div", "section", "blockquote"})
_GLUE_END = ".?!:\u2026\u201d\"'"
# elements a browser starts on a new line; text on either side of one is never one word
# (`dumped_text` cuts dumped lines at these and at line breaks, rules and table parts)
LINE_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header li main nav ol p pre section table ul".split()
)


def _first_text_holder(element: HtmlElement) -> HtmlElement | None:
    """Return the element whose `.text` starts `element`'s visible text."""
    while element is not None:
        if (element.text or "").strip():
            return element
        children = [c for c in element if isinstance(c.tag, str)]
        element = children[0] if children else None
    return None


def restore_drop_caps(body: HtmlElement) -> None:
    """Put a drop-cap letter set in its own element back in front of its paragraph."""
    for letter in list(body.iter()):
        text = (letter.text or "").strip()
        if not isinstance(letter.tag, str) or len(letter) or len(text) != 1:
            continue
        if not (text.isalpha() and text.isupper()) or (letter.tail or "").strip():
            continue
        following = letter.getnext()
        if following is None or following.tag not in _BLOCKS:
            continue
        holder = _first_text_holder(following)
        if holder is None or not (holder.text or "").lstrip()[:1].islower():
            continue
        holder.text = text + (holder.text or "").lstrip()
        letter.drop_tree()


def separate_glued(body: HtmlElement) -> None:
    """Give an inline element after a heading's last sentence its own line (a date, a byline)."""
    for heading in list(body.iter(*_HEADINGS)):
        previous_text = heading.text
        for child in list(heading):
            if not isinstance(child.tag, str):
                previous_text = child.tail
                continue
            starts = (child.text or "")[:1]
            if previous_text and previous_text[-1] in _GLUE_END and starts.isalnum():
                child.addprevious(lxml_html.Element("br"))
            previous_text = child.tail


def _inline(element: HtmlElement | None) -> bool:
    return element is not None and isinstance(element.tag, str) and element.tag not in LINE_BLOCKS


def _ends_word(text: str | None) -> bool:
    return bool(text) and not (text or "")[-1].isspace()


def _starts_word(text: str | None) -> bool:
    return bool(text) and not (text or "")[0].isspace()


def keep_apart_around_blocks(body: HtmlElement) -> None:
    """Put a line break after a block that sits between two runs of inline text with no space on
    either side: the extractor drops some blocks (an empty spacer, a short list of links) and
    joins their tails to the text before them ("instructions.Add"). Blocks among blocks, or
    with a space beside them, are left alone (each extracts as its own line)."""
    for block in list(body.iter(*LINE_BLOCKS)):
        previous, following, parent = block.getprevious(), block.getnext(), block.getparent()
        if previous is None:
            before = parent is not None and _ends_word(parent.text)
        elif previous.tail:
            before = _ends_word(previous.tail)
        else:
            before = _inline(previous) and _ends_word(previous.text_content())
        if block.tail:
            after = _starts_word(block.tail)
        else:
            after = _inline(following) and _starts_word(following.text_content())
        if before and after:
            block.tail = "\n" + (block.tail or "")
