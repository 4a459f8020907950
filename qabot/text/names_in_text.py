"""Names in text: where a name stands as a whole word, without compiling a pattern per name.

Attribution looks up every speaker's name in every sentence of an article; a regular expression
built per name cost more to compile than the rest of an article's speaker summary.
"""

from __future__ import annotations

_AFTER_NOT = "-"  # besides letters, digits and "_"
_BEFORE_NOT = "'\u2019-"


def name_starts(text: str, name: str) -> list[int]:
    """Return where `name` stands in `text` as a whole word, left to right, not overlapping.

    Whole means: not after a letter, digit, "_", apostrophe or hyphen, and not before a letter,
    digit, "_" or hyphen; the regular expression (?<![\\w'\u2019-])NAME(?![\\w-]).
    """
    if not name:
        return []
    found, size, at = [], len(name), text.find(name)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + size] if at + size < len(text) else " "
        if _in_word(before) or before in _BEFORE_NOT or _in_word(after) or after in _AFTER_NOT:
            at = text.find(name, at + 1)
        else:
            found.append(at)
            at = text.find(name, at + size)
    return found


def _in_word(char: str) -> bool:
    """Return True for a character of regular expressions' \\w: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"
