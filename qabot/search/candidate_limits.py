"""How many of the engine's candidates an answer fetches for a page, and the last of them that
may pass a test as the engine's stored terms and figures tell: the bounds within which
`qabot.search.selection` reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from qabot.engines import ScoredPassages, Titled
from qabot.indexing import Index
from qabot.search.article_titles import article_title_terms
from qabot.search.duplicates import DIFFER_SHARE, held_terms
from qabot.search.relevance import CoverageBound, Floor, coverage
from qabot.search.unread_candidates import weak_by_terms
from qabot.text import last_that_may_hold
from qabot.text.patterns import LazyPattern

CANDIDATE_FACTOR = 4  # fetch this many times the requested hits, so de-duplication can drop some
CANDIDATE_SPARE = 150  # ... but at most this many more (fetched again, 4x, when too few remain)


def candidates_for(wanted: int) -> int:
    """Return how many candidates are fetched for `wanted` relevant passages."""
    return wanted + min((CANDIDATE_FACTOR - 1) * wanted, CANDIDATE_SPARE)


def last_holding(candidates: ScoredPassages) -> int | None:
    """Return the last candidate holding the terms the engine was asked about (-1: none), or
    None when the engine does not say."""
    holding = candidates.holding
    if holding is None:
        return None
    return max((i for i, held in enumerate(holding) if held), default=-1)


def last_answering(candidates: ScoredPassages, kinds: list[LazyPattern]) -> int | None:
    """Return the last candidate that may hold the kind of words asked for (-1: none may),
    or None when the engine does not say."""
    figures = candidates.figures
    if figures is None:
        return None
    return last_that_may_hold(figures, kinds)


def none_holding_relevant(
    index: Index,
    candidates: ScoredPassages,
    weights: dict[str, float],
    share: float,
    wanted: int,
    fetched: int,
) -> bool:
    """Return whether `select` would find no relevant passage holding the terms the engine
    marked (`holding`) among `candidates` (`fetched` asked for, `wanted` relevant ones), nor
    among more candidates fetched: told from their scores, signatures and stored terms, against
    the floor the best candidate sets (`relevance.Floor`), without reading or comparing them.
    A name searched with rare topic words ("what did Sabu say about teamle fles?"): the best
    holds the topic and sets a floor no passage holding only the name reaches, yet the name is
    held down to the last candidate, and `select` read or weighed every one of them."""
    holding, scores = candidates.holding, candidates.scores
    if holding is None or not scores or holding[0]:
        return False  # not known, nothing to read, or the best may pass
    signed, titles = candidates.signatures, candidates.titles
    if signed is None or titles is None or None in titles or not all(s for _, s in signed):
        return False  # what `select` compares them by is not stored for every candidate
    best = candidates.passage(0)  # read as `select` reads it first: it sets the floor
    info = index.articles.get(best.article_id)
    title = article_title_terms(best, info.title) if info else ()
    floor = Floor(scores[0], coverage(weights, held_terms(best, weights), title), share)
    bound = CoverageBound(weights)
    for i in range(1, len(scores)):
        if not holding[i]:
            continue
        score = scores[i]
        if not floor.admits(score, 1.0):
            break  # scores only fall from here
        title_signature = cast(Titled, titles[i])[1]
        most = bound(signed[i][0], -1 if title_signature is None else title_signature)
        if not floor.rules_out(most) and not weak_by_terms(
            candidates.terms(i), weights, floor, score
        ):
            return False  # it may be relevant (a part of it is weaker still)
    if len(scores) < fetched or not floor.admits(scores[-1], 1.0):
        return True  # no more are fetched: there are none, or the last is under the floor
    if not candidates.held_beyond and (len(scores) < 2 or scores[1] != scores[0]):
        return True  # more fetched would hold none (and the best would be the same one)
    return _surely_distinct(signed, titles, wanted)  # `select` counts enough: none fetched


def _surely_distinct(
    signed: Sequence[tuple[int, int]], titles: Sequence[Titled | None], wanted: int
) -> bool:
    """Return whether `wanted` of the candidates are surely kept by the de-duplication
    (`SignedDistinct`): each of an article key no candidate before it has, whose signature
    differs from each one's before it in more bits than near-duplicates can (from any part of
    one whose article key came before it: a part's terms are some of its passage's). `select`
    then counts `wanted` relevant or weak ones, and fetches no more."""
    seen: set[object] = set()
    earlier: list[tuple[int, float, bool]] = []  # signature, its allowance, may be cut
    sure = 0
    for (signature, size), titled in zip(signed, titles, strict=True):
        article = cast(Titled, titled)[0]
        allowed = DIFFER_SHARE * size + 1e-9
        if article not in seen and all(
            ((signature & ~other) if cut else (signature ^ other)).bit_count() > allowed + theirs
            for other, theirs, cut in earlier
        ):
            sure += 1
            if sure >= wanted:
                return True
        earlier.append((signature, DIFFER_SHARE * size, article in seen))
        seen.add(article)
    return False
