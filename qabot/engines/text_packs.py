"""Passages beside the tantivy index: compressed records in append-only packs read with pread.

Why not tantivy's own doc store: tantivy memory-maps it, so every block a serving process has
read (and the kernel's read-around of it) counts in that process's resident memory; at a million
passages the text alone is ~350 MB. Read with pread, the same bytes sit in the OS page cache,
shared and reclaimable, and the process keeps only what it is using.

A pack is written by one writer session and never changed afterwards, so a new generation can
hard-link the packs of the one before it (as it does tantivy's segment files). The text of a
removed or changed passage stays in its pack, unread, until the index is built afresh: by `qabot
index --rebuild`, or by itself once such text outweighs the live text (`qabot.indexing.build`).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

import zstandard

from qabot.errors import IndexFormatError
from qabot.fileio import AppendOnlyFile
from qabot.records import Passage
from qabot.text.patterns import lazy

# A record is a passage's numbers, id, stored terms (its sentences', its title's) and text,
# zstd-compressed with a dictionary trained on the first passages of a new index: LZ4 (tantivy's
# doc store codec in the Python wheel) keeps about 0.8x of English text, zstd with a dictionary
# about 0.55x at level 1, ~4 us a passage (level 3: 0.52x, ~6 us). Later generations share the
# dictionary; an index of fewer than DICTIONARY_MIN_SAMPLES passages goes without.
DICTIONARY_FILE = "text.zdict"
DICTIONARY_SAMPLES = 2000
DICTIONARY_MIN_SAMPLES = 200
DICTIONARY_SIZE = 64 * 1024
ZSTD_LEVEL = 1

_PACK = lazy(r"text-(\d{6})\.pack")
OFFSET_BITS = 40  # a location is pack << 40 | offset: packs of up to 1 TiB


def pack_name(number: int) -> str:
    return f"text-{number:06d}.pack"


class PackWriter:
    """Appends byte strings to a new pack of `directory` and returns where each one went."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        numbers = [int(m.group(1)) for p in directory.iterdir() if (m := _PACK.fullmatch(p.name))]
        self._number = max(numbers, default=0) + 1
        self._file = AppendOnlyFile(directory / pack_name(self._number))

    def append(self, data: bytes) -> int:
        """Write `data` and return its location (see OFFSET_BITS)."""
        return self._number << OFFSET_BITS | self._file.append(data)

    def close(self) -> None:
        """Flush the pack to disk; call before the documents that point into it are committed."""
        if self._file.size:
            self._file.close()
            self._number += 1
            self._file = AppendOnlyFile(self._directory / pack_name(self._number))


