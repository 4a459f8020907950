"""Passages below the page: whether the first few relevant passages, past those an answer
shows, match the question whole, for `qabot.search.passage_answers` (a page lacking most of the
question, or a light name of it, is then no sign that the archive is about something else).
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.duplicates import held_terms
from qabot.search.filters import Filters
from qabot.search.held_words import MOST_SHARE, holds_most
from qabot.search.hit_record import Ranked
from qabot.search.partial_match import question_weights
from qabot.search.phrasal_uses import phrasal_uses
from qabot.search.retrieval import search
from qabot.search.weight_groups import weight_groups
from qabot.text import tokenize

# relevant passages read for one that holds most of the question, when those of the page do not
MOST_READ = 10


def most_held_below(index: Index, words: str, filters: Filters | None) -> bool:
    """Return whether one of the first MOST_READ relevant passages holds most of the question
    (`holds_most`): the archive then matches it, though no passage of the page does ("why do
    police want to shut rowdy pubs for a week" over "close disorderly pubs ... for up to a
    week": the rarest words asked are the reader's, the passages below hold more of them)."""
    if not _may_hold_most(index, words, filters):
        return False  # no passage holds terms enough of the question: none need be read
    # only their terms are weighed: no best sentence is marked in them (`highlight`), and the
    # weak ones read on the way are not counted (`counted`: the hits are the same)
    found = _first_relevant(index, words, filters)
    return holds_most(index, words, found.hits)


def _may_hold_most(index: Index, words: str, filters: Filters | None) -> bool:
    """Return False only when no passage the filters admit can hold most of the question
    (`holds_most`): none holds, in its text or its article's title, the terms of one of the
    least groups weighing MOST_SHARE of it (`weight_groups`; a title's term counts whole here,
    at half there, so this errs only towards reading). A phrasal verb asked may be held by
    another word (`phrasal_uses`): then, and when the groups are too many, True."""
    weights = question_weights(index, words)
    if not weights or phrasal_uses(words):
        return True
    groups = weight_groups(weights, MOST_SHARE)
    if groups is None:
        return True
    where = filters.passage_filter() if filters else None
    return index.engine.may_hold_together(groups, where)


def named_below(index: Index, words: str, lacking: Sequence[str], filters: Filters | None) -> bool:
    """Return whether one of the first MOST_READ relevant passages holds the name the page
    lacks (`lacking`) and most of the question (`holds_most`) too: the archive matches the
    question whole, so the page's lack of a light name is no sign that it is about something
    else ("when did lord goldsmith give his written answer on the iraq war to parliament" over
    a page writing "a written parliamentary answer" but never "Parliament")."""
    needed = [term for word in lacking for term in tokenize(word)]
    found = _first_relevant(index, words, filters)
    return any(
        len(held_terms(hit.passage, needed)) == len(set(needed))
        and holds_most(index, words, [hit])
        for hit in found.hits
    )


def _first_relevant(index: Index, words: str, filters: Filters | None) -> Ranked:
    """Return the first MOST_READ relevant passages for `words`, without their best sentences
    or a count of the weak ones (neither caller shows them: `search`'s `highlight`, `counted`)."""
    return search(
        index, words, MOST_READ, filters=filters, subject=True, highlight=False, counted=False
    )
