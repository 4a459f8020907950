"""Opening the index for reading: load the live generation, building it first when there is
none, it is outdated, or it was made from another folder, and updating it when article files
were added, changed or removed since it was read (`folder_changes`), as on first use.

Read-only commands (`qabot ask`, the console, the bot) come here on every start, and most find
an index ready: the building code (`build`, which reads article files through `ingest`) is
imported only when a build is due, so a question does not pay for loading it. An index that
cannot be written here (another user's, a read-only disk), or built by older quote or reading
rules (an update would read every article again: many minutes for a large archive), answers
as it is, with a note saying which files it leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qabot.engines import DEFAULT_ENGINE
from qabot.errors import ArticlesError, IndexDamagedError, IndexFormatError, WriteError
from qabot.indexing.folder_changes import folder_changes
from qabot.indexing.layout import articles_folder, current_generation, is_compatible, read_meta
from qabot.indexing.live import Index
from qabot.indexing.loading import load_index
from qabot.indexing.rules_changed import changed_rules

if TYPE_CHECKING:
    from qabot.indexing.generation import IndexReport

__all__ = ["OpenedIndex", "ensure_index"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenedIndex:
    """The live index, with the update made first, if any, and what it leaves out."""

    index: Index
    report: IndexReport | None = None  # the build or update made before loading it
    updated: bool = False  # that was an update for changed article files, not a first build
    note: str | None = None  # what it leaves out: files changed since, not indexed here


def ensure_index(
    articles_dir: Path, index_dir: Path, *, engine: str = DEFAULT_ENGINE, progress: bool = False
) -> OpenedIndex:
    """Load the index, building it first when missing, outdated, or made for another folder,
    and updating it first when article files changed since it was read."""
    name = current_generation(index_dir)
    if name is None:
        report = _build(articles_dir, index_dir, engine, progress, None)
        return OpenedIndex(index=load_index(index_dir), report=report)
    why = _why_read_again(name, read_meta(index_dir / name), articles_dir, index_dir, engine)
    if why is not None:
        report = _build(articles_dir, index_dir, engine, progress, why)
        return OpenedIndex(index=load_index(index_dir), report=report)
    index = load_index(index_dir)  # a damaged or unreadable index says so before updating
    return _update_changed(articles_dir, index_dir, index, engine, progress)


def _why_read_again(
    name: str, meta: dict[str, Any], articles_dir: Path, index_dir: Path, engine: str
) -> tuple[str, str] | None:
    """Return why every article must be read again into the index ("damaged" or "outdated",
    and how), or None when it may answer (after an update for changed files)."""
    if not meta:
        return "damaged", f"{name}: its meta.json is unreadable"
    if not is_compatible(meta):
        return "outdated", "built by another version of qabot"
    if meta.get("engine") != engine:
        return "outdated", f"built with the {meta.get('engine')} engine, not {engine}"
    folder = articles_folder(meta, index_dir)
    if folder != articles_dir.resolve():
        return "outdated", f"read from {folder or 'another folder'}, not {articles_dir}"
    return None


def _update_changed(
    articles_dir: Path, index_dir: Path, index: Index, engine: str, progress: bool
) -> OpenedIndex:
    """Return the index updated first when article files changed since it was read; one that
    cannot be written here answers as it is, with a note of what it leaves out."""
    try:
        changes = folder_changes(articles_dir, index_dir, index.directory)
    except ArticlesError as error:  # the folder is gone: the index still answers, as it did
        return OpenedIndex(index=index, note=f"{error} Answering from the index as it was built.")
    if not changes:
        return OpenedIndex(index=index)
    if changed_rules(index.meta) is not None:  # an update would read every article again
        return OpenedIndex(
            index=index,
            note=(
                f"{changes.told()} in {articles_dir} since the index was built, left out until "
                "`qabot index` reads every article again under the new rules"
            ),
        )
    try:
        report = _build(articles_dir, index_dir, engine, progress, None)
    except WriteError as error:
        return OpenedIndex(
            index=index,
            note=(
                f"{changes.told()} in {articles_dir} since the index was built, and the index "
                f"cannot be updated here ({_reason(error)}): answers leave that out until "
                "`qabot index` runs where the index can be written"
            ),
        )
    del index  # its lease on the generation it read goes with it (`live`)
    return OpenedIndex(index=load_index(index_dir), report=report, updated=True)


def _build(
    articles_dir: Path,
    index_dir: Path,
    engine: str,
    progress: bool,
    why: tuple[str, str] | None,
) -> IndexReport:
    """Bring the index up to date; `why` says why an index there is read again ("damaged" or
    "outdated", and how), told when the index cannot be written here."""
    from qabot.indexing.build import update_index

    try:
        return update_index(articles_dir, index_dir, engine=engine, progress=progress)
    except WriteError as error:
        if why is None:
            raise
        state, what = why
        if state == "damaged":  # say it is damaged, not only unwritable
            raise IndexDamagedError(
                f"The index in {index_dir} is damaged ({what}), and cannot be repaired here "
                f"({_reason(error)}). Make the folder writable and run `qabot index` to "
                "repair it.",
                what,
            ) from error
        raise IndexFormatError(
            f"The index in {index_dir} was {what}, so it must be built again, and it cannot "
            f"be written here ({_reason(error)}). Make the folder writable, or point "
            "--index-dir at a folder you can write to."
        ) from error


def _reason(error: WriteError) -> str:
    """Return why the index could not be written ("Permission denied")."""
    cause: Any = error.__cause__
    return cause.strerror if isinstance(cause, OSError) and cause.strerror else "no writes"
