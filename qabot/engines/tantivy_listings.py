"""tantivy listings: passages found without words to rank by (the newest articles' openings,
an article's passages, those holding a term that opens with letters typed).

`TantivyEngine` takes `newest`, `passages_of` and `opening_with` from `Listing` here.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import tantivy

from qabot.engines import PassageFilter
from qabot.engines.tantivy_passages import PassageReading
from qabot.engines.tantivy_queries import Querying
from qabot.engines.tantivy_statistics import TermStatistics
from qabot.records import Passage


class Listing(TermStatistics, Querying, PassageReading):
    """Listings of `TantivyEngine`: by the `day` fast field, and by article."""

    _schema: tantivy.Schema

    def newest(self, k: int, where: PassageFilter | None = None) -> list[Passage]:
        """Return the first passage of the k newest dated articles `where` lets through, by the
        `day` fast field (ties: the order tantivy gives, then by article id)."""
        searcher = self._get_searcher()
        k = min(k, int(searcher.num_docs))  # tantivy allocates for the limit (see search)
        if k <= 0:
            return []
        unsigned = tantivy.FieldType.Unsigned
        clauses = [
            tantivy.Query.range_query(self._schema, "position", unsigned, 0, 0),
            tantivy.Query.range_query(self._schema, "day", unsigned, 1, None),
            *(self._restrictions(where) if where else []),
        ]
        query = tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in clauses])
        hits = searcher.search(
            query, k, count=False, order_by_field="day", order=tantivy.Order.Desc
        ).hits
        addresses = [address for _, address in hits]
        passages = self._passages_at(searcher, addresses)
        days = [int(day) for day, _ in hits]
        order = sorted(range(len(passages)), key=lambda i: (-days[i], passages[i].article_id))
        return [passages[i] for i in order]

    def openings(self, article_ids: Collection[str]) -> dict[str, Passage]:
        """Return the first passage of each of these articles: one search for position 0
        among them, reading only those passages."""
        searcher = self._get_searcher()
        if not article_ids:
            return {}
        unsigned, must = tantivy.FieldType.Unsigned, tantivy.Occur.Must
        first = tantivy.Query.range_query(self._schema, "position", unsigned, 0, 0)
        query = tantivy.Query.boolean_query(
            [(must, first), (must, self._articles(sorted(article_ids)))]
        )
        # one opening an article: the limit is the articles asked, bounded by the archive's size
        limit = min(len(article_ids), int(searcher.num_docs))
        if limit <= 0:
            return {}
        hits = searcher.search(query, limit, count=False).hits
        passages = self._passages_at(searcher, [address for _, address in hits])
        return {passage.article_id: passage for passage in passages}

    def passages_of(self, article_id: str) -> list[Passage]:
        """Return the passages of one article in position order (listings, not answering)."""
        searcher = self._get_searcher()
        query = tantivy.Query.term_query(self._schema, "article", article_id)
        limit = 64  # an article rarely has more passages; grow until all are in
        while len(hits := searcher.search(query, limit, count=False).hits) == limit:
            limit *= 4
        addresses = [address for _, address in hits]
        passages = self._passages_at(searcher, addresses)
        return sorted(passages, key=lambda passage: passage.position)

    def opening_with(self, prefix: str, k: int) -> list[Passage]:
        """Return up to k passages holding a term that opens with `prefix` and is longer (a
        regular expression over the terms' dictionary; hits in the index's order)."""
        searcher = self._get_searcher()
        k = min(k, int(searcher.num_docs))  # tantivy allocates for the limit (see search)
        if k <= 0 or not prefix.isalpha():
            return []
        query = tantivy.Query.regex_query(self._schema, "terms", f"{re.escape(prefix)}.+")
        hits = searcher.search(query, k, count=False).hits
        return self._passages_at(searcher, [address for _, address in hits])
