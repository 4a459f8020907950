"""Name respelling: a name whose last word is misspelt as another word the archive holds
("Ashia Hanson" where the articles write "Ashia Hansen", and "Hanson" is someone else's name),
or a name spelt right that an article misspells ("diane abbott" where the one story of her
election writes "Diane Abbot"). A last word typed in lower case counts when the archive mostly
writes it with a capital: "stone", mostly in lower case, is never read as "Stoner".

Spelling corrects only words no article holds; this word is held, so the name was read as two
names no passage writes together ("No article mentions ...") or as the other person's. When
the archive never writes the two words side by side, and the passages holding the first write
it before exactly one capitalised word one letter from the second, that is the name meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.text import one_edit, tokenize

NAME_READ = 20  # passages holding the name's first word read for the words written after it
MIN_LETTERS = 5  # a shorter last word is one letter from too many names


def respelled_names(index: Index, words: Sequence[re.Match[str]]) -> dict[int, tuple[str, str]]:
    """Return, by the place of its last word in `words` (the question's typed words), each
    name of two capitalised words respelled as the archive writes it: (as typed, as searched),
    "Ashia Hanson" -> "Ashia Hansen"."""
    respelled: dict[int, tuple[str, str]] = {}
    for at in range(1, len(words)):
        first, last = words[at - 1], words[at]
        a, b = first.group(), last.group()
        if not (
            a.isalpha()
            and b.isalpha()
            and len(b) >= MIN_LETTERS
            and first.string[first.end() : last.start()] == " "
        ):
            continue
        if index.engine.may_write_as_name(a, b):
            continue  # the archive writes them side by side (or may: nothing to correct)
        if not b[:1].isupper() and not written_as_a_name(index, b):
            continue  # "of hanson" typed in lower case: a name only when mostly written so
        if not a[:1].isupper() and not written_as_a_name(index, a):
            continue  # "ashia Hanson" typed in a hurry, not "of Hanson"
        meant = _written_after(index, a, b)
        if meant is not None:
            # "tony blaire" is read "tony blair", as typed spelt right: "tony Blair" mixes cases
            respelled[at] = (f"{a} {b}", f"{a} {meant.lower() if b.islower() else meant}")
    return respelled


def _written_after(index: Index, first: str, last: str) -> str | None:
    """Return the one capitalised word one edit from `last` (`qabot.text.one_edit`: its first
    letter kept) that the passages holding `first` write after it, else None."""
    terms = tokenize(first)
    if len(terms) != 1:
        return None
    pattern = re.compile(rf"(?<![\w'’-])(?i:{re.escape(first)})\s+([A-Z][a-z]+)(?![\w-])")
    written = {
        found
        for passage, _ in index.engine.search(terms, NAME_READ)
        for found in pattern.findall(passage.text)
    }
    typed = one_edit(last.casefold())  # its first letter kept
    close = {word for word in written if word.casefold() in typed}
    return next(iter(close)) if len(close) == 1 else None
