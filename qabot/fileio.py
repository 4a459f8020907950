"""General file helpers every stage may use: JSON Lines, hashes, shared and append-only files.

Nothing here knows the index layout (`qabot.indexing.layout`) or any engine; engines and the index
both write their data files through these.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO


def sha256_of(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSON Lines file written by `write_jsonl` (none if it is absent)."""
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def dump_jsonl(out: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    """Write `rows` to an open text file as JSON Lines (one object per line)."""
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    """Write `rows` to `path` as UTF-8 JSON Lines."""
    with path.open("w", encoding="utf-8") as out:
        dump_jsonl(out, rows)


def share_file(source: Path, target: Path) -> None:
    """Give `target` the bytes of a file that is never rewritten: a hard link, else a copy.

    A new generation shares the old one's engine files, text packs and quote segments this way:
    it costs O(files), not O(bytes), and the old generation stays whole.
    """
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copy2(source, target)


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
            self._file = self.path.open("xb")
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
