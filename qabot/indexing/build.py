"""Index: article files -> one index generation on disk, updated incrementally.

An update reads only new and changed files (size and mtime first, then a content hash), streams
their articles through analysis into the next generation beside the live one (engine files are
hard-linked where the engine allows) and switches CURRENT with an atomic rename. A crash or Ctrl-C
leaves the previous index usable; readers in other processes (a running bot) pick up the new
generation on their next question. What to read is decided in index_plan.py; the layout is in
store.py; reading a generation is live_index.py.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from tqdm import tqdm

from qabot import __version__
from qabot.attribution import ATTRIBUTION_VERSION
from qabot.engines import DEFAULT_ENGINE, Engine, engine_class
from qabot.errors import IndexDamagedError, IndexFormatError, NoArticlesError, WriteError
from qabot.fileio import read_jsonl, write_jsonl
from qabot.indexing.analysis import BATCH, analyze_batches, default_workers, make_executor
from qabot.indexing.layout import (
    CURRENT_FILE,
    FORMAT_VERSION,
    META_FILE,
    READERS_FILE,
    FileEntry,
    current_generation,
    damage,
    drop_unused,
    file_checksums,
    is_compatible,
    next_generation_name,
    read_meta,
    writer_lock,
)
from qabot.indexing.live import Index, load_index
from qabot.indexing.plan import Plan, builds_upon, plan_update, stored_passages
from qabot.indexing.quote_store import INDEX_FILE as QUOTE_INDEX
from qabot.indexing.quote_store import (
    MAX_SEGMENTS,
    QuoteRow,
    SegmentWriter,
    compact,
    link_segments,
    segments,
)
from qabot.ingest import iter_article_file, scan_article_files
from qabot.records import Article, ArticleInfo, flat_dict
from qabot.text import ANALYZER_VERSION

# the live one and the one before, besides any a reader still holds (layout.hold_generation)
GENERATIONS_KEPT = 2

__all__ = ["IndexReport", "current_generation", "ensure_index", "update_index"]


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What an update did, for the user and for tests."""

    added: int
    changed: int
    removed: int
    unchanged: int
    articles: int
    passages: int
    quotes: int
    warnings: list[str]
    generation: str

    @property
    def updated(self) -> bool:
        return bool(self.added or self.changed or self.removed)


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
        with writer_lock(index_dir):
            return _update_locked(
                files,
                scan.warnings,
                articles_dir,
                index_dir,
                engine_type,
                rebuild,
                progress,
                workers,
            )
    except OSError as error:
        if error.errno not in _CANNOT_WRITE:
            raise
        raise _write_error(index_dir, error) from error


_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_CANNOT_WRITE = _NO_SPACE | {errno.EROFS, errno.EACCES, errno.EPERM}


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
    scan_warnings: list[str],
    articles_dir: Path,
    index_dir: Path,
    engine_type: type[Engine],
    rebuild: bool,
    progress: bool,
    workers: int | None,
) -> IndexReport:
    for stale in index_dir.glob("*.tmp-*"):  # left by a crash: never live
        _remove(stale)
    old_name, old_dir, notes = _previous(index_dir, engine_type, rebuild)
    try:
        report = _update(files, articles_dir, index_dir, old_dir, engine_type, progress, workers)
        return replace(report, warnings=[*notes, *scan_warnings, *report.warnings])
    except PreviousGenerationError as error:
        # the live generation is unreadable: build a new one from every article instead
        report = _update(files, articles_dir, index_dir, None, engine_type, progress, workers)
        note = (
            f"the previous index {old_name} could not be read ({error}); "
            "rebuilt it from every article"
        )
        return replace(report, warnings=[note, *scan_warnings, *report.warnings])


