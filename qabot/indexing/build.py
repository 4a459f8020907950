"""Index: article files -> one index generation on disk, updated incrementally.

An update reads only new and changed files (size and mtime first, then a content hash), streams
their articles through analysis into the next generation beside the live one (engine files are
hard-linked where the engine allows) and switches CURRENT with an atomic rename. A crash or Ctrl-C
leaves the previous index usable; readers in other processes (a running bot) pick up the new
generation on their next question. What to read, and which generation to build upon, is decided
in `plan`; the files are read in `reading` and the generation written in `generation`; the
layout is in `layout`; reading a generation is `live`.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from qabot.engines import DEFAULT_ENGINE, Engine, engine_class
from qabot.errors import WriteError
from qabot.indexing.analysis import default_workers
from qabot.indexing.generation import IndexReport, write_generation
from qabot.indexing.layout import CURRENT_FILE, articles_folder, next_generation_name, read_meta
from qabot.indexing.leases import drop_unused, writer_lock
from qabot.indexing.plan import plan_update, previous_generation, stored_passages
from qabot.indexing.previous import PreviousGenerationError, reading_previous
from qabot.indexing.speaker_file import stores_speakers
from qabot.ingest import Scan, scan_article_files

# the live one and the one before, besides any a reader still holds (leases.hold_generation)
GENERATIONS_KEPT = 2

__all__ = ["update_index"]


def update_index(
    articles_dir: Path,
    index_dir: Path,
    *,
    engine: str = DEFAULT_ENGINE,
    rebuild: bool = False,
    progress: bool = False,
    workers: int | None = None,
) -> IndexReport:
    """Bring the index in `index_dir` up to date with `articles_dir`; return what changed.

    `workers` analysis processes (default: 1 for small updates, one per core for large ones).
    """
    engine_type = engine_class(engine)
    scan = scan_article_files(articles_dir, exclude=[index_dir])
    files = scan.files
    try:
        with writer_lock(index_dir, on_wait=lambda: _say_waiting(index_dir)):
            return _update_locked(
                files,
                scan,
                articles_dir,
                index_dir,
                engine_type,
                rebuild,
                progress,
                workers,
            )
    except OSError as error:
        if not _cannot_write(index_dir, error):
            raise
        raise _write_error(index_dir, error) from error


_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_CANNOT_WRITE = _NO_SPACE | {errno.EROFS, errno.EACCES, errno.EPERM}


def _cannot_write(index_dir: Path, error: OSError) -> bool:
    """Return whether `error` means the index folder takes no writes: a full or read-only disk,
    or a file in it, or the folder itself or one above it, that cannot be created (ENOENT in a
    folder such as /proc/self, where the writer lock cannot be made, or /proc/new), not a
    missing file elsewhere, which is a bug to show."""
    if error.errno in _CANNOT_WRITE:
        return True
    if error.errno != errno.ENOENT or error.filename is None:
        return False
    missing = Path(os.fsdecode(error.filename))
    return missing.parent == index_dir or missing == index_dir or missing in index_dir.parents


def _write_error(index_dir: Path, error: OSError) -> WriteError:
    """Return the user error for a failed write into the index folder."""
    reason = error.strerror or str(error)
    if error.errno in _NO_SPACE:
        advice = "Free some space and run `qabot index` again"
    else:
        advice = "Make it writable, or point --index-dir at a folder you can write to"
    return WriteError(
        f"Cannot write the index in {index_dir} ({reason}); the index there, if any, is "
        f"unchanged. {advice}."
    )


def _update_locked(
    files: list[Path],
    scan: Scan,
    articles_dir: Path,
    index_dir: Path,
    engine_type: type[Engine],
    rebuild: bool,
    progress: bool,
    workers: int | None,
) -> IndexReport:
    for stale in index_dir.glob("*.tmp-*"):  # left by a crash: never live
        _remove(stale)
    old_name, old_dir, notes = previous_generation(index_dir, engine_type, rebuild)
    try:
        report = _update(
            files, scan, articles_dir, index_dir, old_dir, engine_type, progress, workers
        )
        return replace(report, warnings=[*notes, *report.warnings])
    except PreviousGenerationError as error:
        # the live generation is unreadable: build a new one from every article instead
        report = _update(
            files, scan, articles_dir, index_dir, None, engine_type, progress, workers
        )
        note = (
            f"the previous index {old_name} could not be read ({error}); "
            "rebuilt it from every article"
        )
        return replace(report, warnings=[note, *report.warnings])


def _say_waiting(index_dir: Path) -> None:
    """Say why an update does not start (stderr: printed at once, kept out of piped answers)."""
    sys.stderr.write(
        f"Another update of the index in {index_dir} is running; waiting for it to finish.\n"
    )
    sys.stderr.flush()


def _remove(path: Path) -> None:
    """Remove a file or a folder, whichever it is (left by a crash or damaged)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _update(
    files: list[Path],
    scan: Scan,
    articles_dir: Path,
    index_dir: Path,
    old_dir: Path | None,
    engine_type: type[Engine],
    progress: bool,
    workers: int | None,
) -> IndexReport:
    with reading_previous("manifest.json"):
        plan = plan_update(files, articles_dir, old_dir, scan.unlisted)
    # the folder's skipped files first: when no article is left, the error says why
    plan.warnings[:0] = scan.warnings
    meta = read_meta(old_dir) if old_dir is not None else {}
    # a live generation without a speaker directory this qabot reads gets one, even when no
    # article changed: every process would merge the names again on its first speech question
    stale_speakers = old_dir is not None and not stores_speakers(meta)
    if (
        old_dir is not None
        and not stale_speakers
        and not plan.to_read
        and not plan.removed
        and plan.manifest == plan.old_manifest
        and articles_folder(meta, index_dir) == articles_dir.resolve()
    ):
        return IndexReport(
            0,
            0,
            0,
            plan.unchanged,
            meta["articles"],
            meta["passages"],
            meta["quotes"],
            list(plan.warnings),
            old_dir.name,
        )
    if workers is None:
        workers = default_workers(sum(item[2].st_size for item in plan.to_read))
    name = next_generation_name(index_dir)
    temporary = index_dir / f"{name}.tmp-{os.getpid()}"
    try:
        temporary.mkdir(parents=True)
        with reading_previous("the engine"):
            writer = engine_type.create(
                temporary / "engine", previous=old_dir / "engine" if old_dir else None
            )
        try:
            report = write_generation(
                plan,
                articles_dir,
                old_dir,
                temporary,
                writer,
                progress,
                workers,
                stored_passages(meta),
            )
        except BaseException:
            writer.close()
            raise
        if (
            old_dir is not None
            and not stale_speakers
            and not report.updated
            and plan.manifest == plan.old_manifest
            and plan.skipped == plan.old_skipped
            and articles_folder(meta, index_dir) == articles_dir.resolve()
        ):
            # only unreadable files were new, as the live index knows: they were reported, and
            # the live index stands
            shutil.rmtree(temporary, ignore_errors=True)
            return replace(report, generation=old_dir.name)
        temporary.rename(index_dir / name)
        pointer = index_dir / f"{CURRENT_FILE}.tmp-{os.getpid()}"
        with pointer.open("w", encoding="utf-8") as out:
            out.write(name + "\n")
            out.flush()
            os.fsync(out.fileno())
        if (index_dir / CURRENT_FILE).is_dir():  # damaged: a rename cannot replace a folder
            _remove(index_dir / CURRENT_FILE)
        os.replace(pointer, index_dir / CURRENT_FILE)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    drop_unused(index_dir, GENERATIONS_KEPT)
    if stale_speakers and not report.updated:
        return replace(report, generation=name, wrote_speakers=True)
    return replace(report, generation=name)
