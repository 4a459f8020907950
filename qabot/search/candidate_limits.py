"""How many of the engine's candidates an answer fetches for a page, and the last of them that
may pass a test as the engine's stored terms and figures tell: the bounds within which
`qabot.search.selection` reads."""

from __future__ import annotations

from qabot.engines import ScoredPassages
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
