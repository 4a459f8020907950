"""The tantivy engine: BM25 over passages in a tantivy index, for archives of a million passages.

tantivy (a Rust search library) keeps postings compressed on disk, memory-maps them on open, ranks
with block-max WAND. The passages, zstd-compressed with a trained dictionary, live beside it in
pack files read with pread (qabot.engines.text_packs), so a generation costs less disk than the
raw text, opens in milliseconds, answers in about a millisecond at a million passages and keeps
little resident memory (benchmarks/README.md).

Analysis stays ours: `qabot.text.analyze` produces the terms joined by spaces, indexed through
tantivy's "whitespace" tokenizer (measured faster to feed than `PreTokenizedString`, which needs
one Python object per token; tantivy's own regex tokenizer and stemmer cost more CPU than ours).
Fields:

    terms    passage terms (BM25, freq only: no positions are needed)
    title    the article's title terms, a field of its own so its weight can be tuned
    article  article id, raw, indexed only: for deletes
    position / order   fast: to order tied hits by passage without reading them (order_key)
    record / length    fast: where the passage (id, offsets, text) is in the packs
    day      fast: the article's publication day (0: unknown), for date filters (range query)
    figures  fast: the kinds of dates and figures the passage holds (qabot.text.figure_kinds), so
             "when" and "how many" pass over passages holding none without reading them
    outlet   the article's folded outlet, raw, indexed and fast: for outlet filters

Nothing is stored in tantivy's own doc store: a hit's passage is read from its pack by the
two fast fields, one pread, no document fetch.

Ranking parameters (BM25 b per field, the title's weight) are recorded per generation; see
`qabot.engines.tantivy_ranking` for how b is set although tantivy fixes it.
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import re
import shutil
import tempfile
import weakref
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, ParamSpec, Self, TypeVar

import tantivy

from qabot.engines import IndexedPassage, PassageFilter, ScoredPassages
from qabot.engines.tantivy_ranking import Ranking, read_params, write_params
from qabot.engines.text_packs import DICTIONARY_SAMPLES, PackReader, PackWriter, PassageCodec
from qabot.errors import IndexFormatError, SearchError
from qabot.fileio import share_file
from qabot.records import Passage

FILLER = "_"  # analyze() never emits "_" (it splits on it), so no question can match it
WRITER_HEAP = 512 * 1024 * 1024  # bytes over all writer threads, inside a 2 GB build budget
# One indexing thread: the analysis workers and this process already keep both cores busy, and a
# thread per core cost more in contention than it gave (1M passages: 65 s with 2, 61 s with 1)
# and left a segment per thread for every search to visit.
WRITER_THREADS = 1
# Hits tied at the k-th score are ordered by passage, so the first search asks for TIE_WINDOW * k
# hits (block-max WAND makes that cost about the same as k) and a longer tie up to TIE_LIMIT * k.
TIE_WINDOW = 4
TIE_LIMIT = 16
_LOCK_FILES = (".tantivy-writer.lock", ".tantivy-meta.lock")
# Decoded passages kept per engine: a speech answer reads many of the same passages in its
# several searches, and a search fetching more candidates reads its first ones again (a pack
# record never changes, so a kept passage is never stale). About 3 KB each.
PASSAGE_CACHE = 1024


def order_key(article_id: str) -> int:
    """Return the first 8 UTF-8 bytes of an article id as a number that sorts like the id.

    Hits with equal scores are ordered by (article id, position). Reading two fast fields orders
    a tied group without reading the passages; only ids sharing their first 8 bytes need the
    id from the passage's record.
    """
    return int.from_bytes(article_id.encode("utf-8")[:8].ljust(8, b"\0"), "big")


def _passage_reader(codec: PassageCodec, packs: PackReader) -> Callable[[int, int], Passage]:
    """Return a function reading the passage at (record, length), keeping the last ones read
    (a closure, not a method: the cache must not keep the engine alive)."""

    @functools.lru_cache(maxsize=PASSAGE_CACHE)
    def passage(record: int, length: int) -> Passage:
        return codec.decode(packs.read(record, length))

    return passage


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("title", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("article", tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("position", fast=True)
    builder.add_unsigned_field("order", fast=True)  # see order_key()
    builder.add_unsigned_field("record", fast=True)  # where the passage's record is in the packs
    builder.add_unsigned_field("length", fast=True)  # its length there, in bytes
    builder.add_unsigned_field("day", fast=True)  # qabot.records.day_number, 0: unknown
    builder.add_text_field("outlet", fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("figures", fast=True)  # qabot.text.figure_kinds, 0: unknown
    return builder.build()


_OS_ERROR = re.compile(r"\(os error (\d+)\)")
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _io_errors(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Raise tantivy's failed writes (reported as ValueError: "No space left on device (os
    error 28)") as the OSError they are, so a full disk is a user error, not a bug."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return function(*args, **kwargs)
        except ValueError as error:
            match = _OS_ERROR.search(str(error))
            if match is None:
                raise
            code = int(match[1])
            raise OSError(code, os.strerror(code)) from error

    return wrapper


# tantivy creates a lock file even to read: on a read-only folder (or one we may not write)
_READ_ONLY = re.compile(r"os error (30|13)\b|Read-only file system|Permission denied")


def _open_read_only(directory: Path) -> tuple[tantivy.Index, Path]:
    """Open an index in a folder we cannot write: through a temporary folder of links to its
    files, where tantivy may create its lock files; return the index and that folder."""
    shadow = Path(tempfile.mkdtemp(prefix="qabot-readonly-"))
    try:
        for entry in directory.iterdir():
            if entry.name not in _LOCK_FILES:
                (shadow / entry.name).symlink_to(entry.resolve())
        return tantivy.Index.open(str(shadow)), shadow
    except BaseException:
        shutil.rmtree(shadow, ignore_errors=True)
        raise


def _link_tree(source: Path, target: Path) -> None:
    """Fill `target` with `source`'s files, shared (tantivy never rewrites a segment file and
    replaces meta.json by rename; packs are append-only)."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.name not in _LOCK_FILES and entry.is_file():
            share_file(entry, target / entry.name)


