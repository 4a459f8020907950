"""The articles folder: which files in it are articles (before any of them is read).

Walked recursively, sorted by path. Never read as articles: hidden files and folders (".git",
a `.name.part` being copied in), a folder's notes (README, ...), anything that is not a regular
file, the index folder and any other folder holding a qabot index (so an articles folder of "."
with the index inside it never indexes the index, nor the bot's state kept there), links to files
outside the folder, linked folders (skipped with a warning), and names that are not valid UTF-8
(they could not be shown or stored).
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from qabot.errors import ArticlesError
from qabot.ingest.files import SUPPORTED_SUFFIXES, is_notes_file, read_article_file
from qabot.records import Article

INDEX_MARKER = "CURRENT"  # every qabot index folder holds this pointer (qabot.indexing.layout)


@dataclass(slots=True)
class Scan:
    """The article files of a folder, and why other files that looked like articles were not."""

    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def shown_name(name: str) -> str:
    """Return a file name as it can be printed: undecodable bytes as U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _holds_an_index(files: list[str], subdirs: list[str]) -> bool:
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


def scan_article_files(folder: Path, *, exclude: Collection[Path] = ()) -> Scan:
    """Return every article file under `folder` (see the module docstring for what is left out);
    `exclude` names folders never to enter (the index folder)."""
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
    scan = Scan()
    for directory, subdirs, files in os.walk(folder):
        here = Path(directory)
        if here.resolve() in excluded or _holds_an_index(files, subdirs):
            subdirs[:] = []  # an index folder: nothing in it is an article
            continue
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in subdirs:
            if (here / name).is_symlink():  # os.walk lists it but does not enter it
                scan.warnings.append(_linked_folder_warning(here / name, folder, root))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            path = here / name
            rel = shown_name(path.relative_to(folder).as_posix())
            if is_notes_file(name):
                continue
            if not _is_utf8(str(path.relative_to(folder))):
                scan.warnings.append(
                    f"skipped {rel}: its name is not valid UTF-8; rename the file"
                )
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                scan.warnings.append(
                    f"skipped {rel}: a link to a file outside the articles folder; copy the "
                    "file in instead"
                )
                continue
            if path.is_file():  # not a dangling link, a pipe or a socket
                scan.files.append(path)
    scan.files.sort(key=lambda path: path.relative_to(folder).as_posix())
    return scan


def find_article_files(folder: Path, *, exclude: Collection[Path] = ()) -> list[Path]:
    """Return every article file under `folder`, nested folders included, sorted by path."""
    return scan_article_files(folder, exclude=exclude).files


def load_articles(folder: Path) -> tuple[list[Article], list[str]]:
    """Read every article under `folder`; return them with the warnings for skipped files."""
    articles: list[Article] = []
    scan = scan_article_files(folder)
    warnings = list(scan.warnings)
    for path in scan.files:
        found, problems = read_article_file(path, folder)
        articles.extend(found)
        warnings.extend(problems)
    return articles, warnings