class PackReader:
    """Reads byte strings back by location; safe to share between threads."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._files: dict[int, int] = {}
        self._lock = threading.Lock()
        weakref.finalize(self, _close_all, self._files)

    def read(self, location: int, length: int) -> bytes:
        number, offset = location >> OFFSET_BITS, location & ((1 << OFFSET_BITS) - 1)
        descriptor = self._files.get(number)
        if descriptor is None:
            descriptor = self._open(number)
        if hasattr(os, "pread"):
            data = os.pread(descriptor, length, offset)
        else:  # Windows: no pread, so seek and read under the lock
            with self._lock:
                os.lseek(descriptor, offset, os.SEEK_SET)
                data = os.read(descriptor, length)
        if len(data) != length:
            raise IndexFormatError(
                f"The passage text in {self._directory / pack_name(number)} is cut short. "
                "Run `qabot index --rebuild` to build the index again."
            )
        return data

    def _open(self, number: int) -> int:
        with self._lock:
            if number not in self._files:
                try:
                    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
                    self._files[number] = os.open(self._directory / pack_name(number), flags)
                except OSError as error:
                    raise IndexFormatError(
                        f"The passage text of the index in {self._directory} is missing "
                        f"({error.strerror}). Run `qabot index --rebuild` to build it again."
                    ) from error
            return self._files[number]


def _close_all(files: dict[int, int]) -> None:
    for descriptor in files.values():
        os.close(descriptor)
    files.clear()


class PassageCodec:
    """Turns passages into pack records and back, with the generation's zstd dictionary."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        path = directory / DICTIONARY_FILE
        self._dictionary = (
            zstandard.ZstdCompressionDict(path.read_bytes()) if path.exists() else None
        )
        self._compress: Callable[[bytes], bytes] | None = None
        self._decompressors = _Decompressors(self._dictionary)

    def train(self, records: list[bytes | bytearray | memoryview[int]]) -> None:
        """Train and save the dictionary of a new index on the records of its first passages
        (`passage_record`), when there are enough."""
        if len(records) < DICTIONARY_MIN_SAMPLES:
            return
        try:
            dictionary = zstandard.train_dictionary(DICTIONARY_SIZE, records)
        except zstandard.ZstdError:  # samples too alike or too small: go without
            return
        (self._directory / DICTIONARY_FILE).write_bytes(dictionary.as_bytes())
        self._dictionary = dictionary
        self._decompressors = _Decompressors(dictionary)

    def compressor(self) -> Callable[[bytes], bytes]:
        """Return what turns a record (`passage_record`) into what the pack stores."""
        if self._compress is None:  # after train(): the dictionary is fixed from here on
            if self._dictionary is not None:
                # digested once for this level, not at every record: the same bytes, ~20% less
                # CPU a record (benchmarks/README.md, sixteenth session)
                self._dictionary.precompute_compress(level=ZSTD_LEVEL)
            self._compress = zstandard.ZstdCompressor(
                level=ZSTD_LEVEL,
                dict_data=self._dictionary,
                write_checksum=False,
                write_dict_id=False,
            ).compress
        return self._compress

    def decode(self, data: bytes) -> Passage:
        """Return the passage of a record (IndexFormatError when the record is garbled)."""
        return self.passage(self.fields(data))

    def fields(self, data: bytes) -> list[str]:
        """Return a record's fields, not yet made a passage (`passage` makes it; `terms` reads
        only its terms)."""
        try:
            fields = self._decompressors.decompress(data).decode().split("\0", 7)
        except (zstandard.ZstdError, UnicodeDecodeError) as error:
            raise self._garbled(error) from error
        if len(fields) != 8:
            raise self._garbled(ValueError(f"{len(fields)} fields"))
        return fields

    def passage(self, fields: list[str]) -> Passage:
        """Return the passage of a record's `fields`."""
        try:
            return self._passage(fields)
        except ValueError as error:
            raise self._garbled(error) from error

    @staticmethod
    def terms(fields: list[str]) -> tuple[str, tuple[str, ...] | None] | None:
        """Return a record's stored terms (every sentence's, joined by spaces) and its title's
        (None: not stored), without making its passage; None when its terms were not stored."""
        terms, title = fields[5], fields[6]
        if not terms:
            return None
        return terms.replace("\t", " "), tuple(title[1:].split()) if title else None

    def span(self, fields: list[str]) -> tuple[str, int, int]:
        """Return a record's article id, start and end, without making its passage."""
        try:
            return fields[3], int(fields[1]), int(fields[2])
        except ValueError as error:
            raise self._garbled(error) from error

    def _garbled(self, error: Exception) -> IndexFormatError:
        return IndexFormatError(
            f"The passage text of the index in {self._directory} is garbled ({error}). "
            "Run `qabot index --rebuild` to build it again."
        )

    @staticmethod
    def _passage(fields: list[str]) -> Passage:
        position, start, end, article_id, ends, terms, title, text = fields
        # the fields in order, not by name: half the cost of the call (every candidate read)
        return Passage(
            f"{article_id}:{position}",  # id: the id scheme of qabot.records.Passage
            article_id,
            int(position),
            int(start),
            int(end),
            text,
            tuple(map(int, ends.split(","))) if ends else (),  # sentence_ends
            tuple(terms.split("\t")) if terms else (),  # sentence_terms
            tuple(title[1:].split()) if title else None,  # title_terms
        )


def passage_record(passage: Passage) -> bytes:
    """Return a passage as a record before compression: numbers, id, sentence ends and terms
    (terms never hold a tab or NUL: the analyzer keeps letters, digits and apostrophes), title
    terms ("=" and the terms joined by spaces; empty when not stored), text."""
    ends = ",".join(map(str, passage.sentence_ends))
    terms = "\t".join(passage.sentence_terms)
    title = "" if passage.title_terms is None else "=" + " ".join(passage.title_terms)
    return (
        f"{passage.position}\0{passage.start}\0{passage.end}\0{passage.article_id}\0"
        f"{ends}\0{terms}\0{title}\0{passage.text}"
    ).encode()


class _Decompressors(threading.local):
    """A zstd decompressor for each thread: python-zstandard makes no promise for one used by
    two threads at once, and a bot answering two chats in two worker threads got garbled records
    ("Destination buffer is too small") from a shared one. Each thread also reads the dictionary
    into an object of its own, which the decompressor digests on first use."""

    def __init__(self, dictionary: zstandard.ZstdCompressionDict | None) -> None:
        if dictionary is None:
            self.decompress: Callable[[bytes], bytes] = zstandard.ZstdDecompressor().decompress
        else:
            own = zstandard.ZstdCompressionDict(dictionary.as_bytes())
            self.decompress = zstandard.ZstdDecompressor(dict_data=own).decompress
