"""tantivy at question time: a question's terms and a filter -> one tantivy query.

`Searching` (`tantivy_search`) builds every query of a search here: the terms over passage and
title as BM25 ranks them, and a filter's restrictions, which leave the scores unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import tantivy

from qabot.engines import PassageFilter
from qabot.engines.tantivy_documents import FILLER

# article filters of up to this many articles are a union of term queries (see `_articles`)
ARTICLE_TERMS = 128
CLAUSES_KEPT = 1 << 14  # terms whose query clauses are kept (see `Querying._clauses_of`)


class Querying:
    """The queries of `TantivyEngine`: what its searches ask tantivy."""

    _schema: tantivy.Schema
    _params: dict[str, Any]
    _clauses: dict[str, list[tuple[tantivy.Occur, tantivy.Query]]]  # see _clauses_of

    def query(
        self, tokens: Sequence[str], where: PassageFilter | None = None
    ) -> tantivy.Query | None:
        """Return a SHOULD query of the question's terms over passage and title, or None;
        with `where`, those terms restricted to the passages it lets through."""
        counts: dict[str, int] = {}
        for token in tokens:
            if token and token != FILLER:
                counts[token] = counts.get(token, 0) + 1
        if not counts:
            return None
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        kept = self._clauses
        for token, count in counts.items():
            found = kept.get(token) if count == 1 else None
            if found is None:
                found = self._clauses_of(token, count)
                if count == 1:
                    if len(kept) >= CLAUSES_KEPT:
                        kept.clear()
                    kept[token] = found
            clauses += found
        terms = tantivy.Query.boolean_query(clauses)
        restrictions = self._restrictions(where) if where else []
        if not restrictions:
            return terms
        must = tantivy.Occur.Must
        # a restriction scores a constant; weight 0 keeps the terms' BM25 scores unchanged
        return tantivy.Query.boolean_query(
            [
                (must, terms),
                *((must, tantivy.Query.boost_query(query, 0.0)) for query in restrictions),
            ]
        )

    def together_query(
        self, groups: Sequence[Sequence[str]], where: PassageFilter | None = None
    ) -> tantivy.Query | None:
        """Return a query of the passages holding every term of one of `groups`, each in the
        passage or its title, or None for no group; with `where`, of those it lets through."""
        should, must = tantivy.Occur.Should, tantivy.Occur.Must
        boolean = tantivy.Query.boolean_query
        alternatives = [
            (should, boolean([(must, self._anywhere(term)) for term in dict.fromkeys(group)]))
            for group in groups
            if group
        ]
        if not alternatives:
            return None
        query = boolean(alternatives)
        restrictions = self._restrictions(where) if where else []
        return boolean([(must, query), *((must, part) for part in restrictions)])

    def _anywhere(self, term: str) -> tantivy.Query:
        """Return a query of the passages holding `term` in their text or their title."""
        should, term_query = tantivy.Occur.Should, tantivy.Query.term_query
        return tantivy.Query.boolean_query(
            [
                (should, term_query(self._schema, "terms", term)),
                (should, term_query(self._schema, "title", term)),
            ]
        )

    def _clauses_of(self, token: str, count: int) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        """Return the clauses of a term written `count` times in a question: over the
        passage, and over the title when it weighs anything (queries are immutable, so those
        of a term written once are kept for the next question: CLAUSES_KEPT)."""
        schema, term_query, boost = (
            self._schema,
            tantivy.Query.term_query,
            tantivy.Query.boost_query,
        )
        should = tantivy.Occur.Should
        body = term_query(schema, "terms", token)
        clauses = [(should, boost(body, float(count)) if count > 1 else body)]
        title_weight = float(self._params["title_weight"])
        if title_weight > 0:
            title = term_query(schema, "title", token)
            clauses.append((should, boost(title, title_weight * count)))
        return clauses

    def _restrictions(self, where: PassageFilter) -> list[tantivy.Query]:
        """Return the queries a filter adds: a range over `day`, term sets over `outlet` and
        `article`."""
        queries = []
        if where.first_day is not None or where.last_day is not None:
            unsigned = tantivy.FieldType.Unsigned
            # 0 is "no date": never inside a range
            days = tantivy.Query.range_query(
                self._schema, "day", unsigned, max(1, where.first_day or 1), where.last_day
            )
            if where.skipped_days:  # "in March and May": April's days left out
                gaps = [
                    tantivy.Query.range_query(self._schema, "day", unsigned, first, last)
                    for first, last in where.skipped_days
                ]
                days = tantivy.Query.boolean_query(
                    [(tantivy.Occur.Must, days), *((tantivy.Occur.MustNot, gap) for gap in gaps)]
                )
            queries.append(days)
        if where.outlets is not None:
            queries.append(
                tantivy.Query.term_set_query(self._schema, "outlet", sorted(where.outlets))
            )
        if where.articles is not None:
            queries.append(self._articles(sorted(where.articles)))
        return queries

    def _articles(self, articles: list[str]) -> tantivy.Query:
        """Return a query matching the passages of these articles.

        tantivy's term set query costs ~200 us at a million passages however few its terms (it
        walks the term dictionary and fills a bit set of every document); a union of term
        queries costs ~2 us a term, so it serves sets of up to ARTICLE_TERMS articles."""
        if not 0 < len(articles) <= ARTICLE_TERMS:
            return tantivy.Query.term_set_query(self._schema, "article", articles)
        term_query, should = tantivy.Query.term_query, tantivy.Occur.Should
        return tantivy.Query.boolean_query(
            [(should, term_query(self._schema, "article", article)) for article in articles]
        )
