"""Index layout on disk: generation folders, the CURRENT pointer, the manifest, JSON Lines.

    index_dir/CURRENT           name of the live generation ("gen-000007")
    index_dir/.lock             held by the one process writing a new generation
    index_dir/gen-000007/       meta.json, manifest.json, articles.jsonl, engine/,
                                quote_index.jsonl, quotes-NNNNNN.jsonl (qabot.indexing.quote_store)

Everything is data (JSON, JSON Lines, the engine's own files): nothing here is ever unpickled.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qabot.text import ANALYZER_VERSION

FORMAT_VERSION = 5  # 5: passages of bounded length, ids of JSON records apart from file ids
CURRENT_FILE = "CURRENT"
LOCK_FILE = ".lock"


@dataclass(slots=True)
class FileEntry:
    """What the index knows of one article file: enough to tell it changed without reading it."""

    size: int
    mtime_ns: int
    sha256: str
    article_ids: list[str]


def current_generation(index_dir: Path) -> str | None:
    """Return the live generation's folder name, or None when no index was built."""
    try:
        name = (index_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name if name and (index_dir / name / "meta.json").exists() else None


def read_meta(generation_dir: Path) -> dict[str, Any]:
    """Return a generation's meta.json, or {} when it is missing or unreadable."""
    try:
        meta = json.loads((generation_dir / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def is_compatible(meta: dict[str, Any], engine: str | None = None) -> bool:
    """Tell whether this version can read (and, given `engine`, extend) a generation."""
    return (
        meta.get("format_version") == FORMAT_VERSION
        and meta.get("analyzer_version") == ANALYZER_VERSION
        and (engine is None or meta.get("engine") == engine)
    )


def read_manifest(generation_dir: Path) -> dict[str, FileEntry]:
    """Return the manifest of a generation: article file path -> FileEntry."""
    raw = json.loads((generation_dir / "manifest.json").read_text(encoding="utf-8"))
    return {path: FileEntry(**entry) for path, entry in raw["files"].items()}


def next_generation_name(index_dir: Path) -> str:
    """Return the name for the next generation folder (numbers only grow)."""
    numbers = [int(p.name[4:10]) for p in index_dir.glob("gen-[0-9]*") if p.name[4:10].isdigit()]
    return f"gen-{1 + max(numbers, default=0):06d}"


@contextlib.contextmanager
def writer_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's writer lock: one update at a time, across processes."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / LOCK_FILE).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
