"""Markup pasted with a question: "<b>Blair</b> iraq" copied from a page or a chat's source
read "b" as a word of the question. Tags of HTML's own elements and character references
("&amp;", "&#39;") are read as the text they stand for, numeric ones by the rule article text
is read by (`qabot.text.char_references`: printable characters only); a "<" of other words
stays. A script or style sheet pasted whole ("<script>alert(1)</script>") is code, not words:
it goes with its content (it had read as a template's placeholder "<script>")."""

from __future__ import annotations

import re

from qabot.text.char_references import decode_numeric_references
from qabot.text.patterns import lazy

# elements that mark words inside a line: taken out without a space ("<b>Blair</b>'s")
_INLINE = (
    "a abbr b big cite code del em font i ins kbd mark q s small span strike strong sub sup "
    "time tt u var"
)
# elements that stand between words or lines: taken out as a space ("one<br>two")
_BLOCK = (
    "article blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "img li ol p pre section table tbody td th thead tr ul"
)
_TAG = lazy(
    rf"<(?P<close>/?)(?P<name>{'|'.join(f'{_INLINE} {_BLOCK}'.split())})"
    r"(?:\s+[^<>]*)?/?>",
    re.IGNORECASE,
)
# an element whose content is code, not words ("<script>alert(1)</script>"): taken out with it,
# to its end tag or the end of the text
_CODE = lazy(
    r"<(?P<name>script|style)\b[^<>]*>.*?(?:</(?P=name)\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_REFERENCE = lazy(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_INLINE_NAMES = frozenset(_INLINE.split())


def pasted_code(text: str) -> str | None:
    """Return the name of the first element of code `text` holds ("script", "style"), or None."""
    found = _CODE.search(text) if "<" in text else None
    return None if found is None else found["name"].casefold()


def without_pasted_markup(text: str) -> str:
    """Return `text` with the HTML tags and character references pasted with it read as text,
    and its scripts and style sheets taken out."""
    if "<" in text:
        text = _CODE.sub(lambda m: _code_gap(m, text), text)
        text = _TAG.sub(lambda m: "" if m["name"].casefold() in _INLINE_NAMES else " ", text)
    if "&" in text:
        text = _REFERENCE.sub(_decoded, text)
    return text


def _code_gap(code: re.Match[str], text: str) -> str:
    """Return what a script or style sheet taken out leaves: nothing inside a word
    ("Stol<script>x</script>tenberg" is "Stoltenberg", not "Stol tenberg"), else a space."""
    start, end = code.start(), code.end()
    inside = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return "" if inside else " "


def _decoded(reference: re.Match[str]) -> str:
    """Return the text one reference stands for: a named one by HTML's table, a numeric one
    only when it is a printable character (one pass: "&amp;#233;" is "&#233;" as written)."""
    if reference[0].startswith("&#"):
        return decode_numeric_references(reference[0])
    import html  # here: its table of named references is seldom needed

    return html.unescape(reference[0])
