"""tantivy at question time: a question's terms -> a query -> scored hits, ties in passage order.

`TantivyEngine` takes its `search` and `search_scored` from `Searching` here; queries are built
by `Querying` (`tantivy_queries`), the passages of the hits are read by `PassageReading`
(`tantivy_passages`), hits tied at the k-th score are ordered by `TieOrdering` (`tantivy_ties`),
the searcher is kept by `TermStatistics` (`tantivy_statistics`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import tantivy

from qabot.engines import PassageFilter, ScoredPassages
from qabot.engines.scored import Span, StoredTerms
from qabot.engines.tantivy_columns import (
    distinct_terms,
    figure_kinds,
    gather,
    record_length,
    unpack_titles,
    unsigned,
)
from qabot.engines.tantivy_queries import Querying
from qabot.engines.tantivy_recent import RecentSearches
from qabot.engines.tantivy_statistics import TermStatistics
from qabot.engines.tantivy_ties import TIE_SPARE, TIE_WINDOW, TieOrdering
from qabot.errors import SearchError
from qabot.records import Passage


class Searching(TermStatistics, Querying, TieOrdering):
    """Question time of `TantivyEngine`: queries and searches."""

    _schema: tantivy.Schema
    _params: dict[str, Any]
    _recent: RecentSearches

    def _forget(self) -> None:
        """Forget the searches of an older searcher (they are stale)."""
        self._recent.clear()

    def search(
        self, tokens: list[str], k: int, where: PassageFilter | None = None
    ) -> list[tuple[Passage, float]]:
        """Return up to k passages matching at least one token, best first, all scores > 0;
        with `where`, only those it lets through."""
        return list(self.search_scored(tokens, k, where))

    def search_scored(
        self,
        tokens: list[str],
        k: int,
        where: PassageFilter | None = None,
        holding: Sequence[str] = (),
    ) -> ScoredPassages:
        """Return `search`'s hits, each passage read from its pack only when asked for; with
        `holding`, which of them hold all those terms (a second search, restricted to them).

        tantivy allocates for the number of hits asked for (10^9 aborts the process, 10^18 is
        a Rust panic), so every limit passed to it is at most the number of passages; a panic
        that still happens becomes a SearchError instead of ending the process.
        """
        try:
            if holding:
                return self._search(tokens, k, where, holding)
            return self._search_again(tokens, k, where)
        except Exception:
            raise
        except BaseException as exc:  # pyo3's PanicException derives from BaseException
            if type(exc).__name__ != "PanicException":
                raise
            raise SearchError(
                "The search engine failed on this question. Try other words; if it keeps "
                "happening, rebuild the index with `qabot index --rebuild`."
            ) from exc

    def may_hold_together(
        self, groups: Sequence[Sequence[str]], where: PassageFilter | None = None
    ) -> bool:
        """Return False only when no passage `where` lets through holds every term of one of
        `groups`, each in its text or its article's title: one look-up, no passage read.

        Removed passages count until tantivy merges their segment away."""
        query = self.together_query(groups, where)
        if query is None:
            return False
        return bool(self._get_searcher().search(query, 1, count=False).hits)

    def _search_again(
        self, tokens: list[str], k: int, where: PassageFilter | None
    ) -> ScoredPassages:
        """Return the search, taken from a recent one of the same words and filter that
        fetched as many hits or more when it can be: its first k hits are this search's
        unless the k-th ties with the next (whose order `_order_ties` sets for k alone).

        One answer often searches the same words twice: a speech answer ranks quotes by the
        passages of the person and topic, then shows the best of those same passages."""
        self._get_searcher()  # a new searcher forgets the searches of the old one
        key = (tuple(tokens), where)
        recent = self._recent.get(key)
        if recent is not None:
            fetched, scored = recent
            scores = scored.scores
            if k <= fetched and (len(scores) <= k or scores[k] != scores[k - 1]):
                return scored.first(k)
            tied = self._ties_ordered(scored, k) if k <= fetched else None
            if tied is not None:
                return tied
        scored = self._search(tokens, k, where)
        if recent is None or k > recent[0]:
            self._recent.put(key, (k, scored))
        return scored

    def _search(
        self, tokens: list[str], k: int, where: PassageFilter | None, holding: Sequence[str] = ()
    ) -> ScoredPassages:
        query = self.query(tokens, where)
        if query is None or k <= 0:
            return ScoredPassages([], self._no_passage)
        searcher = self._get_searcher()
        if searcher.num_docs == 0:
            return ScoredPassages([], self._no_passage)
        k = min(k, searcher.num_docs)
        # Equal scores come back in segment order, which depends on the writer's threads: when
        # the k-th hit ties with the next, fetch the whole tied group and order it by passage.
        window = min(k + min((TIE_WINDOW - 1) * k, TIE_SPARE), searcher.num_docs)
        hits = [hit for hit in searcher.search(query, window + 1, count=False).hits if hit[0] > 0]
        tied_to: int | None = min(len(hits), k)  # every hit, or the k-th above the next
        if len(hits) > k and hits[k][0] == hits[k - 1][0]:
            hits, tied_to = self._order_ties(searcher, query, hits, k, window)
        hits = hits[:k]
        addresses = [address for _, address in hits]
        records = unsigned(searcher.fast_field_values("record", addresses))
        numbers = unsigned(searcher.fast_field_values("numbers", addresses))
        passage, terms_of, span_of, text_of = self._passage, self._terms, self._span, self._text

        def read(i: int) -> Passage:
            return passage(gather(records[i] or 0), record_length(numbers[i] or 0))

        def terms(i: int) -> StoredTerms | None:
            return terms_of(gather(records[i] or 0), record_length(numbers[i] or 0))

        def span(i: int) -> Span:
            return span_of(gather(records[i] or 0), record_length(numbers[i] or 0))

        def text(i: int) -> str:
            return text_of(gather(records[i] or 0), record_length(numbers[i] or 0))

        scored = ScoredPassages(
            [float(score) for score, _ in hits], read, terms=terms, span=span, text=text
        )
        scored.tied_to = tied_to
        # static: a search kept among the recent ones must not keep the engine alive
        signatures_of = self._signatures
        scored.read_later(
            lambda: figure_kinds(numbers),
            lambda: signatures_of(searcher, addresses, numbers),
            lambda: unpack_titles(unsigned(searcher.fast_field_values("title_bits", addresses))),
            lambda: unsigned(searcher.fast_field_values("order", addresses)),
        )
        if holding:  # looked for among TIE_WINDOW * k hits, whatever the window of ties
            marked = min(TIE_WINDOW * k, searcher.num_docs)
            lowest = hits[-1][0] if hits else 0.0
            self._mark_holding(scored, searcher, query, addresses, marked, holding, lowest)
        return scored

    def _mark_holding(
        self,
        scored: ScoredPassages,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        addresses: list[Any],
        window: int,
        holding: Sequence[str],
        lowest: float,
    ) -> None:
        """Mark the hits holding every term of `holding`: the same search restricted to them
        (weight 0: scores unchanged) lists them in the same order, and any ranking lower.
        `lowest` is the last hit's score: when more than `window` hold the terms, the marks
        are still exact if the one past the window scores strictly below it (none beyond
        could be a hit)."""
        must, boost = tantivy.Occur.Must, tantivy.Query.boost_query
        terms = [
            (must, boost(tantivy.Query.term_query(self._schema, "terms", term), 0.0))
            for term in dict.fromkeys(holding)
        ]
        restricted = tantivy.Query.boolean_query([(must, query), *terms])
        found = searcher.search(restricted, window + 1, count=False).hits
        if len(found) > window and not found[window][0] < lowest:
            return  # more hold them than were looked for: ties at the edge may hide one
        # a hit scores `lowest` or more and `found` comes best first: only its head can hold
        # one (the tail's addresses, most of them, are not read); a doc scoring below
        # `lowest` but above 0 is one held beyond the hits
        keys: set[tuple[int, int]] = set()
        beyond = False
        for score, address in found:
            if score < lowest:
                beyond = score > 0
                break
            if score > 0:
                keys.add((address.segment_ord, address.doc))
        scored.holding = [(address.segment_ord, address.doc) in keys for address in addresses]
        scored.held_beyond = beyond or len(keys) > sum(scored.holding)

    @staticmethod
    def _signatures(
        searcher: tantivy.Searcher, addresses: list[Any], numbers: list[int | None]
    ) -> list[tuple[int, int]]:
        """Return the stored term signatures of these documents and their numbers of distinct
        terms (`numbers`: their stored numbers, read with the scores)."""
        low, high = (
            unsigned(searcher.fast_field_values(field, addresses))
            for field in ("signature_low", "signature_high")
        )
        return [
            ((upper or 0) << 64 | (lower or 0), size)
            for upper, lower, size in zip(high, low, distinct_terms(numbers), strict=True)
        ]

    @staticmethod
    def _no_passage(i: int) -> Passage:
        raise IndexError(i)