class TantivyEngine:
    """Engine protocol implementation over tantivy (see qabot.engines)."""

    name = "tantivy"
    keeps_removed_text = True  # packs are append-only (qabot.engines.text_packs)

    def __init__(self, directory: Path, index: tantivy.Index, params: dict[str, Any]) -> None:
        self._directory = directory
        self._index = index
        self._params = params
        self._schema = index.schema
        self._writer: tantivy.IndexWriter | None = None
        self._searcher: tantivy.Searcher | None = None
        self._body_filler = " " + " ".join([FILLER] * params["body_padding"])
        self._title_filler = " " + " ".join([FILLER] * params["title_padding"])
        self._pending: list[IndexedPassage] | None = None  # a new index's first passages
        self._codec = PassageCodec(directory)
        self._packs = PackReader(directory)
        self._passage = _passage_reader(self._codec, self._packs)
        self._pack_writer: PackWriter | None = None

    @classmethod
    @_io_errors
    def create(
        cls, directory: Path, previous: Path | None = None, *, ranking: Ranking | None = None
    ) -> Self:
        """Return a writer for `directory`, starting as a hard-linked copy of `previous`.

        A copy keeps the ranking parameters `previous` was built with; `ranking` applies to a
        new, empty generation only.
        """
        directory = Path(directory)
        if previous is not None:
            params = read_params(Path(previous))
            _link_tree(Path(previous), directory)
            return cls(directory, tantivy.Index.open(str(directory)), params)
        directory.mkdir(parents=True, exist_ok=True)
        params = (ranking or Ranking()).params()
        index = tantivy.Index(_schema(), path=str(directory), reuse=False)
        write_params(directory, params)
        engine = cls(directory, index, params)
        engine._pending = []
        return engine

    @classmethod
    def open(cls, directory: Path) -> Self:
        """Return a read-only engine over a committed generation (memory-mapped, milliseconds)."""
        directory = Path(directory)
        params = read_params(directory)
        shadow = None
        try:
            try:
                index = tantivy.Index.open(str(directory))
            except ValueError as error:
                if not _READ_ONLY.search(str(error)):
                    raise
                index, shadow = _open_read_only(directory)
        except (OSError, ValueError) as error:
            raise IndexFormatError(
                f"The search index in {directory} cannot be read ({error}). "
                "Run `qabot index --rebuild` to build it again."
            ) from error
        engine = cls(directory, index, params)
        if shadow is not None:  # removed once the engine is garbage
            weakref.finalize(engine, shutil.rmtree, shadow, True)
        return engine

    def _get_writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            self._writer = self._index.writer(WRITER_HEAP, WRITER_THREADS)
        return self._writer

    def _train(self) -> None:
        """Train the text dictionary of a new index on the passages held back, then write them."""
        samples, self._pending = self._pending or [], None
        self._codec.train([item[0] for item in samples])
        self._write(samples)

    @_io_errors
    def add(self, passages: Iterable[IndexedPassage]) -> None:
        """Add passages with their terms, and optionally their title's terms as a third item.

        With pairs, the title words are expected inside the terms (the protocol's contract);
        with triples they go to the title field, whose weight is tuned separately. A new index
        holds back its first DICTIONARY_SAMPLES passages, over any number of calls, to train
        the text dictionary on them.
        """
        stream = iter(passages)
        if self._pending is not None:
            self._pending.extend(itertools.islice(stream, DICTIONARY_SAMPLES - len(self._pending)))
            if len(self._pending) < DICTIONARY_SAMPLES:
                return
            self._train()
        self._write(stream)

    def _write(self, passages: Iterable[IndexedPassage]) -> None:
        if self._pack_writer is None:
            self._pack_writer = PackWriter(self._directory)
        encode, append = self._codec.encode, self._pack_writer.append
        add_document = self._get_writer().add_document
        body_filler, title_filler = self._body_filler, self._title_filler
        article_id, order = "", 0
        for item in passages:
            passage = item.passage
            if passage.article_id != article_id:  # an article's passages come together
                article_id, order = passage.article_id, order_key(passage.article_id)
            doc = tantivy.Document()
            doc.add_text("terms", item.terms + body_filler)
            if item.title_terms is not None:
                doc.add_text("title", item.title_terms + title_filler)
            doc.add_text("article", passage.article_id)
            doc.add_unsigned("position", passage.position)
            doc.add_unsigned("order", order)
            record = encode(passage)
            doc.add_unsigned("record", append(record))
            doc.add_unsigned("length", len(record))
            doc.add_unsigned("day", item.day)
            if item.outlet:
                doc.add_text("outlet", item.outlet)
            if item.figures:
                doc.add_unsigned("figures", item.figures)
            add_document(doc)

    @_io_errors
    def remove(self, article_ids: Collection[str]) -> None:
        """Remove every passage of these articles (applied at commit)."""
        if self._pending is not None:  # a delete only hits documents added before it
            self._train()
        writer = self._get_writer()
        for article_id in article_ids:
            writer.delete_documents_by_term("article", article_id)

    @_io_errors
    def commit(self) -> None:
        """Write everything added/removed so far, and wait for merges so the folder is final."""
        if self._pending is not None:
            self._train()
        if self._pack_writer is not None:  # the text first, then the documents that point to it
            self._pack_writer.close()
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
        self._index.reload()
        self._searcher = None

    def close(self) -> None:
        """Release the pack being written and the tantivy writer without committing."""
        if self._pack_writer is not None:
            self._pack_writer.close()
            self._pack_writer = None
        self._writer = None  # tantivy drops uncommitted documents with its writer

    def _get_searcher(self) -> tantivy.Searcher:
        if self._searcher is None:
            self._searcher = self._index.searcher()
        return self._searcher

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
        schema, term_query, boost = (
            self._schema,
            tantivy.Query.term_query,
            tantivy.Query.boost_query,
        )
        title_weight = float(self._params["title_weight"])
        should = tantivy.Occur.Should
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for token, count in counts.items():
            body = term_query(schema, "terms", token)
            clauses.append((should, boost(body, float(count)) if count > 1 else body))
            if title_weight > 0:
                title = term_query(schema, "title", token)
                clauses.append((should, boost(title, title_weight * count)))
        terms = tantivy.Query.boolean_query(clauses)
        restrictions = self._restrictions(where) if where else []
        if not restrictions:
            return terms
        must = tantivy.Occur.Must
        # a restriction scores a constant; weight 0 keeps the terms' BM25 scores unchanged
        return tantivy.Query.boolean_query(
            [(must, terms), *((must, boost(query, 0.0)) for query in restrictions)]
        )

    def _restrictions(self, where: PassageFilter) -> list[tantivy.Query]:
        """Return the queries a filter adds: a range over `day`, a term set over `outlet`."""
        queries = []
        if where.first_day is not None or where.last_day is not None:
            queries.append(
                tantivy.Query.range_query(
                    self._schema,
                    "day",
                    tantivy.FieldType.Unsigned,
                    max(1, where.first_day or 1),  # 0 is "no date": never inside a range
                    where.last_day,
                )
            )
        if where.outlets is not None:
            queries.append(
                tantivy.Query.term_set_query(self._schema, "outlet", sorted(where.outlets))
            )
        return queries

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
            return self._search(tokens, k, where, holding)
        except Exception:
            raise
        except BaseException as exc:  # pyo3's PanicException derives from BaseException
            if type(exc).__name__ != "PanicException":
                raise
            raise SearchError(
                "The search engine failed on this question. Try other words; if it keeps "
                "happening, rebuild the index with `qabot index --rebuild`."
            ) from exc

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
        window = min(TIE_WINDOW * k, searcher.num_docs)
        hits = [hit for hit in searcher.search(query, window + 1, count=False).hits if hit[0] > 0]
        if len(hits) > k and hits[k][0] == hits[k - 1][0]:
            hits = self._order_ties(searcher, query, hits, k)
        hits = hits[:k]
        addresses = [address for _, address in hits]
        records = searcher.fast_field_values("record", addresses)
        lengths = searcher.fast_field_values("length", addresses)
        passage = self._passage

        def read(i: int) -> Passage:
            return passage(int(records[i] or 0), int(lengths[i] or 0))

        scored = ScoredPassages(
            [float(score) for score, _ in hits], read, self._figures(addresses)
        )
        if holding:
            self._mark_holding(scored, searcher, query, addresses, window, holding)
        return scored

    def _mark_holding(
        self,
        scored: ScoredPassages,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        addresses: list[Any],
        window: int,
        holding: Sequence[str],
    ) -> None:
        """Mark the hits holding every term of `holding`: the same search restricted to them
        (weight 0: scores unchanged) lists them in the same order, and any ranking lower."""
        must, boost = tantivy.Occur.Must, tantivy.Query.boost_query
        terms = [
            (must, boost(tantivy.Query.term_query(self._schema, "terms", term), 0.0))
            for term in dict.fromkeys(holding)
        ]
        restricted = tantivy.Query.boolean_query([(must, query), *terms])
        found = searcher.search(restricted, window + 1, count=False).hits
        if len(found) > window:
            return  # more hold them than were looked for: ties at the edge may hide one
        keys = {(address.segment_ord, address.doc) for score, address in found if score > 0}
        scored.holding = [(address.segment_ord, address.doc) in keys for address in addresses]
        scored.held_beyond = len(keys) > sum(scored.holding)

    def _figures(self, addresses: list[Any]) -> list[int] | None:
        """Return the stored kinds of figures of these documents (None: not in this index)."""
        try:
            values = self._get_searcher().fast_field_values("figures", addresses)
        except ValueError:  # a generation written before the field existed
            return None
        return [int(value or 0) for value in values]

    @staticmethod
    def _no_passage(i: int) -> Passage:
        raise IndexError(i)

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """Return each token's idf over the passage field, Lucene's form as tantivy's BM25 uses."""
        searcher = self._get_searcher()
        total = searcher.num_docs
        weights = {}
        for token in tokens:
            count = searcher.doc_freq("terms", token) if token and total else 0
            weights[token] = (
                math.log(1.0 + (total - count + 0.5) / (count + 0.5)) if count else 0.0
            )
        return weights

    def _order_ties(
        self, searcher: tantivy.Searcher, query: tantivy.Query, hits: list[Any], k: int
    ) -> list[Any]:
        """Return `hits` with the group tied at the k-th score complete and in passage order."""
        boundary, limit = hits[k - 1][0], TIE_WINDOW * k
        most = min(TIE_LIMIT * k, searcher.num_docs)
        while len(hits) > limit and hits[limit][0] == boundary and limit < most:
            limit = min(limit * 4, most)
            hits = list(searcher.search(query, limit + 1, count=False).hits)
        head = [hit for hit in hits if hit[0] > boundary]
        tied = [hit for hit in hits[:limit] if hit[0] == boundary]
        addresses = [address for _, address in tied]
        orders = searcher.fast_field_values("order", addresses)
        positions = searcher.fast_field_values("position", addresses)
        shared = Counter(orders)
        keys = [
            # ids that share their first 8 bytes are told apart by the id in the record
            (order, self._article_id(searcher, address) if shared[order] > 1 else "", position)
            for order, position, address in zip(orders, positions, addresses, strict=True)
        ]
        ranked = sorted(range(len(tied)), key=keys.__getitem__)
        return head + [tied[i] for i in ranked]

    def _article_id(self, searcher: tantivy.Searcher, address: Any) -> str:
        record, length = (
            searcher.fast_field_values(field, [address])[0] for field in ("record", "length")
        )
        return self._passage(int(record or 0), int(length or 0)).article_id

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

    def _passages_at(self, searcher: tantivy.Searcher, addresses: list[Any]) -> list[Passage]:
        """Return the stored passages of these documents, in the same order."""
        return [
            self._passage(int(record or 0), int(length or 0))
            for record, length in zip(
                searcher.fast_field_values("record", addresses),
                searcher.fast_field_values("length", addresses),
                strict=True,
            )
        ]

    def __len__(self) -> int:
        return int(self._get_searcher().num_docs)
