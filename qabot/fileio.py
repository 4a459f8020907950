"""General file helpers every stage may use: JSON Lines, hashes, shared, append-only files and
files read in place.

Nothing here knows the index layout (`qabot.indexing.layout`) or any engine; engines and the index
both write their data files through these.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import threading
import weakref
from collections.abc import Collection, Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO


def sha256_of(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_in_the_way(folder: Path) -> Path | None:
    """Return the file that stands where `folder` or one of the folders above it should be
    (`--articles notes.txt/new`): no folder can be made there, and freeing space will not
    help; None when there is none."""
    for place in (folder, *folder.parents):
        if place.exists():
            return None if place.is_dir() else place
    return None


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSON Lines file written by `write_jsonl` (none if it is absent)."""
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


# what json.dumps(row, ensure_ascii=False) makes, without a new encoder for every row (a third
# of the time of writing an index's articles.jsonl at 100,000 articles)
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def dump_jsonl(out: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    """Write `rows` to an open text file as JSON Lines (one object per line)."""
    encode = _ENCODE
    for row in rows:
        out.write(encode(row) + "\n")


@dataclass(frozen=True, slots=True)
class Lines:
    """Whole lines of a JSON Lines file as written (`split_jsonl`): runs of them, each run the
    UTF-8 bytes of its lines, each line ending with a line break; and how many lines they are.

    An update copies the last generation's rows it keeps into the next: as runs of bytes, the
    lines of 100,000 rows are neither decoded nor made into 100,000 strings, only written.
    """

    runs: tuple[bytes, ...]
    count: int

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        for run in self.runs:
            yield from _lines(run.decode("utf-8"))


def write_jsonl(
    path: Path, rows: Iterable[dict[str, Any]], lines: Lines | Iterable[str] = ()
) -> None:
    """Write `lines` (JSON Lines as `split_jsonl` keeps them), then `rows`, to `path` as UTF-8
    JSON Lines."""
    with path.open("w", encoding="utf-8") as out:
        if isinstance(lines, Lines):
            for run in lines.runs:  # nothing written through `out` yet
                out.buffer.write(run)
        else:
            out.writelines(lines)
        dump_jsonl(out, rows)


_DECODE = json.JSONDecoder().raw_decode
# up to this many keys dropped, their rows are found by searching the file for each key's line
# opening (an update: the few articles it changes); more are read line by line
SEARCHED_KEYS = 32


def split_jsonl(path: Path | None, key: str, dropped: Collection[str]) -> tuple[Lines, list[str]]:
    """Return the lines of a JSON Lines file written by `write_jsonl` whose object's `key` is
    not in `dropped`, and those whose is, as written (none if `path` is None or absent).

    An update keeps most rows of the last generation's files as they are: copying their lines
    costs no decoding and encoding of every row (~0.8 s of CPU an update at 100,000 articles).
    When every row opens with `key` (`write_jsonl` writes it first) and few keys are dropped,
    the rows dropped are found by searching the file's bytes for their openings (`_searched`)
    and the rest kept as the runs of bytes between them: no line is decoded or cut out (at
    100,000 articles 0.07 -> 0.03 s of CPU an update). Otherwise each line's key is read, from
    its opening or from its whole object. Lines are not checked: the update checked the file's
    checksum first.
    """
    if path is None or not path.exists():
        return Lines((), 0), []
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        data += b"\n"  # a last line gets its line break
    opening = f'{{"{key}": '.encode()
    found = _searched(data, opening, dropped) if len(dropped) <= SEARCHED_KEYS else None
    if found is None:
        return _split_read(data, opening.decode(), key, dropped)
    runs: list[bytes] = []
    gone: list[str] = []
    at = 0
    for start, end in found:
        runs.append(data[at:start])
        gone.append(data[start:end].decode("utf-8"))
        at = end
    runs.append(data[at:])
    return Lines(tuple(run for run in runs if run), data.count(b"\n") - len(gone)), gone


def _searched(
    data: bytes, opening: bytes, dropped: Collection[str]
) -> list[tuple[int, int]] | None:
    """Return the [start, end) offsets of the lines of `data` (each ending with a line break)
    whose `opening` is followed by a string in `dropped`, in order; None when that cannot be
    told by searching: a carriage return (a line break when read as text), a line that does
    not open so, a dropped key JSON may escape, or a line's key written with an escape (it
    reads as another string than its bytes).

    A key written without an escape ends at its first quote mark, so a line opening with
    `opening`, the key's UTF-8 bytes and a quote mark holds that key, and no other line does.
    """
    if b"\r" in data or not all(_written_as_is(value) for value in dropped):
        return None
    if data.count(b"\n" + opening) + data.startswith(opening) != data.count(b"\n"):
        return None
    if b"\\" in data and re.search(re.escape(opening) + rb'"[^"\\\n]*\\', data):
        return None
    found = []
    for value in set(dropped):
        needle = b'%s"%s"' % (opening, value.encode())
        if data.startswith(needle):
            found.append(0)
        at = data.find(b"\n" + needle)
        while at >= 0:
            found.append(at + 1)
            at = data.find(b"\n" + needle, at + 1)
    return sorted((start, data.index(b"\n", start) + 1) for start in found)


def _written_as_is(value: str) -> bool:
    """Return True for a string JSON writes without an escape (a quote mark, a backslash and
    control characters are escaped; a character that is not printable is taken to be)."""
    return value.isprintable() and '"' not in value and "\\" not in value


def _lines(text: str) -> list[str]:
    """Return the lines of `text` (which ends with a line break), each with its line break."""
    return [line + "\n" for line in text.split("\n")[:-1]]


def _split_read(
    data: bytes, opening: str, key: str, dropped: Container[str]
) -> tuple[Lines, list[str]]:
    """`split_jsonl` with each line's key read (its lines as a text file's: a carriage return
    is a line break too)."""
    runs: list[bytes] = []
    run: list[str] = []  # the lines kept since the last one dropped
    gone: list[str] = []
    start = len(opening)
    for line in io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"):
        opens = line.startswith(opening)
        value = _DECODE(line, start)[0] if opens else json.loads(line)[key]
        if value in dropped:
            gone.append(line)
            if run:
                runs.append("".join(run).encode())
                run = []
        else:
            run.append(line)
    if run:
        runs.append("".join(run).encode())
    return Lines(tuple(runs), sum(run.count(b"\n") for run in runs)), gone


def share_file(source: Path, target: Path) -> None:
    """Give `target` the bytes of a file that is never rewritten: a hard link, else a copy.

    A new generation shares the old one's engine files, text packs and quote segments this way:
    it costs O(files), not O(bytes), and the old generation stays whole.
    """
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copy2(source, target)


# an append-only file is written in blocks of this size: a write call per ~1,900 passage records
# of a text pack instead of one per ~15 (the default 8 KB buffer)
WRITE_BUFFER = 1 << 20


class AppendOnlyFile:
    """A data file written once, front to back: created on the first append, synced on close.

    Text packs and quote segments are such files; a later generation only hard-links them.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = 0
        self._file: BinaryIO | None = None

    def append(self, data: bytes) -> int:
        """Write `data` at the end; return the offset it starts at."""
        if self._file is None:
            self._file = self.path.open("xb", buffering=WRITE_BUFFER)
        offset = self.size
        self._file.write(data)
        self.size += len(data)
        return offset

    def close(self) -> None:
        """Flush to disk (before anything that points into the file is committed)."""
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None


class ReadAt:
    """Reads byte ranges of files that never change, each opened once and kept open (a read is
    one pread, not an open, a seek and a read); safe to share between threads. The files are
    closed when the reader is garbage."""

    def __init__(self) -> None:
        self._files: dict[Path, int] = {}
        self._sizes: dict[Path, int] = {}  # of each file when opened (they never change)
        self._lock = threading.Lock()
        weakref.finalize(self, _close_all, self._files)

    def read(self, path: Path, offset: int, length: int) -> bytes:
        """Return `length` bytes of `path` from `offset` (fewer past its end; OSError when
        the file cannot be opened or `offset` is below zero). A range past the end is cut to
        the file: a damaged or hand-made record's length never sizes the buffer read into
        (a terabyte asked raised MemoryError, an offset past 2**63 OverflowError)."""
        descriptor = self._files.get(path)
        if descriptor is None:
            with self._lock:
                descriptor = self._files.get(path)
                if descriptor is None:
                    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
                    descriptor = os.open(path, flags)
                    self._sizes[path] = os.fstat(descriptor).st_size
                    self._files[path] = descriptor  # after its size: read without the lock
        length = min(length, self._sizes[path] - offset) if offset >= 0 else length
        if length <= 0:
            return b""
        if hasattr(os, "pread"):
            return os.pread(descriptor, length, offset)
        with self._lock:  # Windows: no pread, so seek and read under the lock
            os.lseek(descriptor, offset, os.SEEK_SET)
            return os.read(descriptor, length)

    def close(self) -> None:
        """Close the files now (before they are removed: Windows keeps an open file)."""
        with self._lock:
            _close_all(self._files)


def _close_all(files: dict[Path, int]) -> None:
    for descriptor in files.values():
        os.close(descriptor)
    files.clear()
