"""Passages for "the <Word>" asked ("what did the queen say"): those naming something by the
bare capitalised word ("rock band Queen", "Queen have played"), never "the Queen", go last.

Nobody is quoted as "the queen", so the passages that best match are shown; by words alone the
band's story came first, its name written over and over. A reader who types "the" asks for
what the articles call "the Queen"; passages writing the word as a bare capitalised name, and
never after "the", go after all others, which keep their order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from qabot.search.answer_record import Answer
from qabot.text.patterns import lazy

EXTRA = 10  # passages read past the page for those writing "the <word>"
_THE_WORD = lazy(r"^the\s+(?P<word>[^\W\d_]{3,})$", re.IGNORECASE)
# a capitalised word after it: the word opens a longer name ("the Queen Mother", "Queen Phoenix")
_NAME_GOES_ON = lazy(r"\s+[A-Z]")


def asked_word(name: str) -> str | None:
    """Return the word of "the <word>" asked ("the queen" -> "queen"), else None."""
    found = _THE_WORD.match(name.strip())
    return found.group("word") if found else None


def _bare_name(text: str, word: str) -> bool:
    """Return whether a text writes the word only as a bare capitalised name ("band Queen",
    "Queen have"), never as "the <word>" (not opening a longer name)."""
    the = bare = 0
    for found in re.finditer(rf"(?<![\w-])(the\s+)?({re.escape(word)})(?![\w-])", text, re.I):
        if _NAME_GOES_ON.match(text, found.end()):
            continue  # "the Queen Mother", "Queen Phoenix": another name
        if found.group(1):
            the += 1
        elif found.group(2)[:1].isupper() and found.start() > 0:
            bare += 1  # a sentence's first word is capitalised anyway: told only elsewhere
    return bool(bare) and not the


def the_word_first(
    name: str, searching: Callable[[int, int], Answer], top: int, offset: int
) -> Answer:
    """Return the page of passages `searching(top, offset)` finds for "the <word>" (`name`),
    with those writing "the <word>" ahead of those naming something else by the bare word;
    any other name's page as found."""
    word = asked_word(name)
    if word is None:
        return searching(top, offset)
    wider = searching(offset + top + EXTRA, 0)
    # only those naming something else go down: the others keep their order (a passage on the
    # topic that never writes "the audience" is still the best on it)
    ordered = sorted(wider.passages, key=lambda hit: _bare_name(hit.passage.text, word))
    page = ordered[offset : offset + top]
    return replace(
        wider,
        passages=[replace(hit, rank=rank) for rank, hit in enumerate(page, start=offset + 1)],
        more=wider.more or len(ordered) > offset + top,
    )
