"""Written forms: how the archive writes a word a question typed otherwise.

A correction found through analysed terms ("spamhause" -> the term of "spamhaus") is shown and
searched as the articles write it, and a short form no article writes ("exec") as the word
they write out in full ("executive"). Split from `spelling`, which finds the words to look at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from qabot.indexing import Index
from qabot.records import Passage
from qabot.text import TYPED_WORD, tokenize

MIN_HOLDING = 2  # a correction is a word at least this many passages hold
WRITTEN_READ = 20  # passages holding a correction's term read for the word as written
# a word written out has this many letters more than its short form at least ("exec" and
# "executive"; "exect" is a typo of "expect", not the same word written short)
ABBREVIATED_MORE = 2


@lru_cache(maxsize=1 << 14)
def word_terms(word: str) -> tuple[str, ...]:
    """Return the analysed terms of one word of a question: questions share most of their
    words ("what", "did", the names asked about), so the last ones are kept."""
    return tuple(tokenize(word))


def as_written(
    index: Index, typed: str, edits: Sequence[str], term: str, near: Sequence[Passage] = ()
) -> str | None:
    """Return the first of `edits` (words one edit from the word `typed`, all analysed to
    `term`) that `near` or the WRITTEN_READ passages holding `term` write, else the word they
    write that is analysed so closest to `typed` (then the most written): "spamhause" is read
    as "spamhaus", which passages hold, yet none writes it, so the question is searched with
    (and the lead shows) "Spamhaus". None when every word they write so is `typed` cut short
    by two letters or more: "OpenAI" is no typo of the "open" that "openal" is analysed to.
    """
    shapes = [re.compile(rf"(?<!\w){re.escape(edit)}(?!\w)") for edit in edits]
    holding = [passage for passage, _ in index.engine.search([term], WRITTEN_READ)]
    texts = [passage.text.casefold() for passage in (*near, *holding)]
    for edit, shape in zip(edits, shapes, strict=True):
        if any(shape.search(text) for text in texts):
            return edit
    written = Counter(
        found[0] for text in texts for found in TYPED_WORD.finditer(text)
        if word_terms(found[0]) == (term,)
    )  # fmt: skip
    if not written:
        return edits[0]
    # the typed word cut short is not it: "OpenAI" has two letters more than "open", no slip
    whole = [form for form in written if len(form) + 1 >= len(typed) or not typed.startswith(form)]
    if not whole:
        return None
    from difflib import SequenceMatcher  # here: a slip is seldom typed

    return max(whole, key=lambda form: (SequenceMatcher(None, typed, form).ratio(), written[form]))


def written_out(word: str, passages: Sequence[Passage]) -> str | None:
    """Return the word `passages` (those best matching the question's other words) most
    often write opening with `word` and ABBREVIATED_MORE letters more, at least
    MIN_HOLDING times: `word` is its short form ("exec" for "executive", "info" for
    "information"), which no article writes; None when they write none."""
    opening = re.compile(rf"(?<![\w'’-]){re.escape(word)}[a-z]{{{ABBREVIATED_MORE},}}(?![\w'’-])")
    written = Counter(
        found for passage in passages for found in opening.findall(passage.text.casefold())
    )
    if not written:
        return None
    best, count = written.most_common(1)[0]
    return best if count >= MIN_HOLDING else None
