"""Adding article files to the articles folder: the one check-and-copy behind `qabot add` and the
bot's upload.

A file is checked before it is copied (type, notes files, readable article text, a different file
of the same name), and copied under a hidden temporary name, then renamed: a crash or a full disk
never leaves a truncated article for the next index to read.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from qabot.errors import WriteError
from qabot.fileio import file_in_the_way
from qabot.ingest.file_names import SUPPORTED_SUFFIXES, notes_file_problem
from qabot.ingest.files import read_article_bytes
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
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return Checked(shown, [], f"{shown}: the name is not valid UTF-8; rename the file.")
    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        return Checked(name, [], f"{name}: unsupported type. Use one of {kinds}.")
    notes = notes_file_problem(name)
    if notes:
        return Checked(name, [], notes)
    if Path(name).name != name or name.startswith(".") or "\0" in name:
        return Checked(name, [], f"{name!r} is not a plain file name; rename the file.")
    target = articles_dir / name
    if target.is_symlink():
        return Checked(
            name,
            [],
            f"{target} is a symbolic link, and qabot never writes through links (it could "
            "point outside the articles folder). Remove the link or rename the file.",
        )
    articles, warnings = read_article_bytes(name, data)  # checked in memory: nothing written
    if not articles:
        # each warning names the file: "bad.json holds no readable article: skipped bad.json:
        # not valid JSON" said it twice
        why = "; ".join(_without_name(warning, name) for warning in warnings) or "no text"
        return Checked(name, [], f"{name} holds no readable article: {why}.")
    if target.is_file():
        same = target.read_bytes() == data
        return Checked(name, articles, replaces=not same, unchanged=same)
    return Checked(name, articles)


def _without_name(warning: str, name: str) -> str:
    """Return a reader's warning about `name` without "skipped <name>:", said already; one of a
    JSON Lines line keeps "<name> line N" (which line it is)."""
    if warning.startswith(f"skipped {name}: "):
        return warning.removeprefix(f"skipped {name}: ")
    return warning.removeprefix("skipped ") if warning.startswith(f"skipped {name} ") else warning


def save_article_file(name: str, data: bytes, articles_dir: Path) -> Path:
    """Write `data` into `articles_dir` as `name` atomically (hidden temporary file, rename).

    Never through a link: the temporary file is created new (O_EXCL, O_NOFOLLOW) and renamed
    over the name, replacing a link there rather than writing where it points. A full disk or
    a read-only folder is a WriteError, and leaves no partial file behind.
    """
    target = articles_dir / name
    partial = articles_dir / f".{name}.part"  # hidden: the indexer never reads it
    try:
        articles_dir.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # a crash's leftover, or a planted link
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(partial, flags, 0o644), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as error:
        advice = "Free some space or make the folder writable, then try again."
        if (blocking := file_in_the_way(articles_dir)) is not None:
            advice = f"{blocking} is a file, not a folder: point --articles at a folder."
        raise WriteError(
            f"Cannot save {name} in {articles_dir} ({error.strerror or error}); nothing was "
            f"changed there. {advice}"
        ) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target
