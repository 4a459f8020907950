"""Writing one generation: the engine's passages, the quote segments and their index, the
names of the people quoted (quoted_names.jsonl), the speaker directory and its per-article
parts (speakers.json, speaker_parts.jsonl), the names articles write beside their initials
(initialisms.jsonl), articles.jsonl and their count by outlet and day (calendar.json),
manifest.json and, last, meta.json with every file's checksum, into the temporary folder that
`build` then renames into place.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from qabot import __version__
from qabot.attribution import ATTRIBUTION_VERSION, MERGING_VERSION
from qabot.engines import Engine
from qabot.errors import NoArticlesError
from qabot.fileio import Lines, split_jsonl, write_jsonl
from qabot.indexing.analysis import analyze_batches, make_executor
from qabot.indexing.initialisms import initialism_rows
from qabot.indexing.layout import (
    FORMAT_VERSION,
    META_FILE,
    READERS_FILE,
    articles_dir_from_index,
    file_checksums,
)
from qabot.indexing.outlets import CALENDAR_FILE, Calendar
from qabot.indexing.plan import Plan
from qabot.indexing.previous import reading_previous
from qabot.indexing.quote_files import write_initialisms, write_quote_index
from qabot.indexing.quote_store import (
    QuoteRow,
    SegmentWriter,
    link_segments,
)
from qabot.indexing.quote_terms import QUOTE_FIELDS
from qabot.indexing.reading import Counts, Progress, read_articles
from qabot.ingest import READING_VERSION
from qabot.records import ArticleInfo, flat_dict
from qabot.text import ANALYZER_VERSION


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
    # files read in this update that held no article (named in `warnings`), and those of them
    # new or changed since the last generation, which records them so that a question's check
    # for changed files does not read them again until they change
    skipped: int = 0
    newly_skipped: int = 0
    # an update that read no article wrote the speaker directory an update reading some leaves
    # out: a note, not a warning (after every `qabot add`, the next `qabot index` warned of it)
    wrote_speakers: bool = False

    @property
    def updated(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def write_generation(
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
    `stored_before` is the passages the engine already stores (plan.stored_passages)."""
    bar = Progress(sum(item[2].st_size for item in plan.to_read), progress=progress)
    try:
        return _write_generation(
            plan, articles_dir, old_dir, out, writer, bar, workers, stored_before
        )
    finally:
        bar.close()


