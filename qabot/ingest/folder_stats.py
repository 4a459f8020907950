"""The articles folder's file stats, for telling a stale index before a question: each file
that may be an article (the same hidden names, suffixes and index folders as `folder`'s scan)
with its size and modification time, from one `os.scandir` walk.

`scan_article_files` builds a Path, resolves links and reads each name's notes-file shape for
every file: 22-29 s at 100,000 files on a busy machine, paid by every `qabot ask`. This walk
makes no Path and no extra stat, so the check costs a stat a file. A folder holding anything
only the scan's rules can judge (a link, a pipe or device, a folder that cannot be listed, a
name that is not valid UTF-8) gets None, and the caller falls back to the scan.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from qabot.ingest.file_names import SUPPORTED_SUFFIXES
from qabot.ingest.folder import holds_an_index, is_utf8

__all__ = ["stat_article_files"]


def stat_article_files(
    folder: Path, exclude: Collection[Path] = ()
) -> dict[str, tuple[int, int]] | None:
    """Return each file of `folder` that may be an article (path relative to it -> size,
    modification time in ns), index folders and hidden names left out as the scan leaves them;
    None when a name or file there needs the scan's rules (see the module docstring)."""
    excluded = {os.path.realpath(path) for path in exclude}
    stats: dict[str, tuple[int, int]] = {}
    pending = [(os.fspath(folder), "")]
    while pending:
        directory, prefix = pending.pop()
        if os.path.realpath(directory) in excluded:
            if not prefix:
                return None  # the index folder itself: the scan says what to do
            continue
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError:
            return None  # gone, not a folder, or unreadable: the scan tells which
        names = [entry.name for entry in entries]
        folders = [entry.name for entry in entries if entry.is_dir(follow_symlinks=False)]
        if holds_an_index(names, folders):
            continue  # a qabot index: nothing in it is an article
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_symlink() or not is_utf8(name):
                return None
            if entry.is_dir(follow_symlinks=False):
                pending.append((entry.path, f"{prefix}{name}/"))
            elif not entry.is_file(follow_symlinks=False):
                return None  # a named pipe, socket or device
            elif os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                found = entry.stat(follow_symlinks=False)
                stats[prefix + name] = (found.st_size, found.st_mtime_ns)
    return stats
