"""Numeric character references written out as text ("communiqu&#233;", "&#163;5m"), read as
the characters they stand for: in an article's text at ingest (`qabot.ingest.cleaning`) and in
a question pasted from a page (`qabot.text.pasted_markup`), by one rule.

Text exported from web pages often keeps them literally; a reader never wants to see them. Only
well-formed references to printable characters are decoded: the text is untrusted, so a reference
to a control, format or private character, a surrogate or no character at all stays as written.
A reference to 128-159 stands, as in a browser (HTML's rule), for the Windows-1252 mark of that
byte ("&#146;" is "’", "&#150;" is "–"): pages written in that code page referred to its marks so.
"""

from __future__ import annotations

import re
import unicodedata

from qabot.text.patterns import lazy

NUMERIC_REFERENCE = lazy(r"&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));")
# C* (controls, format characters such as bidi overrides, surrogates, private use, unassigned)
# and the line/paragraph separators, which would break lines where the writer put none
_REFUSED_CATEGORIES = ("C", "Zl", "Zp")


def _printable(code: int) -> str | None:
    if code > 0x10FFFF:
        return None
    if 0x80 <= code <= 0x9F:  # Windows-1252's marks; five bytes it leaves undefined stay
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return None
    char = chr(code)
    if unicodedata.category(char).startswith(_REFUSED_CATEGORIES):
        return None
    return char


def decode_reference(match: re.Match[str]) -> str:
    """Return the character a `NUMERIC_REFERENCE` match stands for, or the match as written
    when it is no printable character."""
    code = int(match[1]) if match[1] else int(match[2], 16)
    return _printable(code) or match[0]


def decode_numeric_references(text: str) -> str:
    """Return `text` with its well-formed numeric references to printable characters decoded."""
    if "&#" not in text:
        return text
    return NUMERIC_REFERENCE.sub(decode_reference, text)
