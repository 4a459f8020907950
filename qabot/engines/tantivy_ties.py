"""tantivy at question time: hits tied at the k-th score, ordered by passage.

Equal scores come back in segment order, which depends on the writer's threads; `Searching`
(`tantivy_search`) fetches a tied group whole and orders it here (`_order_ties`), or takes it
from a longer search of the same query already made (`_ties_ordered`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, cast

import tantivy

from qabot.engines import ScoredPassages
from qabot.engines.tantivy_passages import PassageReading

# Hits tied at the k-th score are ordered by passage, so the first search asks for k hits and up
# to TIE_SPARE more, at most TIE_WINDOW * k in all (block-max WAND makes that cost about the same
# as k for a page; a hundred hits more cost ~15% more), and a longer tie up to TIE_LIMIT * k.
TIE_WINDOW = 4
TIE_SPARE = 64
TIE_LIMIT = 16


class TieOrdering(PassageReading):
    """Tied hits of `TantivyEngine`'s searches, in passage order."""

    @staticmethod
    def _ties_ordered(scored: ScoredPassages, k: int) -> ScoredPassages | None:
        """Return the first k hits of a search for k, taken from a search of the same query for
        more (`scored`) whose k-th hit ties with the next, or None when it cannot tell them.

        A search for k orders the hits tied at the k-th by passage (`_order_ties`); the longer
        search holds them in tantivy's order. When the tie ends inside it, and where the search
        for k would have fetched it whole (TIE_LIMIT * k hits), it holds the same tied hits
        and the same hits above them in the same order: those tied are sorted here as
        `_order_ties` sorts them (by `order`; those sharing one by article id and place, read
        by span). A tie running to its last hit is taken too when that search saw where the
        tie ends (`tied_to`): it kept the first of the tie in passage order, those a search
        for fewer keeps.
        """
        scores = scored.scores
        boundary = scores[k - 1]
        start, end = k - 1, k
        while start > 0 and scores[start - 1] == boundary:
            start -= 1
        while end < len(scores) and scores[end] == boundary:
            end += 1
        if end >= len(scores):
            if scored.tied_to is None:
                return None  # the tie may run on past these hits
            end = scored.tied_to
        if end > TIE_LIMIT * k:
            return None  # the search for k cuts the tie
        end = min(end, len(scores))
        orders = scored.orders
        group = orders[start:end] if orders is not None else [None]
        if None in group:
            return None  # ids and positions would order them: search
        known = cast(Sequence[int], orders)
        shared = Counter(group)

        def key(i: int) -> tuple[int, str, int]:
            if shared[known[i]] == 1:
                return known[i], "", 0
            article_id, begins, _ = scored.span(i)  # of one article: in place order
            return known[i], article_id, begins

        tied = sorted(range(start, end), key=key)
        return scored.picked([*range(start), *tied][:k])

    def _order_ties(
        self, searcher: tantivy.Searcher, query: tantivy.Query, hits: list[Any], k: int, limit: int
    ) -> tuple[list[Any], int | None]:
        """Return `hits` (the first `limit` + 1 found) with the group tied at the k-th score
        complete and in passage order, and how many hits there are through its last (None
        when it runs on past TIE_LIMIT * k hits, where it is cut)."""
        boundary = hits[k - 1][0]
        most = min(TIE_LIMIT * k, searcher.num_docs)
        while len(hits) > limit and hits[limit][0] == boundary and limit < most:
            limit = min(limit * 4, most)
            hits = list(searcher.search(query, limit + 1, count=False).hits)
        head = [hit for hit in hits if hit[0] > boundary]
        tied = [hit for hit in hits[:limit] if hit[0] == boundary]
        cut = len(hits) > limit and hits[limit][0] == boundary
        tied_to = None if cut else len(head) + len(tied)
        addresses = [address for _, address in tied]
        orders = searcher.fast_field_values("order", addresses)
        if len(set(orders)) == len(orders) and None not in orders:
            # no two of one article (nor of ids sharing their first 8 bytes): the order alone
            # sorts them as the keys below would (most ties at a million passages)
            known = cast(list[int], orders)
            ranked = sorted(range(len(tied)), key=known.__getitem__)
            return head + [tied[i] for i in ranked], tied_to
        positions = searcher.fast_field_values("position", addresses)
        shared = Counter(orders)
        # ids that share their first 8 bytes are told apart by the id in the record
        repeated = [
            address for order, address in zip(orders, addresses, strict=True) if shared[order] > 1
        ]
        ids = iter(self._article_ids(searcher, repeated) if repeated else ())
        keys = [
            (order, next(ids) if shared[order] > 1 else "", position)
            for order, position in zip(orders, positions, strict=True)
        ]
        ranked = sorted(range(len(tied)), key=keys.__getitem__)
        return head + [tied[i] for i in ranked], tied_to
