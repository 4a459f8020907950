"""Index plans: what an update reads, and whether it can build upon the live generation.

An update reads only new and changed files: size and modification time first, then a content
hash (a touched but unchanged file is not read). It starts from the live generation unless that
was built by an incompatible qabot, under other attribution or reading rules, or stores more
text of removed articles than of live ones; then every article is read again, and the user is
told why.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qabot.engines import Engine
from qabot.errors import IndexDamagedError
from qabot.fileio import sha256_of
from qabot.indexing.layout import (
    FORMAT_VERSION,
    FileEntry,
    current_generation,
    damage,
    is_compatible,
    read_file_lists,
    read_meta,
)
from qabot.indexing.rules_changed import changed_rules

# Rebuild from every article once the engine stores more text of removed or changed passages
# than of live ones, and at least this many of them: the disk goes back to ~0.8x the raw text.
COMPACT_MIN_DEAD = 1000


@dataclass(slots=True)
class Plan:
    """The files an update must read, keep and drop, decided from stat() and hashes alone."""

    old_manifest: dict[str, FileEntry]
    manifest: dict[str, FileEntry]
    to_read: list[tuple[str, Path, os.stat_result, str]]
    removed: list[str]
    unchanged: int
    warnings: list[str] = field(default_factory=list)
    # files read that held no article (path -> size, mtime), kept so that a check for changed
    # files (`folder_changes`) does not find them new at every question
    old_skipped: dict[str, tuple[int, int]] = field(default_factory=dict)
    skipped: dict[str, tuple[int, int]] = field(default_factory=dict)


def plan_update(
    files: list[Path], articles_dir: Path, old_dir: Path | None, unlisted: Sequence[str] = ()
) -> Plan:
    """Return what an update over `old_dir` must read (new, changed) and drop (removed).

    A file that vanishes meanwhile counts as removed; one that cannot be read, or is in a
    folder that could not be listed (`unlisted`), keeps what was indexed of it (and is named in
    a warning).
    """
    old_manifest, old_skipped = read_file_lists(old_dir) if old_dir is not None else ({}, {})
    manifest: dict[str, FileEntry] = {}
    to_read = []
    unchanged = 0
    warnings = []
    for path in files:
        rel = path.relative_to(articles_dir).as_posix()
        old = old_manifest.get(rel)
        try:
            stat = path.stat()
            if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                manifest[rel] = old
                unchanged += 1
                continue
            digest = sha256_of(path)
        except FileNotFoundError:
            continue  # removed since the folder was listed
        except OSError as error:
            warnings.append(f"skipped {rel}: cannot read it ({error.strerror or error})")
            if old is not None:
                manifest[rel] = old  # keep what was indexed of it; retried next time
                unchanged += 1
            continue
        if old is not None and old.sha256 == digest:  # touched, not changed: not re-read
            manifest[rel] = FileEntry(stat.st_size, stat.st_mtime_ns, digest, old.article_ids)
            unchanged += 1
            continue
        to_read.append((rel, path, stat, digest))
    reading = {item[0] for item in to_read}
    prefixes = tuple(f"{rel}/" if rel else "" for rel in unlisted)
    removed = []
    for rel, entry in old_manifest.items():
        if rel in manifest or rel in reading:
            continue
        if prefixes and rel.startswith(prefixes):  # not seen: its folder was not listed
            manifest[rel] = entry
            unchanged += 1
        else:
            removed.append(rel)
    return Plan(old_manifest, manifest, to_read, removed, unchanged, warnings, old_skipped)


def builds_upon(
    meta: dict[str, Any], engine_type: type[Engine], *, rebuild: bool
) -> tuple[bool, str | None]:
    """Return whether an update may start from the live generation described by `meta`, and
    what to tell the user when it may not (None: nothing worth saying)."""
    if rebuild or not meta:
        return False, None
    if meta.get("format_version") != FORMAT_VERSION and meta.get("engine") == engine_type.name:
        return False, (
            "this index was written in an older format, so every article was read again "
            "to write it in the new one"
            if isinstance(meta.get("format_version"), int)
            and meta["format_version"] < FORMAT_VERSION
            else "this index was written by another version of qabot, so every article was "
            "read again"
        )
    if not is_compatible(meta, engine_type.name):
        return False, None
    changed = changed_rules(meta)
    if changed is not None:
        return False, f"{changed} since this index was built, so every article was read again"
    if engine_type.keeps_removed_text and _mostly_dead(meta):
        return False, (
            f"{meta['stored_passages'] - meta['passages']:,} stored passages "
            "belonged to removed or changed articles, so every article was read "
            "again to reclaim their space"
        )
    return True, None


def _mostly_dead(meta: dict[str, Any]) -> bool:
    """Return True when most passages the engine stores are of removed or changed articles."""
    stored, live = meta.get("stored_passages"), meta.get("passages")
    if not isinstance(stored, int) or not isinstance(live, int):
        return False
    return stored - live > live and stored - live >= COMPACT_MIN_DEAD


def stored_passages(meta: dict[str, Any]) -> int:
    """Return the passages a generation's engine stores (older generations did not count)."""
    stored = meta.get("stored_passages", meta.get("passages", 0))
    return stored if isinstance(stored, int) else 0


def previous_generation(
    index_dir: Path, engine_type: type[Engine], rebuild: bool
) -> tuple[str | None, Path | None, list[str]]:
    """Return the live generation's name, the folder to build upon (None: every article is
    read again) and what to tell the user about it; a damaged generation is never built upon."""
    try:
        name = current_generation(index_dir)
    except IndexDamagedError as error:
        notes = [] if rebuild else [f"the index was damaged ({error.what})"]
        return None, None, [f"{note}; rebuilt it from every article" for note in notes]
    if name is None:
        return None, None, []
    meta = read_meta(index_dir / name)
    keep, note = builds_upon(meta, engine_type, rebuild=rebuild)
    problem = None
    if not rebuild and not meta:
        problem = "its meta.json is unreadable"
    elif keep:
        problem = damage(index_dir / name, meta, full=True)  # every recorded checksum
    if problem:
        keep, note = (
            False,
            f"the index {name} was damaged ({problem}); rebuilt it from every article",
        )
    return name, index_dir / name if keep else None, [note] if note else []
