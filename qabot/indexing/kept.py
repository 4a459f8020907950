"""What answers keep of their work in an index generation's dicts (`Index.worked_out`).

A generation's records never change, so what a question works out of one quote (its narration,
the facts no question changes) serves every later question; each dict is bounded by clearing it
when full, which costs one question's work again and never grows the serving process for good.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

KEPT = 1 << 16  # entries (quotes, mostly) each dict keeps before it is cleared


def remembered(kept: dict[K, V], key: K, work: Callable[[], V]) -> V:
    """Return `kept[key]`, worked out by `work` and kept when absent; `kept` is cleared first
    when it holds `KEPT` already."""
    found = kept.get(key)
    if found is None:
        found = work()
        if len(kept) >= KEPT:
            kept.clear()
        kept[key] = found
    return found
