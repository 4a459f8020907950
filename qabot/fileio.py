"""General file helpers every stage may use: JSON Lines, hashes, shared, append-only files and
files read in place.

Nothing here knows the index layout (`qabot.indexing.layout`) or any engine; engines and the index
both write their data files through these.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import weakref
from collections.abc import Container, Iterable, Iterator
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


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]], lines: Iterable[str] = ()) -> None:
    """Write `lines` (JSON Lines as `split_jsonl` keeps them), then `rows`, to `path` as UTF-8
    JSON Lines."""
    with path.open("w", encoding="utf-8") as out:
        out.writelines(lines)
        dump_jsonl(out, rows)


_DECODE = json.JSONDecoder().raw_decode


def split_jsonl(
    path: Path | None, key: str, dropped: Container[str]
) -> tuple[list[str], list[str]]:
    """Return the lines of a JSON Lines file written by `write_jsonl` whose object's `key` is
    not in `dropped`, and those whose is, as written (none if `path` is None or absent).

    An update keeps most rows of the last generation's files as they are: copying their lines
    costs no decoding and encoding of every row (~0.8 s of CPU an update at 100,000 articles).
    A row opening with `key` has it read from there (its first value: `write_jsonl` writes a key
    once), any other from its whole object. Lines are not checked: the update checked the
    file's checksum first.
    """
    kept: list[str] = []
    gone: list[str] = []
    if path is None or not path.exists():
        return kept, gone
    opening = f'{{"{key}": '
    start = len(opening)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            opens = line.startswith(opening)
            value = _DECODE(line, start)[0] if opens else json.loads(line)[key]
            (gone if value in dropped else kept).append(
                line if line.endswith("\n") else line + "\n"
            )
    return kept, gone


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
        self._lock = threading.Lock()
        weakref.finalize(self, _close_all, self._files)

    def read(self, path: Path, offset: int, length: int) -> bytes:
        """Return `length` bytes of `path` from `offset` (fewer past its end; OSError when
        the file cannot be opened)."""
        descriptor = self._files.get(path)
        if descriptor is None:
            with self._lock:
                descriptor = self._files.get(path)
                if descriptor is None:
                    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
                    descriptor = self._files[path] = os.open(path, flags)
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
