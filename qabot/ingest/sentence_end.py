"""Whether a line of a page ends a sentence: the test every step of cleaning makes of a line
(furniture, notes, sibling stories, JSON records, kinds of page)."""

from __future__ import annotations

# A line "ends a sentence" when its last visible character is . ! ? or an ellipsis, possibly
# followed by closing quotes or brackets ('... attack."', "... troops”.").
_TERMINALS = frozenset(".!?\u2026")
_CLOSING = "\"'\u201d\u2019\u00bb)]"


def ends_sentence(line: str) -> bool:
    """Return True when `line` ends with sentence punctuation (closing quotes allowed), or
    does so before one final line break.

    Read from the end: a pattern anchored there is still tried at every full stop of the line.
    """
    if line.endswith("\n"):
        line = line[:-1]
    return line.rstrip(_CLOSING)[-1:] in _TERMINALS
