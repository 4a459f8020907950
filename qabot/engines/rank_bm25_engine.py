"""The rank-bm25 engine: pure Python BM25 over passages kept in memory.

Fine for collections of a few thousand articles; every question scores every passage, so large
archives want the tantivy engine. Passages and their tokens are stored as JSON Lines (data, not
pickles) and the BM25 statistics are rebuilt from them on open. Filters are applied in Python,
to the scores, with each passage's day and outlet kept beside it.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple, Self, cast

import numpy as np
from rank_bm25 import BM25Okapi

from qabot.engines import IndexedPassage, PassageFilter, ScoredPassages
from qabot.records import Passage
from qabot.text import capitalised_terms

PASSAGES_FILE = "passages.jsonl"
K1 = 1.2
B = 0.75


class _Row(NamedTuple):
    passage: Passage
    tokens: list[str]
    day: int = 0
    outlet: str = ""


class _PositiveIdfBM25(BM25Okapi):  # type: ignore[misc]  # rank_bm25 has no type hints
    """BM25Okapi with Lucene's idf, log(1 + (N - n + 0.5) / (n + 0.5)), which stays positive.

    rank-bm25's own idf is zero for a term in exactly half of the passages and floored above
    half, so on a single article ("Stoltenberg" in half its passages) the best words count for
    nothing. Lucene's form keeps every matching term's weight above zero.
    """

    def _calc_idf(self, nd: dict[str, int]) -> None:
        self.idf = {
            word: math.log(1.0 + (self.corpus_size - freq + 0.5) / (freq + 0.5))
            for word, freq in nd.items()
        }


class RankBM25Engine:
    """Engine protocol implementation over rank_bm25 (see qabot.engines)."""

    name = "rank-bm25"
    keeps_removed_text = False  # every generation is written whole

    def __init__(self, directory: Path, rows: dict[str, _Row]) -> None:
        self._directory = directory
        self._rows = rows  # passage id -> row, in insertion order
        self._by_article: dict[str, list[str]] = {}
        for passage_id, row in rows.items():
            self._by_article.setdefault(row.passage.article_id, []).append(passage_id)
        self._bm25: _PositiveIdfBM25 | None = None
        self._order: list[_Row] = []
        self._days = np.zeros(0, dtype=np.int64)  # per passage of _order, for filters
        self._outlets = np.zeros(0, dtype=object)
        # passages writing each term with a capital, passages holding it (`capitalised`)
        self._capitals: tuple[Counter[str], Counter[str]] | None = None

    @classmethod
    def create(cls, directory: Path, previous: Path | None = None) -> Self:
        """Return a writer starting from the passages of `previous` (or empty)."""
        rows = _read_rows(previous / PASSAGES_FILE) if previous is not None else {}
        return cls(directory, rows)

    @classmethod
    def open(cls, directory: Path) -> Self:
        """Return a searcher over the committed passages in `directory`."""
        engine = cls(directory, _read_rows(directory / PASSAGES_FILE))
        engine._prepare()
        return engine

    def add(self, passages: Iterable[IndexedPassage]) -> None:
        """Add passages with their terms; title terms (a third item) count as passage words."""
        for item in passages:
            passage, tokens = item.passage, item.terms.split()
            if item.title_terms is not None:
                tokens += item.title_terms.split()
            self._rows[passage.id] = _Row(passage, tokens, item.day, item.outlet)
            self._by_article.setdefault(passage.article_id, []).append(passage.id)
        self._bm25 = None
        self._capitals = None

    @classmethod
    def prepare(cls, passages: list[IndexedPassage]) -> list[IndexedPassage]:
        """Return the passages as they are: this engine keeps them whole."""
        return passages

    def add_prepared(self, prepared: Sequence[object]) -> None:
        """Add passages made by `prepare` (the passages themselves)."""
        self.add(cast("list[IndexedPassage]", prepared))

    def remove(self, article_ids: Collection[str]) -> None:
        """Remove every passage of these articles."""
        for article_id in article_ids:
            for passage_id in self._by_article.pop(article_id, ()):
                self._rows.pop(passage_id, None)
                self._bm25 = None
                self._capitals = None

    def close(self) -> None:
        """Nothing to release: everything is written by commit()."""

    def commit(self) -> None:
        """Write the passages and tokens to `passages.jsonl`."""
        self._directory.mkdir(parents=True, exist_ok=True)
        with (self._directory / PASSAGES_FILE).open("w", encoding="utf-8") as out:
            for passage, tokens, day, outlet in self._rows.values():
                row = {
                    "id": passage.id,
                    "article_id": passage.article_id,
                    "position": passage.position,
                    "start": passage.start,
                    "end": passage.end,
                    "text": passage.text,
                    "sentence_ends": list(passage.sentence_ends),
                    "sentence_terms": list(passage.sentence_terms),
                    "title_terms": passage.title_terms,
                    "tokens": " ".join(tokens),
                    "day": day,
                    "outlet": outlet,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")

    def _prepare(self) -> None:
        # passage order, so that equal scores come back the same way whatever the add order
        self._order = sorted(
            self._rows.values(), key=lambda row: (row.passage.article_id, row.passage.position)
        )
        self._days = np.array([row.day for row in self._order], dtype=np.int64)
        self._outlets = np.array([row.outlet for row in self._order], dtype=object)
        # BM25Okapi([]) divides by zero (rank-bm25 issue #36): an empty engine has no model.
        self._bm25 = (
            _PositiveIdfBM25([row.tokens for row in self._order], k1=K1, b=B)
            if self._order
            else None
        )

    def search(
        self, tokens: list[str], k: int, where: PassageFilter | None = None
    ) -> list[tuple[Passage, float]]:
        """Return up to k passages sharing a term with the question, best first; with `where`,
        only those it lets through."""
        if self._bm25 is None and self._rows:
            self._prepare()
        bm25 = self._bm25
        if bm25 is None or k <= 0:
            return []
        terms = [t for t in dict.fromkeys(tokens) if t in bm25.idf]
        if not terms:
            return []
        scores = np.asarray(bm25.get_scores(terms))
        passes = scores > 0
        if where:
            passes &= self._mask(where)
        matched = np.flatnonzero(passes)
        best = matched[np.argsort(-scores[matched], kind="stable")][:k]
        return [(self._order[i].passage, float(scores[i])) for i in best]

    def search_scored(
        self,
        tokens: list[str],
        k: int,
        where: PassageFilter | None = None,
        holding: Sequence[str] = (),
    ) -> ScoredPassages:
        """Return `search`'s hits (held in memory: nothing to read lazily; `holding` is not
        looked up: the hits say nothing of it)."""
        return ScoredPassages.of(self.search(tokens, k, where))

    def _mask(self, where: PassageFilter) -> np.ndarray:
        """Return which passages (in _order) the filter lets through."""
        mask = np.ones(len(self._order), dtype=bool)
        if where.first_day is not None or where.last_day is not None:
            mask &= self._days > 0  # undated passages match no date range
        if where.first_day is not None:
            mask &= self._days >= where.first_day
        if where.last_day is not None:
            mask &= self._days <= where.last_day
        for first, last in where.skipped_days:
            mask &= (self._days < first) | (self._days > last)
        if where.outlets is not None:
            mask &= np.isin(self._outlets, list(where.outlets))
        if where.articles is not None:
            mask &= np.array([row.passage.article_id in where.articles for row in self._order])
        return mask

    def openings(self, article_ids: Collection[str]) -> dict[str, Passage]:
        """Return the first passage of each of these articles."""
        found: dict[str, Passage] = {}
        for article_id in article_ids:
            passages = self.passages_of(article_id)
            if passages:
                found[article_id] = passages[0]
        return found

    def passages_of(self, article_id: str) -> list[Passage]:
        """Return the passages of one article in position order (listings, not answering)."""
        passages = [self._rows[i].passage for i in self._by_article.get(article_id, ())]
        return sorted(passages, key=lambda passage: passage.position)

    def newest(self, k: int, where: PassageFilter | None = None) -> list[Passage]:
        """Return the first passage of the k newest dated articles `where` lets through."""
        openings = [
            row
            for row in self._rows.values()
            if row.passage.position == 0
            and row.day > 0
            and (where is None or where.matches(row.day, row.outlet, row.passage.article_id))
        ]
        openings.sort(key=lambda row: (-row.day, row.passage.article_id))
        return [row.passage for row in openings[: max(k, 0)]]

    def opening_with(self, prefix: str, k: int) -> list[Passage]:
        """Return up to k passages holding a term that opens with `prefix` and is longer, in
        the order they were added."""
        if k <= 0 or not prefix.isalpha():
            return []
        found: list[Passage] = []
        for row in self._rows.values():
            if any(len(token) > len(prefix) and token.startswith(prefix) for token in row.tokens):
                found.append(row.passage)
                if len(found) == k:
                    break
        return found

    def capitalised(self, term: str) -> tuple[int, int]:
        """Return how many passages write `term` with a capital away from an opening and how
        many hold it (counted from the passages' text on first use: this engine keeps it)."""
        if self._capitals is None:
            capital: Counter[str] = Counter()
            holding: Counter[str] = Counter()
            for row in self._rows.values():
                passage = row.passage
                terms = " ".join(passage.sentence_terms) if passage.sentence_terms else None
                holding.update(set(terms.split() if terms is not None else row.tokens))
                capital.update(set(capitalised_terms(passage.text).split()))
            self._capitals = capital, holding
        capital, holding = self._capitals
        return capital[term], holding[term]

    def may_write_as_name(self, first: str, second: str) -> bool:
        """Return True: this engine keeps no pairs (the texts are read to tell)."""
        return True

    def may_hold_together(
        self, groups: Sequence[Sequence[str]], where: PassageFilter | None = None
    ) -> bool:
        """Return whether a passage `where` lets through holds every term of one of `groups`
        (its tokens hold its title's terms: `add`), each row read."""
        wanted = [set(group) for group in groups if group]
        if not wanted:
            return False  # no group: no row need be read (as tantivy's, with no query)
        for row in self._rows.values():
            passage = row.passage
            if where is not None and not where.matches(row.day, row.outlet, passage.article_id):
                continue
            held = set(row.tokens)
            if any(group <= held for group in wanted):
                return True
        return False

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """Return each token's idf (Lucene's form, as ranked); 0 when no passage holds it."""
        if self._bm25 is None and self._rows:
            self._prepare()
        weights = self._bm25.idf if self._bm25 is not None else {}
        return {token: float(weights.get(token, 0.0)) for token in tokens}

    def __len__(self) -> int:
        return len(self._rows)


def _read_rows(path: Path) -> dict[str, _Row]:
    """Read `passages.jsonl` written by `commit`."""
    rows: dict[str, _Row] = {}
    if not path.exists():
        return rows
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            passage = Passage(
                id=row["id"],
                article_id=row["article_id"],
                position=row["position"],
                start=row["start"],
                end=row["end"],
                text=row["text"],
                sentence_ends=tuple(row.get("sentence_ends", ())),
                sentence_terms=tuple(row.get("sentence_terms", ())),
                title_terms=_optional_terms(row.get("title_terms")),
            )
            rows[passage.id] = _Row(
                passage, row["tokens"].split(), int(row["day"]), str(row["outlet"])
            )
    return rows


def _optional_terms(terms: list[str] | None) -> tuple[str, ...] | None:
    return None if terms is None else tuple(terms)
