"""The articles folder: which files in it are articles (before any of them is read).

Walked recursively, sorted by path. Never read as articles: hidden files and folders (".git",
a `.name.part` being copied in), a folder's notes (README, ...), anything that is not a regular
file (a named pipe, a link to nothing: skipped with a warning, and never opened), the index
folder and any other folder holding a qabot index (so an articles folder of "." with the index
inside it never indexes the index, nor the bot's state kept there), links to files outside the
folder, linked folders (skipped with a warning), a link to a file read anyway (the file
itself, or another link to it: one article, not two), and names that are not valid UTF-8
(they could not be shown or stored).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from qabot.errors import ArticlesError
from qabot.fileio import file_in_the_way
from qabot.ingest.file_names import SUPPORTED_SUFFIXES, is_notes_file
from qabot.records import Article

INDEX_MARKER = "CURRENT"  # every qabot index folder holds this pointer (qabot.indexing.layout)


@dataclass(slots=True)
class Scan:
    """The article files of a folder, and why other files that looked like articles were not."""

    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # folders that could not be listed ("" the folder itself; "a/b" one in it): what the
    # index holds of them is kept, never taken for removed
    unlisted: list[str] = field(default_factory=list)


def shown_name(name: str) -> str:
    """Return a file name as it can be printed: undecodable bytes as U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_utf8(name: str) -> bool:
    """Return whether a file name is valid UTF-8 (not bytes the file system kept as escapes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def holds_an_index(files: list[str], subdirs: list[str]) -> bool:
    """Tell a qabot index folder (a CURRENT pointer beside generation folders) by its layout."""
    return INDEX_MARKER in files and any(name.startswith("gen-") for name in subdirs)


def _linked_folder_warning(path: Path, folder: Path, root: Path) -> str:
    """Say why a linked folder was not read: followed links could loop, read a folder twice, or
    publish files kept outside the articles folder."""
    rel = shown_name(path.relative_to(folder).as_posix())
    if path.resolve().is_relative_to(root):
        return f"skipped {rel}/: a link to a folder already in the articles folder"
    return (
        f"skipped {rel}/: a link to a folder outside the articles folder; move or copy that "
        "folder in instead, or point --articles at it"
    )


def _not_a_file(path: Path) -> str | None:
    """Return why `path` cannot be read as an article (a link to nothing, a named pipe, a
    socket, a device) and what to do, or None for a regular file. Only stats, never opens: a
    named pipe would block the build until something wrote to it."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if not path.is_symlink():
            return f"it could not be read ({error.strerror}); check the file"
        target = shown_name(os.readlink(path))
        if error.errno == errno.ELOOP:
            return f"a link to {target}, which links back to itself; fix or remove the link"
        return f"a link to {target}, which does not exist; fix or remove the link"
    if stat.S_ISREG(mode):
        return None
    kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket or device"
    return f"{kind}, not a file; save the article as an ordinary file instead"


def scan_article_files(folder: Path, *, exclude: Collection[Path] = ()) -> Scan:
    """Return every article file under `folder` (see the module docstring for what is left out);
    `exclude` names folders never to enter (the index folder)."""
    if not folder.exists() and (blocking := file_in_the_way(folder)) is not None:
        raise ArticlesError(
            f"The articles folder {folder} cannot exist: {blocking} is a file, not a folder. "
            "Point --articles at the folder that holds your articles."
        )
    if not folder.exists():
        raise ArticlesError(
            f"The articles folder {folder} does not exist. Create it and put .txt, .md, .html, "
            ".json or .jsonl files in it, or point --articles at the right folder."
        )
    if not folder.is_dir():
        raise ArticlesError(
            f"{folder} is a file, not a folder. Point --articles at the folder that holds "
            "your articles."
        )
    root = folder.resolve()
    excluded = {path.resolve() for path in exclude}
    if root in excluded:  # every file would be left out as the index's: "No readable articles"
        raise ArticlesError(
            f"The articles folder {folder} is the index folder too. Point --index-dir at a "
            f"folder of its own, such as {folder.parent / 'index'}."
        )
    scan = Scan()
    # each file's path in the folder, worked out once a folder (this scan runs before every
    # question too, to tell a stale index: a per-file relative_to cost more than the walk)
    relative: dict[Path, str] = {}
    linked = False

    def unlisted(error: OSError) -> None:
        where = Path(os.fsdecode(error.filename or folder)).relative_to(folder).as_posix()
        rel = "" if where == "." else where
        scan.unlisted.append(rel)
        shown = shown_name(f"{rel}/" if rel else str(folder))
        why = error.strerror or str(error)
        scan.warnings.append(f"skipped {shown}: cannot list it ({why}); what it held is kept")

    for directory, subdirs, files in os.walk(folder, onerror=unlisted):
        here = Path(directory)
        if here.resolve() in excluded or holds_an_index(files, subdirs):
            subdirs[:] = []  # an index folder: nothing in it is an article
            continue
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in subdirs:
            if (here / name).is_symlink():  # os.walk lists it but does not enter it
                scan.warnings.append(_linked_folder_warning(here / name, folder, root))
        prefix = here.relative_to(folder).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            path = here / name
            rel = shown_name(prefix + name)
            if is_notes_file(name):
                continue
            if not is_utf8(prefix + name):
                scan.warnings.append(
                    f"skipped {rel}: its name is not valid UTF-8; rename the file"
                )
                continue
            if (why := _not_a_file(path)) is not None:
                scan.warnings.append(f"skipped {rel}: {why}")
                continue
            if path.is_symlink():
                if not path.resolve().is_relative_to(root):
                    scan.warnings.append(
                        f"skipped {rel}: a link to a file outside the articles folder; copy "
                        "the file in instead"
                    )
                    continue
                linked = True
            relative[path] = prefix + name
            scan.files.append(path)
    scan.files.sort(key=relative.__getitem__)
    if linked:  # without a link, no two paths of the folder are one file
        _drop_twins(scan, folder, root)
    return scan


def _drop_twins(scan: Scan, folder: Path, root: Path) -> None:
    """Drop each link to a file the scan reads anyway, as itself or through a link named first,
    with a warning: one file read twice was two articles (`qabot articles` listed both)."""
    kept: dict[Path, Path] = {}
    for path in sorted(scan.files, key=lambda path: path.is_symlink()):  # files first
        real = path.resolve()
        if real not in kept:
            kept[real] = path
            continue
        rel = shown_name(path.relative_to(folder).as_posix())
        target = shown_name(real.relative_to(root).as_posix())
        first = kept[real]
        also = (
            f" as {shown_name(first.relative_to(folder).as_posix())}" if first.is_symlink() else ""
        )
        scan.warnings.append(f"skipped {rel}: a link to {target}, which is read already{also}")
    scan.files = [path for path in scan.files if kept[path.resolve()] == path]


def find_article_files(folder: Path, *, exclude: Collection[Path] = ()) -> list[Path]:
    """Return every article file under `folder`, nested folders included, sorted by path."""
    return scan_article_files(folder, exclude=exclude).files


def load_articles(folder: Path) -> tuple[list[Article], list[str]]:
    """Read every article under `folder`; return them with the warnings for skipped files."""
    from qabot.ingest.files import read_article_file  # the readers: only when reading

    articles: list[Article] = []
    scan = scan_article_files(folder)
    warnings = list(scan.warnings)
    for path in scan.files:
        found, problems = read_article_file(path, folder)
        articles.extend(found)
        warnings.extend(problems)
    return articles, warnings
