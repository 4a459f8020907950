"""Adding article files to the articles folder: the one check-and-copy behind `qabot add` and the
bot's upload.

A file is checked before it is copied (type, notes files, readable article text, a different file
of the same name), and copied under a hidden temporary name, then renamed: a crash or a full disk
never leaves a truncated article for the next index to read.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qabot.ingest.files import SUPPORTED_SUFFIXES, notes_file_problem, read_article_file
from qabot.records import Article


@dataclass(frozen=True, slots=True)
class Checked:
    """What a file to add holds: its articles, or why it cannot be added."""

    name: str
    articles: list[Article]
    problem: str | None = None
    replaces: bool = False  # a different file of the same name is in the folder
    unchanged: bool = False  # the same bytes are already in the folder


def check_article_file(name: str, data: bytes, articles_dir: Path) -> Checked:
    """Return whether `data`, to be saved as `name` in `articles_dir`, is a readable article."""
    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        return Checked(name, [], f"{name}: unsupported type. Use one of {kinds}.")
    notes = notes_file_problem(name)
    if notes:
        return Checked(name, [], notes)
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder, name)
        probe.write_bytes(data)
        articles, warnings = read_article_file(probe, Path(folder))
    if not articles:
        return Checked(
            name, [], f"{name} holds no readable article: {'; '.join(warnings) or 'no text'}."
        )
    target = articles_dir / name
    if target.is_file():
        same = target.read_bytes() == data
        return Checked(name, articles, replaces=not same, unchanged=same)
    return Checked(name, articles)


def save_article_file(name: str, data: bytes, articles_dir: Path) -> Path:
    """Write `data` into `articles_dir` as `name` atomically (hidden temporary file, rename)."""
    articles_dir.mkdir(parents=True, exist_ok=True)
    target = articles_dir / name
    partial = articles_dir / f".{name}.part"  # hidden: the indexer never reads it
    try:
        with partial.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