def _previous(
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


def _remove(path: Path) -> None:
    """Remove a file or a folder, whichever it is (left by a crash or damaged)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


# what reading a damaged generation raises (garbled JSON, missing keys or files, engine errors)
_PREVIOUS_DAMAGED = (ValueError, KeyError, TypeError, FileNotFoundError, IndexFormatError)


class PreviousGenerationError(Exception):
    """The live generation an update builds upon could not be read (it is then rebuilt)."""


@contextlib.contextmanager
def _reading_previous(what: str) -> Iterator[None]:
    """Mark a read of the previous generation: only its failures may turn into a rebuild.

    A bug elsewhere in an update (a ValueError in analysis, say) must surface, not silently
    become a full rebuild.
    """
    try:
        yield
    except _PREVIOUS_DAMAGED as error:
        raise PreviousGenerationError(f"{what}: {error}") from error


def _update(
    files: list[Path],
    articles_dir: Path,
    index_dir: Path,
    old_dir: Path | None,
    engine_type: type[Engine],
    progress: bool,
    workers: int | None,
) -> IndexReport:
    with _reading_previous("manifest.json"):
        plan = plan_update(files, articles_dir, old_dir)
    meta = read_meta(old_dir) if old_dir is not None else {}
    if (
        old_dir is not None
        and not plan.to_read
        and not plan.removed
        and plan.manifest == plan.old_manifest
        and meta.get("articles_dir") == str(articles_dir.resolve())
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
        with _reading_previous("the engine"):
            writer = engine_type.create(
                temporary / "engine", previous=old_dir / "engine" if old_dir else None
            )
        try:
            report = _write_generation(
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
            and not report.updated
            and plan.manifest == plan.old_manifest
            and meta.get("articles_dir") == str(articles_dir.resolve())
        ):
            # only unreadable files were new: they were reported, and the live index stands
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
    return replace(report, generation=name)


class _Counts:
    added = changed = 0


def _read_articles(
    plan: Plan,
    articles_dir: Path,
    writer: Engine,
    replaced: set[str],
    warnings: list[str],
    counts: _Counts,
    bar: tqdm,
) -> Iterator[list[Article]]:
    """Read the files to (re)index; yield their articles in batches; record files in the plan.

    Files stream article by article (a JSON Lines dump of any size). A changed file's old
    passages are removed when its first new article arrives, before any of them is added.
    """
    batch: list[Article] = []
    for rel, path, stat, digest in plan.to_read:
        old = plan.old_manifest.get(rel)
        ids: list[str] = []
        shown = 0  # bytes of this file the progress bar has counted
        for article in iter_article_file(path, articles_dir, warnings):
            if not ids and old is not None:
                writer.remove(old.article_ids)  # before the new passages: same ids come back
                replaced.update(old.article_ids)
            ids.append(article.id)
            batch.append(article)
            # A JSON Lines dump can hold the whole archive: count it as its articles arrive
            # (their text's length stands for their bytes), so the bar's rate and ETA move
            # with the work instead of waiting for the end of the file.
            step = min(len(article.text), stat.st_size - shown)
            bar.update(step)
            shown += step
            if len(batch) >= BATCH:
                yield batch
                batch = []
        bar.update(stat.st_size - shown)
        if not ids and not os.path.lexists(path):  # deleted while being indexed: removed
            if old is not None:
                writer.remove(old.article_ids)
                replaced.update(old.article_ids)
                plan.removed.append(rel)
            continue
        if not ids:
            if old is not None:  # the file went bad: keep what was indexed, retry next time
                warnings.append(f"kept the previously indexed version of {rel}")
                plan.manifest[rel] = old
            continue
        if old is None:
            counts.added += 1
        else:
            counts.changed += 1
        plan.manifest[rel] = FileEntry(stat.st_size, stat.st_mtime_ns, digest, ids)
    if batch:
        yield batch


def _write_generation(
    plan: Plan,
    articles_dir: Path,
    old_dir: Path | None,
    out: Path,
    writer: Engine,
    progress: bool,
    workers: int,
    stored_before: int,
) -> IndexReport:
    """Write a complete generation into `out` (a temporary folder) and return its report;
    `stored_before` is the passages the engine already stores (index_plan.stored_passages)."""
    replaced = {aid for rel in plan.removed for aid in plan.old_manifest[rel].article_ids}
    if replaced:
        writer.remove(replaced)
    warnings: list[str] = list(plan.warnings)
    counts = _Counts()
    infos: dict[str, ArticleInfo] = {}
    total = sum(item[2].st_size for item in plan.to_read)
    bar = tqdm(
        total=total,
        desc="indexing",
        unit="B",
        unit_scale=True,
        disable=not progress,
        delay=0.5,
        leave=False,
    )
    executor = make_executor(workers)
    if old_dir is not None:
        with _reading_previous("the quote segments"):
            link_segments(old_dir, out)
    segment = SegmentWriter(out)
    quote_rows: dict[str, QuoteRow] = {}
    written = 0  # passages added to the engine's store in this update
    try:
        batches = _read_articles(plan, articles_dir, writer, replaced, warnings, counts, bar)
        for articles, analyses in analyze_batches(batches, executor):
            for article, analysis in zip(articles, analyses, strict=True):
                passages, quotes, speakers = analysis.passages, analysis.quotes, analysis.speakers
                infos[article.id] = article.info
                writer.add(passages)
                written += len(passages)
                if quotes:
                    quote_rows[article.id] = segment.write(article.id, quotes, speakers)
    finally:
        segment.close()
        bar.close()
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    with _reading_previous("articles.jsonl"):
        old_infos = [
            row
            for row in (read_jsonl(old_dir / "articles.jsonl") if old_dir else [])
            if row["id"] not in replaced and row["id"] not in infos
        ]
    if not old_infos and not infos:
        raise NoArticlesError(
            f"No readable articles in {articles_dir}. Add .txt, .md, .html, .json or .jsonl "
            "files there (or point --articles at another folder)."
            + (f" Skipped: {'; '.join(warnings[:3])}" if warnings else "")
        )
    writer.commit()
    write_jsonl(out / "articles.jsonl", [*old_infos, *(flat_dict(i) for i in infos.values())])
    with _reading_previous(QUOTE_INDEX):
        old_rows = [
            QuoteRow.from_json(r) for r in (read_jsonl(old_dir / QUOTE_INDEX) if old_dir else [])
        ]
    kept_rows = [
        row
        for row in old_rows
        if row.article_id not in replaced and row.article_id not in quote_rows
    ]
    live_rows = [*kept_rows, *quote_rows.values()]
    if len(segments(out)) > MAX_SEGMENTS:
        live_rows = compact(out, live_rows)
    write_jsonl(out / QUOTE_INDEX, (row.to_json() for row in live_rows))
    total_quotes = sum(row.count for row in live_rows)
    (out / "manifest.json").write_text(
        json.dumps({"files": {k: asdict(v) for k, v in sorted(plan.manifest.items())}}),
        encoding="utf-8",
    )
    report = IndexReport(
        added=counts.added,
        changed=counts.changed,
        removed=len(plan.removed),
        unchanged=plan.unchanged,
        articles=len(old_infos) + len(infos),
        passages=len(writer),
        quotes=total_quotes,
        warnings=warnings,
        generation="",
    )
    meta = {
        "format_version": FORMAT_VERSION,
        "analyzer_version": ANALYZER_VERSION,
        "attribution_version": ATTRIBUTION_VERSION,
        "engine": writer.name,
        "qabot_version": __version__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "articles": report.articles,
        "passages": report.passages,
        "quotes": report.quotes,
        "files": len(plan.manifest),
        "articles_dir": str(articles_dir.resolve()),
        # passages the engine stores text for, removed ones included (see _mostly_dead)
        "stored_passages": written + stored_before,
    }
    (out / READERS_FILE).touch()
    meta["checksums"] = file_checksums(out)  # checked by every reader (layout.damage)
    _write_synced(out / META_FILE, json.dumps(meta, indent=2))
    return report


def _write_synced(path: Path, text: str) -> None:
    """Write a small file and flush it to disk (it is the last of a generation written)."""
    with path.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def ensure_index(
    articles_dir: Path, index_dir: Path, *, engine: str = DEFAULT_ENGINE, progress: bool = False
) -> tuple[Index, IndexReport | None]:
    """Load the index, building it first when missing, outdated, or made for another folder."""
    name = current_generation(index_dir)
    meta = read_meta(index_dir / name) if name else {}
    if (
        name is None
        or not is_compatible(meta, engine)
        or meta.get("articles_dir") != str(articles_dir.resolve())
    ):
        report = update_index(articles_dir, index_dir, engine=engine, progress=progress)
        return load_index(index_dir), report
    return load_index(index_dir), None
