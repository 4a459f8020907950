"""Index layout on disk: generation folders, the CURRENT pointer, the manifest, JSON Lines.

    index_dir/CURRENT           name of the live generation ("gen-000007")
    index_dir/.lock             held by the one process writing a new generation
    index_dir/gen-000007/       meta.json, manifest.json, articles.jsonl, calendar.json
                                (the articles counted by outlet and day: outlets), engine/,
                                quote_index.jsonl, quotes-NNNNNN.jsonl (see quote_store),
                                speakers.json, speaker_parts.jsonl (the speaker
                                directory and its parts per article: speaker_file),
                                readers.lock (shared-locked by every process reading it)

Everything is data (JSON, JSON Lines, the engine's own files): nothing here is ever unpickled.
A generation's meta.json records the size of each of its files and the SHA-256 of the small ones
and of those read whole (`file_checksums`); loading checks them (`damage`), so a truncated,
emptied or garbled file is one clear error instead of wrong answers, and `qabot index` rebuilds.
A reader holds a shared lock on its generation's readers.lock for as long as it uses it; old
generations are deleted only when nobody holds it (`leases`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qabot.errors import IndexDamagedError, IndexFormatError
from qabot.fileio import sha256_of
from qabot.text import ANALYZER_VERSION
from qabot.text.patterns import lazy

# 5: passages of bounded length, ids of JSON records apart from file ids
# 6: file sizes and checksums in meta.json, reader leases
# 7: engines store each passage's day and outlet (date and outlet filters)
# 8: passages store their sentence ends and analysed terms
# 9: engines store the kinds of dates and figures each passage holds
# 10: engines store a signature of each passage's distinct terms (de-duplication)
# 11: quoted_names.jsonl, the names of the people quoted (lower-case names in questions)
# 12: engines store passage numbers spread over 64 bits (cheap to open at every search)
# 13: passages store their article title's analysed terms
# 14: engines store each passage's article key and title signature (candidates left unread)
# 15: engines store the terms each passage writes with a capital (names told without reading)
# 16: ... and the pairs of words it or its title writes with a capital on each
# 17: initialisms.jsonl, the names articles write beside their initials ("FSA")
FORMAT_VERSION = 17
CURRENT_FILE = "CURRENT"
LOCK_FILE = ".lock"
READERS_FILE = "readers.lock"
META_FILE = "meta.json"
MANIFEST_FILE = "manifest.json"
GENERATION = lazy(r"gen-\d{6}")
CHECKSUM_LIMIT = 1 << 20  # files up to this size are hashed at every load (about 1 ms a MB)
# read whole by every reader or update, so hashed whatever their size (checked as they are read)
READ_WHOLE = frozenset(
    {
        "manifest.json",
        "articles.jsonl",
        "calendar.json",
        "quote_index.jsonl",
        "initialisms.jsonl",
        "quoted_names.jsonl",
        "speakers.json",
        "speaker_parts.jsonl",
    }
)
_NOT_CHECKED = frozenset({META_FILE, READERS_FILE})  # at the top of a generation
COUNTS = ("articles", "passages", "quotes", "files", "stored_passages")  # of meta.json
_LOCKS = frozenset({".tantivy-meta.lock", ".tantivy-writer.lock"})


@dataclass(slots=True)
class FileEntry:
    """What the index knows of one article file: enough to tell it changed without reading it."""

    size: int
    mtime_ns: int
    sha256: str
    article_ids: list[str]


def current_generation(index_dir: Path) -> str | None:
    """Return the live generation's folder name, or None when no index was built.

    Raises IndexDamagedError when CURRENT holds anything but the name of a complete generation.
    """
    pointer = index_dir / CURRENT_FILE
    try:
        raw = pointer.read_bytes()[:100]
    except FileNotFoundError:
        return None
    except PermissionError as error:  # another user's index, not a damaged one
        raise unreadable(index_dir, error) from error
    except OSError as error:  # a folder
        raise _damaged(index_dir, f"{CURRENT_FILE}: {error.strerror or error}") from error
    name = raw.decode("ascii", "replace").strip()
    if not GENERATION.fullmatch(name):
        raise _damaged(index_dir, f"{CURRENT_FILE} holds {raw[:20]!r}, not a generation name")
    if not (index_dir / name / META_FILE).is_file():
        raise _damaged(index_dir, f"{CURRENT_FILE} names {name}, which is missing")
    return name


def pointer_stamp(index_dir: Path) -> tuple[int, ...] | None:
    """Return what tells the CURRENT file from any written over it or in its place (device,
    inode, size, modification and change times), or None when it cannot be seen: one stat,
    where `current_generation` makes five calls."""
    try:
        found = os.stat(index_dir / CURRENT_FILE)
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def unreadable(index_dir: Path, error: OSError) -> IndexFormatError:
    """Return the user error for an index file this user may not read (an index built by
    another user with a strict umask): not damage, which `qabot index` would rebuild."""
    where = Path(os.fsdecode(error.filename)) if error.filename else index_dir
    shown = where.relative_to(index_dir) if where.is_relative_to(index_dir) else where
    return IndexFormatError(
        f"Cannot read the index in {index_dir} ({error.strerror or error}: {shown}). Make its "
        "files readable to this user, or point --index-dir at another index."
    )


def _damaged(index_dir: Path, what: str) -> IndexDamagedError:
    return IndexDamagedError(
        f"The index in {index_dir} is damaged ({what}). Run `qabot index` to repair it.", what
    )


def file_checksums(generation_dir: Path) -> dict[str, list[Any]]:
    """Return [size, sha256 or None] for every file of a generation (meta.json and locks aside).

    Large engine files, text packs and quote segments get their size only: they are shared
    between generations and read in small pieces, each checked as it is decoded.
    """
    checksums: dict[str, list[Any]] = {}
    for path in sorted(generation_dir.rglob("*")):
        rel = path.relative_to(generation_dir).as_posix()
        if rel in _NOT_CHECKED or path.name in _LOCKS or not path.is_file():
            continue
        size = path.stat().st_size
        digest = sha256_of(path) if size <= CHECKSUM_LIMIT or rel in READ_WHOLE else None
        checksums[rel] = [size, digest]
    return checksums


def damage(generation_dir: Path, meta: dict[str, Any], *, full: bool = False) -> str | None:
    """Return what is wrong with a generation's files (missing, resized, garbled), or None.

    Sizes are checked for every file and checksums for small ones; `full` checks every
    recorded checksum (an update reads those files anyway).
    """
    checksums = meta.get("checksums")
    if not isinstance(checksums, dict) or not checksums:
        return f"{META_FILE} lists no files"
    for key in COUNTS:  # shown and summed by every command: a hand-edited one is no count
        if key in meta and (type(meta[key]) is not int or meta[key] < 0):
            return f"{META_FILE} holds {json.dumps(meta[key])[:20]} as its {key}, not a count"
    for rel, entry in checksums.items():
        path = generation_dir / rel
        try:
            size = path.stat().st_size
        except PermissionError:
            raise  # a folder of it this user may not read: not damage (`unreadable`)
        except OSError:
            return f"{rel} is missing"
        # any JSON may stand here (a hand-edited meta.json): a size that is not a whole number
        # is "?", never a TypeError
        written = entry[0] if isinstance(entry, list) and entry else None
        if not isinstance(entry, list) or len(entry) != 2 or size != written:
            shown = f"{written:,}" if type(written) is int else "?"
            return f"{rel} has {size:,} bytes, {shown} were written"
        if entry[1] and (full or size <= CHECKSUM_LIMIT) and sha256_of(path) != entry[1]:
            return f"{rel} differs from what was written"
    return None


def read_meta(generation_dir: Path) -> dict[str, Any]:
    """Return a generation's meta.json, or {} when it is missing or unreadable."""
    try:
        meta = json.loads((generation_dir / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def built_from(index_dir: Path) -> Path | None:
    """Return the articles folder the live generation was read from, or None when there is no
    index (or it is damaged: whoever opens it next says so)."""
    try:
        name = current_generation(index_dir)
    except IndexDamagedError:
        return None
    return articles_folder(read_meta(index_dir / name), index_dir) if name else None


def articles_folder(meta: dict[str, Any], index_dir: Path) -> Path | None:
    """Return the articles folder a generation (its `meta`) was read from, as an absolute path.

    Where the index folder was moved or copied together with that folder (a project folder
    holding both), the folder at the same place beside it (meta's `articles_dir_from_index`):
    the moved project needs no rebuild, and a copy never reads, nor adds to, the original's
    articles. An index moved alone goes on with the folder it was read from."""
    folder = meta.get("articles_dir")
    if not isinstance(folder, str) or not folder:
        return None
    beside = meta.get("articles_dir_from_index")
    if isinstance(beside, str) and beside:
        moved = Path(os.path.normpath(index_dir.resolve() / beside))
        if moved != Path(folder) and moved.is_dir():
            return moved
    return Path(folder)


def articles_dir_from_index(articles_dir: Path, index_dir: Path) -> str:
    """Return where the articles folder is from the index folder ("../seeds"), for meta.json."""
    return os.path.relpath(articles_dir.resolve(), index_dir.resolve())


def is_compatible(meta: dict[str, Any], engine: str | None = None) -> bool:
    """Tell whether this version can read (and, given `engine`, extend) a generation."""
    return (
        meta.get("format_version") == FORMAT_VERSION
        and meta.get("analyzer_version") == ANALYZER_VERSION
        and (engine is None or meta.get("engine") == engine)
    )


def read_manifest(generation_dir: Path) -> dict[str, FileEntry]:
    """Return the manifest of a generation: article file path -> FileEntry."""
    return read_file_lists(generation_dir)[0]


def manifest_of(raw: Any) -> dict[str, FileEntry]:
    """Return the manifest stored as `raw` (manifest.json decoded): path -> FileEntry."""
    return {path: FileEntry(**entry) for path, entry in raw["files"].items()}


def read_file_lists(
    generation_dir: Path,
) -> tuple[dict[str, FileEntry], dict[str, tuple[int, int]]]:
    """Return the manifest of a generation and the files its update read and found no article
    in (path -> size, modification time; none before they were kept), from one reading."""
    raw = json.loads((generation_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    files = manifest_of(raw)
    skipped = raw.get("skipped")
    pairs = skipped.items() if isinstance(skipped, dict) else ()
    ok = (path for path in pairs if isinstance(path[1], list) and len(path[1]) == 2)
    return files, {path: (entry[0], entry[1]) for path, entry in ok}


def next_generation_name(index_dir: Path) -> str:
    """Return the name for the next generation folder (numbers only grow)."""
    numbers = [int(p.name[4:10]) for p in index_dir.glob("gen-[0-9]*") if p.name[4:10].isdigit()]
    return f"gen-{1 + max(numbers, default=0):06d}"
