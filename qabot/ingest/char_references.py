"""Numeric character references written out in plain text ("communiqu&#233;", "&#163;5m").

Text exported from web pages often keeps them literally; a reader never wants to see them. Only
well-formed references to printable characters are decoded: the text is untrusted, so a reference
to a control, format or private character, a surrogate or no character at all stays as written.
"""

from __future__ import annotations

import re
import unicodedata

from qabot.text.patterns import lazy

_REFERENCE = lazy(r"&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));")
# C* (controls, format characters such as bidi overrides, surrogates, private use, unassigned)
# and the line/paragraph separators, which would break lines where the writer put none
_REFUSED_CATEGORIES = ("C", "Zl", "Zp")


def _printable(code: int) -> str | None:
    if code > 0x10FFFF:
        return None
    char = chr(code)
    if unicodedata.category(char).startswith(_REFUSED_CATEGORIES):
        return None
    return char


def decode_numeric_references(text: str) -> str:
    """Return `text` with its well-formed numeric references to printable characters decoded."""
    if "&#" not in text:
        return text

    def decoded(match: re.Match[str]) -> str:
        code = int(match[1]) if match[1] else int(match[2], 16)
        return _printable(code) or match[0]

    return _REFERENCE.sub(decoded, text)
