"""The answer further down the story: when the passages best matching a "when", "how many",
"how long" ... question do not give what it asks (`asked_kinds`, `asked_figures`), another
passage of their articles may.

A news story names its subject in full once, near the top, and gives the figure or the date
later in few of the question's words ("The agency was founded in 1974", "Each turn represents
a week"): that passage matches too little of the question to clear the relevance floor, and the
answer said that none gives one, though the story the best passage is from does. Among the
first STORY_READ candidates of the engine, a passage of the article the best one is from,
that gives what is asked by the same test the shown ones failed, is shown first; the others
follow (less any it overlaps), when a word of the question stands within NEAR words of the
figure or date (or one of the single words news writes for a phrasal verb asked: "founded in
1974" for "when was X set up"). An age needs no such word ("The 34-year-old made reference
..."): the age test itself says whose it is (the one named, or nobody under a title naming
them). Only the article of the best passage is read this way: a figure
of another story is not lifted past the floor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.asked_ages import AGE, asks_age, gives_age
from qabot.search.asked_figures import missing_figure
from qabot.search.asked_holders import missing_holder
from qabot.search.asked_kinds import (
    CLOCK,
    DURATION,
    HEIGHT,
    PLACING,
    WHEN,
    missing_kind,
    missing_way,
)
from qabot.search.asked_outcomes import missing_outcome
from qabot.search.asked_places import asks_place
from qabot.search.emphasis import best_sentence
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit, Ranked
from qabot.search.phrasal_uses import phrasal_meanings
from qabot.search.relevance import relevance_terms, search_terms
from qabot.search.told_deeds import missing_why_deed, tells_deed
from qabot.search.who_did import missing_deed, names_agent
from qabot.search.why_deeds import why_deed
from qabot.text import tokenize
from qabot.text.lexicon import NUMBER_WORDS
from qabot.text.patterns import lazy
from qabot.text.signatures import order_key

STORY_READ = 60  # candidates read for a passage of the shown articles that gives the answer
NEAR = 3  # words either side of a figure or date in which a word of the question ties it
# a figure, a count written out, a date, a duration, a height, an age, a time of day or a
# placing
_SLOTS = (
    lazy(rf"\d[\d,.]*|\b(?:{'|'.join(sorted(NUMBER_WORDS))})\b", re.IGNORECASE),
    DURATION,
    WHEN,
    HEIGHT,
    AGE,
    CLOCK,
    PLACING,
)
_WORD = lazy(r"[^\W_][\w'’-]*")
# the words that ask, not what is asked about
_ASKING = frozenset(tokenize("how many much long old tall when year date day month time"))


def missing_answer(index: Index, words: str, hits: Sequence[Hit]) -> str | None:
    """Return what `words` asks that none of `hits` gives ("a date", "a figure for “X”", "a
    way to renew", "an outcome of “X”"), or None (also when it asks for none of these)."""
    return (
        missing_kind(index, words, hits)
        or missing_way(index, words, hits)
        or missing_figure(index, words, hits)
        or missing_deed(words, hits)
        or missing_why_deed(index, words, hits)
        or missing_outcome(words, hits)
        or missing_holder(words, hits)
    )


def story_answer(
    index: Index, words: str, ranked: Ranked, top: int, filters: Filters | None
) -> Ranked | None:
    """Return `ranked` with a passage of its first passage's story that gives what `words`
    asks (`missing_answer`) beside a word of it first (`story_page`), or None."""
    if why_deed(index, words) is not None:  # "why did X cancel Y": a sentence telling it
        return story_page(index, words, ranked, partial(tells_deed, index, words), top, filters)
    if missing_deed(words, ranked.hits):  # "who is writing the music": a sentence naming one
        return story_page(index, words, ranked, partial(names_agent, words), top, filters)
    if asks_age(index, words):  # "The 34-year-old made reference ...": the age test says
        # whose it is (the one named, or nobody under a title naming them), no word beside it
        return story_page(index, words, ranked, partial(_gives_age, index, words), top, filters)
    lacks = partial(missing_answer, index, words)
    return story_page(index, words, ranked, gives_beside(words, lacks), top, filters)


def search_story_reach(index: Index, words: str, filters: Filters | None) -> None:
    """Search STORY_READ candidates for a "where" question before its passages are ranked.

    Such a question is the one whose ranking fetches fewer candidates than `story_page` reads
    ("when", "how many" fetch ANSWER_POOL's), and its passages often tell no place of what is
    asked: `story_page` then searched the same words again (tantivy reads every posting
    whatever the hits asked, ~0.3 ms at a million passages). Searched first, the engine's
    recent searches give the ranking its fewer hits, the same ones (`_search_again`), and
    `story_page` its own."""
    if asks_place(words):
        where = filters.passage_filter() if filters else None
        index.engine.search_scored(search_terms(words), STORY_READ, where)


def _gives_age(index: Index, words: str, hit: Hit) -> bool:
    """Return whether the hit gives the age `words` asks (`asked_ages.gives_age`)."""
    return gives_age(index, words, [hit])


def story_page(
    index: Index,
    words: str,
    ranked: Ranked,
    answers: Callable[[Hit], bool],
    top: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return `ranked` with a passage of its first passage's article that `answers` first (the
    best ranked such among the first STORY_READ candidates for `words`), its own passages after
    it; None when no such passage is among them."""
    if not ranked.hits or top <= 0:
        return None
    shown = [hit.passage for hit in ranked.hits]
    story = ranked.hits[0].article
    where = filters.passage_filter() if filters else None
    candidates = index.engine.search_scored(search_terms(words), STORY_READ, where)
    weights = index.engine.idf(relevance_terms(words))
    # a candidate whose stored article key is not the story's is of another article, unread
    # (reading all 60 was about a fifth of a "how many" answer at a million passages)
    orders, story_order = candidates.orders, order_key(shown[0].article_id)
    for i in range(len(candidates)):
        if orders is not None and orders[i] not in (None, story_order):
            continue
        passage = candidates.passage(i)
        if passage.article_id != shown[0].article_id or any(_within(passage, it) for it in shown):
            continue
        if not answers(Hit(1, candidates.scores[i], passage, story, "")):
            continue
        hit = Hit(1, candidates.scores[i], passage, story, best_sentence(passage, weights, words))
        return _first(ranked, hit, top)
    return None


def told_first(index: Index, words: str, ranked: Ranked, passage: Passage, top: int) -> Ranked:
    """Return `ranked` with `passage` (of one of its stories: `held_words.Unasked.told`) first,
    its passages after it, less any it overlaps."""
    story = next(
        hit.article for hit in ranked.hits if hit.passage.article_id == passage.article_id
    )
    weights = index.engine.idf(relevance_terms(words))
    hit = Hit(1, ranked.hits[0].score, passage, story, best_sentence(passage, weights, words))
    return _first(ranked, hit, top)


def _first(ranked: Ranked, hit: Hit, top: int) -> Ranked:
    """Return `ranked` with `hit` first and its other hits after it, less any it overlaps."""
    others = [other for other in ranked.hits if not _overlap(hit.passage, other.passage)]
    rest = [replace(other, rank=rank) for rank, other in enumerate(others, start=2)]
    return replace(ranked, hits=[hit, *rest][:top])


def gives_beside(
    words: str, lacks: Callable[[Sequence[Hit]], str | None]
) -> Callable[[Hit], bool]:
    """Return the test of a hit with a sentence that gives what `words` asks on its own
    (`lacks` finds nothing missing in it) with a word of the question within NEAR words of a
    figure or date of it ("3,000 Caribs live", "Each turn represents a week"): a passage below
    the floor is tied to the question by that word, not by a date anywhere in it ("met in
    Luxembourg on Monday" is no answer to "when did the uk leave the eu")."""
    asked = (frozenset(tokenize(words)) | phrasal_meanings(words)) - _ASKING

    def gives(hit: Hit) -> bool:
        passage, text = hit.passage, hit.passage.text
        return any(
            _beside(text[start:end], asked)
            and lacks([replace(hit, passage=passage.cut(start, end))]) is None
            for start, end in passage.sentence_spans() or [(0, len(text))]
        )

    return gives


def _beside(sentence: str, asked: frozenset[str]) -> bool:
    """Return whether a figure or date of `sentence` has one of the `asked` terms within NEAR
    words of it."""
    for pattern in _SLOTS:
        for found in pattern.finditer(sentence):
            before = _WORD.findall(sentence[: found.start()])[-NEAR:]
            after = _WORD.findall(sentence[found.end() :])[:NEAR]
            if not asked.isdisjoint(tokenize(" ".join(before + after))):
                return True
    return False


def _within(one: Passage, other: Passage) -> bool:
    """Return whether the text of `one` is all in `other` (it can give nothing `other` lacks)."""
    return one.article_id == other.article_id and other.start <= one.start and one.end <= other.end


def _overlap(one: Passage, other: Passage) -> bool:
    """Return whether two passages share text of one article."""
    return one.article_id == other.article_id and one.start < other.end and other.start < one.end
