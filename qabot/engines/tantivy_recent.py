"""The last searches of a tantivy engine, kept: one answer often searches the same words twice
(`Searching._search_again` in `tantivy_search`)."""

from __future__ import annotations

import threading
from collections import OrderedDict

from qabot.engines import ScoredPassages

RECENT_SEARCHES = 8  # searches kept per engine (see `Searching._search_again`)


class RecentSearches:
    """The last searches of an engine, by (terms, filter): how many hits each fetched, and
    the hits (their passages kept as they are read); safe to share between threads."""

    def __init__(self) -> None:
        self._searches: OrderedDict[object, tuple[int, ScoredPassages]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: object) -> tuple[int, ScoredPassages] | None:
        with self._lock:
            found = self._searches.get(key)
            if found is not None:
                self._searches.move_to_end(key)
            return found

    def put(self, key: object, search: tuple[int, ScoredPassages]) -> None:
        with self._lock:
            self._searches[key] = search
            self._searches.move_to_end(key)
            while len(self._searches) > RECENT_SEARCHES:
                self._searches.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._searches.clear()
