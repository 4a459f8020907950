"""tantivy at build time: the schema, and writing passages as documents (and their text to packs).

The fields are listed in `qabot.engines.tantivy_engine`; `TantivyEngine` takes its `add`,
`remove`, `commit` and `close` from `DocumentWriting` here.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Final, ParamSpec, TypeVar, cast

import tantivy

from qabot.engines import IndexedPassage
from qabot.engines.tantivy_columns import pack_numbers, pack_title, spread
from qabot.engines.text_packs import (
    DICTIONARY_SAMPLES,
    PackWriter,
    PassageCodec,
    passage_record,
)
from qabot.fileio import share_file
from qabot.records import Passage
from qabot.text.patterns import lazy
from qabot.text.signatures import article_key, order_key, title_signature

FILLER = "_"  # analyze() never emits "_" (it splits on it), so no question can match it
WRITER_HEAP = 512 * 1024 * 1024  # bytes over all writer threads, inside a 2 GB build budget
# One indexing thread: the analysis workers and this process already keep both cores busy, and a
# thread per core cost more in contention than it gave (1M passages: 65 s with 2, 61 s with 1)
# and left a segment per thread for every search to visit.
WRITER_THREADS = 1
LOCK_FILES = (".tantivy-writer.lock", ".tantivy-meta.lock")
HALF = (1 << 64) - 1  # a 128-bit term signature is stored as two unsigned fields


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("title", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("article", tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("position", fast=True)
    builder.add_unsigned_field("order", fast=True)  # see order_key()
    # where the passage's record is in the packs, and (`numbers`) its length there, its number of
    # distinct terms and its kinds of figures: both spread (tantivy_columns), so cheap to open
    builder.add_unsigned_field("record", fast=True)
    builder.add_unsigned_field("numbers", fast=True)
    builder.add_unsigned_field("day", fast=True)  # qabot.records.day_number, 0: unknown
    builder.add_text_field("outlet", fast=True, tokenizer_name="raw", index_option="basic")
    # qabot.text.term_signature: its two halves (random bits: tantivy bit-packs them)
    builder.add_unsigned_field("signature_low", fast=True)
    builder.add_unsigned_field("signature_high", fast=True)
    # the article's key and its title's signature (tantivy_columns.pack_title): with the
    # signature, an answer tells a candidate too weak to show without reading it
    builder.add_unsigned_field("title_bits", fast=True)
    # the terms the passage writes with a capital (qabot.text.capitalised_terms): their
    # document frequencies tell a name from a word (`capitalised`); and the keys of the pairs
    # of words it or its title writes with a capital on each (qabot.text.name_pair_keys):
    # whether any passage writes a pair so (`may_write_as_name`)
    builder.add_text_field("capitals", tokenizer_name="whitespace", index_option="basic")
    return builder.build()


_OS_ERROR = lazy(r"\(os error (\d+)\)")
_P = ParamSpec("_P")
_R = TypeVar("_R")


def io_errors(function: Callable[_P, _R]) -> Callable[_P, _R]:
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


def link_tree(source: Path, target: Path) -> None:
    """Fill `target` with `source`'s files, shared (tantivy never rewrites a segment file and
    replaces meta.json by rename; packs are append-only)."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.name not in LOCK_FILES and entry.is_file():
            share_file(entry, target / entry.name)


# A passage as its document is written (`DocumentWriting.prepare`, in an analysis worker): the
# values of its fields, and its record for the packs, uncompressed (the dictionary is trained in
# the indexing process). A dozen plain objects, where a passage with its sentences' ends and
# terms is dozens to pickle and unpickle; a plain tuple, as a named tuple takes twice as long.
# Fields: terms, title terms (None: not stored), article id, position, order (order_key),
# record (text_packs.passage_record), distinct terms, figures, day, outlet, signature, title bits,
# capitalised terms
DocumentFields = tuple[str, str | None, str, int, int, bytes, int, int, int, str, int, int, str]
RECORD: Final = 5  # where a DocumentFields holds its record


