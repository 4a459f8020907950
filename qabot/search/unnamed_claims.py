"""Who-said claims about someone the archive never names: "which minister said Zarkon Pellew
was wrong" can have no quote saying it, and the quote nearest its other words ("we got our
sums wrong") would be filler under "the closest is".

A word of the claim that no passage holds, with nothing close to it (`spelling.missing`), is
read as a name when the reader wrote it so: beside another such word ("zarkon pellew"),
after a title or a first name the archive's people have ("mr pellew", "john zarkon"), or with
a capital where the claim opens ("Zarkon was wrong": whom it is said of). Elsewhere one such
word alone may be a word of the claim the archive does not use ("lopsided", "trophyless", a
party "too Blairite"), and initials ("at PMQs") may be written out: the quote nearest it may
still say it in other words.
"""

from __future__ import annotations

import re

from qabot.indexing import Index
from qabot.search.spelling import check_spelling
from qabot.search.wording import typed_runs
from qabot.text.lexicon import HONORIFICS

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def unnamed_in_claim(index: Index, claim: str) -> str | None:
    """Return the name (as typed) that `claim` gives someone no article names, or None."""
    spelling = check_spelling(index, claim)
    missing = [word for word in spelling.missing if word.isalpha()]
    if not missing:
        return None
    words = _WORD.findall(spelling.words)  # "gregor mandelbrot" read as "gregory ..."
    before = {
        word.casefold(): words[i - 1].casefold() if i else "" for i, word in enumerate(words)
    }
    given = index.quoted_names.given
    for run in typed_runs(claim, missing):
        parts = run.split()
        first = parts[0].casefold()
        if before.get(first, "") in HONORIFICS or before.get(first, "") in given:
            # "mr pellew", "john zarkon": the name as typed, its title or first name too
            whole = re.search(rf"[^\W\d_]+\s+{re.escape(run)}(?!\w)", claim)
            return whole.group() if whole else run
        opening = claim.lstrip(" \"“‘'").startswith(run)  # what the claim is said of
        if len(parts) > 1 or (opening and run[:1].isupper() and not _initials(run)):
            return run
    return None


def _initials(word: str) -> bool:
    """Return whether a word is written in initials ("PMQs", "BBFC"): a short form of words
    the articles may write out ("prime minister's questions"), no one's name."""
    return sum(letter.isupper() for letter in word) > 1
