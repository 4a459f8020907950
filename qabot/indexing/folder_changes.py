"""Whether the articles folder changed since the live generation was read: checked when a
command opens the index (`opening`), so a file added, edited or removed since is indexed before
the question is answered, as on first use, not left out in silence.

Cheap: one `os.scandir` walk of the folder and a stat of each article file, against the
generation's manifest (no file is opened; the full scan of `ingest`, with its Path per file,
only when the folder holds links or other files only its rules judge). A file whose size or
modification time differs counts as changed; the update then tells a touched file from an
edited one by its hash, as `qabot index` does. At 100,000 files the check took 22-29 s on a
busy machine with the scan, 2.8-3.6 s with the walk (half of it reading the manifest)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qabot.errors import IndexDamagedError
from qabot.indexing.layout import FileEntry, read_file_lists
from qabot.text import counted


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderChanges:
    """How many article files are new, changed or gone since a generation was read."""

    added: int
    changed: int
    removed: int

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def told(self) -> str:
        """Return the changes in words: "1 file added", "3 files changed, 1 removed"."""
        counts = [
            (count, what)
            for count, what in (
                (self.added, "added"),
                (self.changed, "changed"),
                (self.removed, "removed"),
            )
            if count
        ]
        if not counts:
            return "no file changed"
        (first, what), *rest = counts  # the first count names its unit
        return ", ".join([f"{counted(first, 'file')} {what}", *(f"{n} {w}" for n, w in rest)])


def folder_changes(articles_dir: Path, index_dir: Path, generation_dir: Path) -> FolderChanges:
    """Return what changed in `articles_dir` since the generation in `generation_dir` was read
    (a file that cannot be stat'ed now, or in a folder that cannot be listed, is left as it
    was; one read then that held no article, a page of furniture, is new only once changed)."""
    from qabot.ingest import is_notes_file, stat_article_files  # imported when first used

    try:
        old, skipped = read_file_lists(generation_dir)
    except (OSError, ValueError, KeyError, TypeError) as error:
        what = f"{generation_dir.name}/manifest.json: {getattr(error, 'strerror', None) or error}"
        raise IndexDamagedError(
            f"The index in {index_dir} is damaged ({what}). Run `qabot index` to repair it.", what
        ) from error
    stats = stat_article_files(articles_dir, exclude=[index_dir])
    if stats is None:
        return _scanned_changes(articles_dir, index_dir, old, skipped)
    added = changed = held = 0
    for rel, found in stats.items():
        entry = old.get(rel)
        if entry is not None:
            held += 1
            changed += found != (entry.size, entry.mtime_ns)
        elif not is_notes_file(rel.rpartition("/")[2]):  # a folder's README is no article
            added += skipped.get(rel) != found
    return FolderChanges(added=added, changed=changed, removed=len(old) - held)


def _scanned_changes(
    articles_dir: Path,
    index_dir: Path,
    old: dict[str, FileEntry],
    skipped: dict[str, tuple[int, int]],
) -> FolderChanges:
    """Return `folder_changes` from the full scan of the folder's rules (links, unreadable
    folders: what cannot be listed is left as it was, never taken for removed)."""
    from qabot.ingest import scan_article_files

    added = changed = 0
    scan = scan_article_files(articles_dir, exclude=[index_dir])
    for path in scan.files:
        rel = path.relative_to(articles_dir).as_posix()
        entry = old.pop(rel, None)
        try:
            found = path.stat()
        except OSError:
            continue
        if entry is None:
            added += skipped.get(rel) != (found.st_size, found.st_mtime_ns)
        elif (found.st_size, found.st_mtime_ns) != (entry.size, entry.mtime_ns):
            changed += 1
    prefixes = tuple(f"{rel}/" if rel else "" for rel in scan.unlisted)
    removed = sum(not rel.startswith(prefixes) for rel in old) if prefixes else len(old)
    return FolderChanges(added=added, changed=changed, removed=removed)
