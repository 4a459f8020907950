"""Windows-1252: text written in the code page before UTF-8, told apart from other bytes.

An article file saved as Latin-1 (`qabot.ingest.encodings`) and a line typed at a terminal not
set to UTF-8 (`qabot.cli.questions.typed`) come as bytes that are no UTF-8; `read_windows_1252`
reads them as Windows-1252 (of which Latin-1's letters are part) only when they look written
so, since any byte decodes in that code page: a Cyrillic or Greek code page read so would be a
text of accented letters. A file may hold the code page's typographic marks ("\x93quoted\x94")
among many ASCII letters; a typed line only letters inside words ("caf\xe9").
"""

from __future__ import annotations

from qabot.text.patterns import lazy

# the marks of Windows-1252 beyond ASCII a text uses: quotes, dashes, currency, signs
_MARKS = frozenset("‘’‚“”„–—…•€£¥¢©®™°±×÷§¶·«»¡¿ ")
_SHARE = 0.15  # in a file, at most this many characters beyond ASCII for each letter
# a typed line: each of its letters beyond ASCII stands beside an ASCII letter. Possessive
# (`*+`): a letter between two ASCII ones matches either way, and backtracking over both ways
# of each took 2**n steps on a line that fails at its end (20 such letters: seconds)
_LETTERS_IN_WORDS = lazy(r"(?:[\x00-\x7f]|(?<=[A-Za-z])[^\W\d_]|[^\W\d_](?=[A-Za-z]))*+")


def read_windows_1252(data: bytes, *, typed: bool = False) -> str | None:
    """Return `data` read as Windows-1252 when it is text written so, else None: no UTF-8
    beyond ASCII, no byte the code page leaves undefined, and its other characters letters
    or marks of that code page, a few among many ASCII letters ("caf\xe9", "\x93quoted\x94");
    `typed` (a line typed at a terminal), each a letter beside an ASCII letter ("caf\xe9")."""
    if not data.decode("utf-8", "ignore").isascii():
        return None  # UTF-8 with some bad bytes: no one code page
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte that code page leaves undefined
        return None
    if typed:
        return text if _LETTERS_IN_WORDS.fullmatch(text) else None
    other = [char for char in text if not char.isascii()]
    if not all(char.isalpha() or char in _MARKS for char in other):
        return None
    letters = sum(char.isalpha() for char in text)
    return text if len(other) <= _SHARE * letters else None
