"""tantivy's searcher of a committed generation, and what it tells of terms without a search:
their idf weights, and how many passages write a term with a capital.

`TantivyEngine` takes `idf`, `capitalised` and its length from `TermStatistics` here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import tantivy

from qabot.text import pair_key

WEIGHTS_KEPT = 1 << 16  # idf weights kept per engine (see `TermStatistics.idf`), then forgotten


class TermStatistics:
    """The searcher (made once per generation) and the document frequencies of terms."""

    _index: tantivy.Index
    _searcher: tantivy.Searcher | None
    _weights: dict[str, float]  # idf of the terms weighed with the current searcher

    def _get_searcher(self) -> tantivy.Searcher:
        if self._searcher is None:
            self._forget()  # searches and weights of an older searcher are stale
            self._weights.clear()
            self._searcher = self._index.searcher()
        return self._searcher

    def _forget(self) -> None:
        """Forget what was kept of an older searcher's searches (`Searching` keeps some)."""

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """Return each token's idf over the passage field, Lucene's form as tantivy's BM25 uses.

        An answer weighs the question's terms several times (relevance floor, subject, lead):
        the weights of this searcher's terms are kept (WEIGHTS_KEPT, then forgotten)."""
        searcher = self._get_searcher()
        known = self._weights
        weights = {}
        for token in tokens:
            weight = known.get(token)
            if weight is None:
                total = searcher.num_docs
                count = searcher.doc_freq("terms", token) if token and total else 0
                weight = math.log(1.0 + (total - count + 0.5) / (count + 0.5)) if count else 0.0
                if len(known) >= WEIGHTS_KEPT:
                    known.clear()
                known[token] = weight
            weights[token] = weight
        return weights

    def capitalised(self, term: str) -> tuple[int, int]:
        """Return how many passages write `term` with a capital away from an opening (the
        `capitals` field) and how many hold it (the `terms` field): two dictionary lookups.

        Removed passages count until tantivy merges their segment away, on both sides."""
        if not term:
            return 0, 0
        searcher = self._get_searcher()
        return searcher.doc_freq("capitals", term), searcher.doc_freq("terms", term)

    def may_write_as_name(self, first: str, second: str) -> bool:
        """Return False only when no passage writes `first` `second` side by side with a
        capital on each: the key of the pair (`qabot.text.pair_key`) is in no passage's
        `capitals` field, where each passage's `name_pairs` are indexed beside its capitalised
        terms (a key holds a "+", no term does). A word beyond ASCII may match in other forms
        than its key's: True.

        Removed passages count until tantivy merges their segment away."""
        if not (first + second).isascii():
            return True
        return bool(self._get_searcher().doc_freq("capitals", pair_key(first, second)))

    def __len__(self) -> int:
        return int(self._get_searcher().num_docs)
