"""Short pages: a first page the relevance floor leaves short is filled from a looser floor.

The floor keeps a passage that matches COVERAGE_SHARE of the best hit's question weight. A
question of many words is often answered in other words than it asks in: "krispy kreme share
price drop after restating its 2004 results" is best matched by the story's opening (Krispy
Kreme, shares, restate, 2004, results), and the sentence giving the drop ("Shares in Krispy
Kreme sank 14.87%") holds too few of the words to clear the floor, so the page showed one
passage. A page left short of those asked for goes on, after its own passages, with the ones a
floor of FILL_SHARE admits: the answer and its order are unchanged, only the empty places are
taken. A question asking what happened goes on with the passage after its first one in the
story (`told_on`): the events follow the scene set in the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.duplicates import held_terms
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit
from qabot.search.relevance import relevance_terms
from qabot.search.retrieval import search, with_highlights
from qabot.text.patterns import lazy

FILL_SHARE = 0.6  # of the best hit's question weight a passage filling a short page matches
LOOKED_PAST = 5  # passages of the looser floor read past those a page needs, to find its own


def filled(
    index: Index,
    words: str,
    hits: Sequence[Hit],
    top: int,
    filters: Filters | None,
    about: Sequence[str] = (),
) -> list[Hit]:
    """Return `hits`, the first page of the passages for `words` (in the articles `filters`
    admit; with `about`, those mentioning that topic), with its empty places (of `top`) taken
    by passages a looser floor admits, ranked after its own.

    Only a page of the ranking itself is filled (its passages among the looser floor's, the
    first first): a page of passages giving a value, a winner or a year asked is no longer
    the ranking's, and passages that do not give it would be filler. When the search held no
    passage to the question's names, a passage filling a place from another story holds the
    rarest word asked that the first passage holds ("D&M price cuts" is not answered by rail
    fares' price cuts)."""
    page = list(hits)
    if not page or len(page) >= top:
        return page
    own = len(page)
    loose = search(
        index,
        words,
        top + len(page) + LOOKED_PAST,
        filters=filters,
        about=about,
        subject=True,
        share=FILL_SHARE,
        highlight=False,  # only the few passages taken need their best sentence
        counted=False,  # the weak ones are not counted here
    )
    if not loose.hits or loose.hits[0].passage.id != page[0].passage.id:
        return page
    ids = {hit.passage.id for hit in loose.hits}
    if any(hit.passage.id not in ids for hit in page):
        return page
    key = "" if loose.subject else _key_term(index, words, page[0])
    for hit in loose.hits:
        if len(page) >= top:
            break
        if any(_overlaps(hit, kept) for kept in page):
            continue
        if (
            key
            and not held_terms(hit.passage, (key,))
            and all(kept.passage.article_id != hit.passage.article_id for kept in page)
        ):
            continue  # another story, without the word that tells the page's subject
        page.append(replace(hit, rank=len(page) + 1))
    return page[:own] + with_highlights(index, page[own:], words)


def _key_term(index: Index, words: str, first: Hit) -> str:
    """Return the rarest term of `words` that the `first` passage holds ("" when none)."""
    weights = index.engine.idf(relevance_terms(words))
    held = held_terms(first.passage, weights)
    return max(sorted(held), key=lambda term: weights[term]) if held else ""


def _overlaps(hit: Hit, kept: Hit) -> bool:
    """Return whether `hit` shares text with a passage already on the page."""
    one, other = hit.passage, kept.passage
    if one.text == other.text:
        return True  # the same story saved twice
    return one.article_id == other.article_id and one.start < other.end and other.start < one.end


# "what happened at X": the story tells it on from the passage that best matches the question
_HAPPENED = lazy(r"\s*what\s+(?:happened|went\s+on)\b", re.IGNORECASE)


def told_on(index: Index, words: str, hits: Sequence[Hit], top: int) -> list[Hit]:
    """Return `hits`, a first page for `words`, with an empty place taken by the passage that
    follows the first one in its story, when the question asks what happened: the story goes
    on with the events ("what happened at labour's poster launch" matched the paragraph
    setting the scene, not the next one, telling of the van that arrived), which hold few of
    the question's words."""
    page = list(hits)
    if not page or len(page) >= top or not _HAPPENED.match(words):
        return page
    first, story = page[0].passage, page[0].article
    following = (
        Hit(len(page) + 1, 0.0, passage, story, "")
        for passage in index.passages_of(first.article_id)
        if passage.start >= first.end
    )
    added = next(
        (hit for hit in following if not any(_overlaps(hit, kept) for kept in page)), None
    )
    if added is None:
        return page
    return page + with_highlights(index, [added], words)