def _write_generation(
    plan: Plan,
    articles_dir: Path,
    old_dir: Path | None,
    out: Path,
    writer: Engine,
    bar: Progress,
    workers: int,
    stored_before: int,
) -> IndexReport:
    replaced = {aid for rel in plan.removed for aid in plan.old_manifest[rel].article_ids}
    if replaced:
        writer.remove(replaced)
    warnings: list[str] = list(plan.warnings)
    counts = Counts()
    infos: dict[str, ArticleInfo] = {}
    executor = make_executor(workers)
    if old_dir is not None:
        with reading_previous("the quote segments"):
            link_segments(old_dir, out)
    segment = SegmentWriter(out)
    quote_rows: dict[str, QuoteRow] = {}
    initialisms: dict[str, list[dict[str, str]]] = {}  # article id -> its initialisms' rows
    written = 0  # passages added to the engine's store in this update
    try:
        batches = read_articles(plan, articles_dir, writer, replaced, warnings, counts, bar)
        for articles, analyses in analyze_batches(batches, executor, type(writer)):
            for article, analysis in zip(articles, analyses, strict=True):
                passages, quotes, speakers = analysis.passages, analysis.quotes, analysis.speakers
                if analysis.problem:
                    warnings.append(analysis.problem)
                infos[article.id] = article.info
                writer.add_prepared(passages)
                written += len(passages)
                if quotes:
                    quote_rows[article.id] = segment.write(
                        article.id, quotes, speakers, analysis.quote_terms
                    )
                initialisms[article.id] = initialism_rows(
                    article.id, (article.info.title, article.text)
                )
            bar.indexed()
    finally:
        segment.close()
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    with reading_previous("articles.jsonl"):
        old_infos, gone = split_jsonl(
            old_dir / "articles.jsonl" if old_dir else None, "id", replaced | infos.keys()
        )
        calendar = _calendar(old_dir, old_infos, gone, infos.values())
    if not old_infos and not infos:
        raise NoArticlesError(
            f"No readable articles in {articles_dir}. Add .txt, .md, .html, .json or .jsonl "
            "files there (or point --articles at another folder)."
            + (f" Skipped: {'; '.join(warnings[:3])}" if warnings else "")
        )
    # the engine's commit (tantivy writes its segment without holding the GIL: seconds at a
    # million passages, on one core) runs beside the writing of the small files
    committed = _started(writer.commit)
    try:
        write_jsonl(out / "articles.jsonl", (flat_dict(i) for i in infos.values()), old_infos)
        (out / CALENDAR_FILE).write_text(json.dumps(calendar.to_json()), encoding="utf-8")
        # an update that reads or drops articles leaves the directory out (write_quote_index)
        reads = bool(replaced or infos)
        total_quotes = write_quote_index(old_dir, out, replaced, quote_rows, plan.manifest, reads)
        write_initialisms(old_dir, out, replaced, initialisms)
        (out / "manifest.json").write_text(
            json.dumps(
                {
                    "files": {k: flat_dict(v) for k, v in sorted(plan.manifest.items())},
                    "skipped": {k: list(v) for k, v in sorted(plan.skipped.items())},
                }
            ),
            encoding="utf-8",
        )
    finally:
        committed()
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
        skipped=len(plan.skipped),
        newly_skipped=sum(plan.old_skipped.get(rel) != seen for rel, seen in plan.skipped.items()),
    )
    meta = {
        "format_version": FORMAT_VERSION,
        "analyzer_version": ANALYZER_VERSION,
        "attribution_version": ATTRIBUTION_VERSION,
        "reading_version": READING_VERSION,
        "merging_version": MERGING_VERSION,  # of the speaker directory (speakers.json)
        "quote_fields": QUOTE_FIELDS,  # what its quote lines hold beside the quotes
        "engine": writer.name,
        "qabot_version": __version__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "articles": report.articles,
        "passages": report.passages,
        "quotes": report.quotes,
        "files": len(plan.manifest),
        "articles_dir": str(articles_dir.resolve()),
        # the same folder from the index folder: found again when both move together
        "articles_dir_from_index": articles_dir_from_index(articles_dir, out.parent),
        # passages the engine stores text for, removed ones included (see _mostly_dead)
        "stored_passages": written + stored_before,
    }
    (out / READERS_FILE).touch()
    meta["checksums"] = file_checksums(out)  # checked by every reader (layout.damage)
    _write_synced(out / META_FILE, json.dumps(meta, indent=2))
    return report


def _calendar(
    old_dir: Path | None, kept: Lines, gone: list[str], added: Iterable[ArticleInfo]
) -> Calendar:
    """Return the calendar of the new generation's articles: the last generation's, less the
    articles dropped (`gone`, their records as written), plus those read (`added`). When the
    last generation stores none (an older qabot's), one this qabot cannot read (a newer one's:
    this generation stores one of this qabot's version), or one that disagrees with its records
    (counting another number of articles than they hold, or fewer of those dropped), the
    records kept are counted instead (once: the next update finds this one's)."""
    calendar = _last_calendar(old_dir, len(kept) + len(gone))
    if calendar is not None:
        try:
            calendar.count((ArticleInfo(**json.loads(line)) for line in gone), -1)
        except ValueError:
            calendar = None
    if calendar is None:
        calendar = Calendar.of_articles(ArticleInfo(**json.loads(line)) for line in kept)
    calendar.count(added)
    return calendar


def _last_calendar(old_dir: Path | None, articles: int) -> Calendar | None:
    """Return the calendar the last generation stores, if this qabot reads it and it counts
    its `articles` articles."""
    stored = old_dir / CALENDAR_FILE if old_dir is not None else None
    if stored is None or not stored.exists():
        return None
    return Calendar.stored(stored.read_bytes(), articles)


def _started(work: Callable[[], object]) -> Callable[[], None]:
    """Start `work` in a thread of its own; return what waits for it to end and raises what
    it raised (in the calling thread)."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # handed to the thread that waits
            failed.append(error)

    thread = threading.Thread(target=run, name="qabot-commit")
    thread.start()

    def wait() -> None:
        thread.join()
        if failed:
            raise failed[0]

    return wait


def _write_synced(path: Path, text: str) -> None:
    """Write a small file and flush it to disk (it is the last of a generation written)."""
    with path.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