def document_fields(passages: Iterable[IndexedPassage]) -> Iterator[DocumentFields]:
    """Yield each passage's `DocumentFields` (an article's passages come together, with one
    title)."""
    article_id, order, title_terms, title_bits = "", 0, None, 0
    for item in passages:
        passage = item.passage
        if passage.article_id != article_id or passage.title_terms != title_terms:
            title_terms, title_bits = passage.title_terms, _title_bits(passage)
        if passage.article_id != article_id:
            article_id, order = passage.article_id, order_key(passage.article_id)
        yield (
            item.terms,
            item.title_terms,
            article_id,
            passage.position,
            order,
            passage_record(passage),
            item.distinct,
            item.figures,
            item.day,
            item.outlet,
            item.signature,
            title_bits,
            f"{item.capitals} {item.name_pairs}" if item.name_pairs else item.capitals,
        )


def _title_bits(passage: Passage) -> int:
    """Return what the `title_bits` column stores for a passage (tantivy_columns.pack_title)."""
    terms = passage.title_terms
    signature = None if terms is None else title_signature(terms)
    return pack_title(article_key(passage.article_id), signature)


class DocumentWriting:
    """Build time of `TantivyEngine`: adding and removing passages, committing a generation."""

    _directory: Path
    _index: tantivy.Index
    _writer: tantivy.IndexWriter | None
    _searcher: tantivy.Searcher | None
    _body_filler: str
    _title_filler: str
    _pending: list[DocumentFields] | None
    _codec: PassageCodec
    _pack_writer: PackWriter | None

    def _get_writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            self._writer = self._index.writer(WRITER_HEAP, WRITER_THREADS)
        return self._writer

    def _train(self) -> None:
        """Train the text dictionary of a new index on the passages held back, then write them."""
        samples, self._pending = self._pending or [], None
        self._codec.train([item[RECORD] for item in samples])
        self._write(samples)

    def add(self, passages: Iterable[IndexedPassage]) -> None:
        """Add passages with their terms, and optionally their title's terms as a third item.

        With pairs, the title words are expected inside the terms (the protocol's contract);
        with triples they go to the title field, whose weight is tuned separately. A new index
        holds back its first DICTIONARY_SAMPLES passages, over any number of calls, to train
        the text dictionary on them.
        """
        self._add(document_fields(passages))

    @classmethod
    def prepare(cls, passages: list[IndexedPassage]) -> list[DocumentFields]:
        """Return the passages as `add_prepared` takes them (see `DocumentFields`)."""
        return list(document_fields(passages))

    def add_prepared(self, passages: Sequence[object]) -> None:
        """Add passages made by `prepare`, as `add` does."""
        self._add(iter(cast("Sequence[DocumentFields]", passages)))

    @io_errors
    def _add(self, stream: Iterator[DocumentFields]) -> None:
        if self._pending is not None:
            self._pending.extend(itertools.islice(stream, DICTIONARY_SAMPLES - len(self._pending)))
            if len(self._pending) < DICTIONARY_SAMPLES:
                return
            self._train()
        self._write(stream)

    def _write(self, passages: Iterable[DocumentFields]) -> None:
        if self._pack_writer is None:
            self._pack_writer = PackWriter(self._directory)
        compress, append = self._codec.compressor(), self._pack_writer.append
        add_document = self._get_writer().add_document
        body_filler, title_filler = self._body_filler, self._title_filler
        for (
            terms,
            title,
            article_id,
            position,
            order,
            record,
            distinct,
            figures,
            day,
            outlet,
            signature,
            title_bits,
            capitals,
        ) in passages:
            doc = tantivy.Document()
            doc.add_text("terms", terms + body_filler)
            if title is not None:
                doc.add_text("title", title + title_filler)
            doc.add_text("article", article_id)
            doc.add_unsigned("position", position)
            doc.add_unsigned("order", order)
            record = compress(record)
            doc.add_unsigned("record", spread(append(record)))
            doc.add_unsigned("numbers", pack_numbers(len(record), distinct, figures))
            doc.add_unsigned("day", day)
            if outlet:
                doc.add_text("outlet", outlet)
            if distinct:
                doc.add_unsigned("signature_low", signature & HALF)
                doc.add_unsigned("signature_high", signature >> 64)
            doc.add_unsigned("title_bits", title_bits)
            if capitals:
                doc.add_text("capitals", capitals)
            add_document(doc)

    @io_errors
    def remove(self, article_ids: Collection[str]) -> None:
        """Remove every passage of these articles (applied at commit)."""
        if self._pending is not None:  # a delete only hits documents added before it
            self._train()
        writer = self._get_writer()
        for article_id in article_ids:
            writer.delete_documents_by_term("article", article_id)

    @io_errors
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
