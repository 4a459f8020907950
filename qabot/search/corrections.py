"""Corrections: the word a misspelt one was meant to be, for `qabot.search.spelling`, which
asks it of each word of a question no passage holds.

One edit away (a letter dropped, added, changed or two swapped; the first letter kept), the
word the passages best matching the question's other words hold is preferred to the one most
passages hold; a short form is read written out; a long word with nothing one edit away may be
a name typed by ear, two edits from one those passages write. Kept apart from which words are
looked at and how the question is rewritten (`spelling`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.duplicates import held_terms
from qabot.search.written_forms import as_written, written_out
from qabot.text import LETTER_WORD, edit_distance, one_edit, tokenize
from qabot.text.patterns import lazy

MIN_LETTERS = 4  # shorter words ("u", "pls") are left alone: too many words are one edit away
# a correction is looked for in this many passages that best match the question's other words
CONTEXT_READ = 20
TRIPLED = lazy(r"(\w)\1\1")  # a letter typed three times running
OPENING_READ = 50  # passages holding a term opening with a word read for the word written out
# a word of this many letters with nothing one edit away is read as the word two edits from it
# that the passages best matching the question's other words write: a name typed by ear
# ("hantukova", "boogieman"); shorter words two edits apart are mostly other words
TWO_EDITS_MIN = 8
WRITTEN_TRIED = 3  # corrections looked up as written, most held first (one search each)


def correction(index: Index, word: str, rarest: float, context: Sequence[str] = ()) -> str | None:
    """Return the word one edit from `word` that a passage holds beside a word of `context`
    (the question's other telling words: a passage of the CONTEXT_READ best matching them
    holds it: "boton" beside "santander" is "Botin", not the "Boston" more passages hold;
    "hashemain" beside "bayern" is the "Hashemian" one passage holds), else the word those
    passages write out in full of which `word` is a short form (`written_out`), else the one
    most passages hold, MIN_HOLDING at least, written one edit off when one is ("" when one
    is a common word the analyzer drops; None when none is in the archive)."""
    lower = word.casefold()
    candidates: dict[str, list[str]] = {}  # term -> the words it was made from, shortest first
    for edit in sorted(one_edit(lower), key=lambda each: (len(each), each)):  # shortest first
        analysed = tokenize(edit)
        if not analysed:
            if len(lower) <= MIN_LETTERS + 1:
                return ""
            continue
        if len(analysed) == 1:
            candidates.setdefault(analysed[0], []).append(edit)
    weights = index.engine.idf(list(candidates))
    held = sorted((weight, term) for term, weight in weights.items() if weight > 0)
    near = (
        [passage for passage, _ in index.engine.search(list(context), CONTEXT_READ)]
        if context
        else []
    )
    if near and held:
        beside = set().union(*(held_terms(passage, candidates) for passage in near))
        for _, term in held:
            if term in beside and (
                shown := as_written(index, lower, candidates[term], term, near)
            ):
                return shown
    full = written_out(lower, near)
    if full is not None:
        return full  # "exec" beside "marsh & mclennan": the "executive" they write
    # a letter typed three times running is a key struck twice (no English word triples a
    # letter): the word with one fewer is meant however few passages hold it ("ferrry")
    untripled = TRIPLED.sub(r"\1\1", lower, count=1)
    terms = tokenize(untripled) if untripled != lower else []
    if len(terms) == 1 and weights.get(terms[0], 0.0) > 0 and terms[0] in candidates:
        return as_written(index, lower, candidates[terms[0]], terms[0])
    known = [(weight, term) for weight, term in held if weight <= rarest]
    # anywhere, a short form's word written out is read when more passages hold it than the
    # word one edit away most do ("new sony exec": "executive", not "exet" of "Exeter")
    full = written_out(lower, index.engine.opening_with(lower, OPENING_READ))
    if full is not None:
        weight = index.engine.idf(tokenize(full))
        if all(
            0 < held_weight < min(known, default=(math.inf, ""))[0]
            for held_weight in weight.values()
        ):
            return full
    # a word two edits from one the passages about the rest write is a name typed by ear, not
    # the one edit of a word that only most passages hold ("philipousis" beside "injury")
    by_ear = _two_edits(lower, near)
    if by_ear is not None or not known:
        return by_ear
    # the word most passages hold written one edit from the typed one: "junino" is no slip of
    # "june", which its edit "juning" is analysed as, but of "juninho"
    # (`known` is sorted: the first is the one most passages hold, else taken as written)
    tried: list[str | None] = []
    for _, term in known[:WRITTEN_TRIED]:
        shown = as_written(index, lower, candidates[term], term)
        if shown is not None and edit_distance(lower, shown.casefold()) <= 1:
            return shown
        tried.append(shown)
    # ... but a word written further off than a slip is none: "euronews" is no "euros", which
    # its edit "euroness" is analysed as (the stemmer strips "-ness"); the word is missing
    first = tried[0]
    return first if first is None or edit_distance(lower, first.casefold()) <= 2 else None


def _two_edits(word: str, near: Sequence[Passage]) -> str | None:
    """Return the word two edits from `word` (its first letter kept) that `near` (the passages
    best matching the question's other words) write most, for a word of TWO_EDITS_MIN letters
    or more: "hantukova" beside "dubai quarter final" is "hantuchova"; else None."""
    if len(word) < TWO_EDITS_MIN:
        return None
    written = Counter(
        form
        for passage in near
        for found in LETTER_WORD.findall(passage.text)
        if (form := found.casefold())[:1] == word[:1] and abs(len(form) - len(word)) <= 2
    )
    close = [(count, form) for form, count in written.items() if edit_distance(word, form) == 2]
    return max(close)[1] if close else None
