"""Command line, the commands that change the articles and the index: `index`, `add`, `fetch`,
`watch`."""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from qabot.cli.running import one_line, print_warnings, skipped_only, summary
from qabot.config import Config
from qabot.errors import ArticlesError, QABotError
from qabot.text import counted
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.fetching import FetchReport
    from qabot.indexing import IndexReport

SPEAKERS_NOTE = (
    "saved the list of people quoted, so speech questions start sooner (no article was read again)"
)
# a scheme and "://": a file name never holds "//" (a path would collapse it)
_WEB_ADDRESS = lazy(r"[A-Za-z][A-Za-z0-9+.-]*://")


def index_command(config: Config, args: argparse.Namespace) -> int:
    """Bring the index up to date (or rebuild it) and say what changed."""
    # imported here, as fetching and ingest below: the commands that only read start without them
    from qabot.indexing import update_index

    report = update_index(
        config.articles_dir,
        config.index_dir,
        engine=config.engine,
        rebuild=args.rebuild,
        progress=sys.stderr.isatty(),
    )
    print_warnings(report.warnings)
    print(
        summary(report)
        if report.updated or args.rebuild
        else f"{skipped_only(report)} the articles. {summary(report)}"
        if report.newly_skipped
        else f"Index is up to date; {SPEAKERS_NOTE}. {summary(report)}"
        if report.wrote_speakers
        else f"Index is up to date. {summary(report)}"
    )
    return 0


def add_command(config: Config, args: argparse.Namespace) -> int:
    """Check every file first, copy the good ones, index them; name each file left out."""
    from qabot.ingest import check_article_file, save_article_file

    good, skipped, present = [], [], []
    inside = 0  # files already in the articles folder: indexed where they are
    # names taken by files given before: "qabot add business/*.txt tech/*.txt" gave two
    # 001.txt, and the second overwrote the first without a word (exit code 0); a file left out
    # (empty, binary) takes no name, so a later one of that name and other content is added
    taken: dict[str, tuple[Path, bytes]] = {}  # name: the file given, its content's digest
    refused: set[tuple[str, bytes]] = set()  # names and digests of files left out: named once
    folder = config.articles_dir.resolve()
    for typed in args.files:
        if _WEB_ADDRESS.match(typed):
            skipped.append(
                f"{typed} is a web address: `qabot fetch URL` saves web pages and feeds as "
                "articles."
            )
            continue
        source = Path(typed)
        if not source.is_file():
            what = (
                "is a folder: give the article files in it"
                if source.is_dir()
                else "does not exist: check the path"
                if not source.exists() and not source.is_symlink()
                else "is not a file. Give paths of article files"
            )
            skipped.append(f"{source} {what}.")
            continue
        if source.resolve().is_relative_to(folder):
            inside += 1  # indexed where it is, but one holding no article is not added
            skipped += _unreadable_inside(source)
            continue
        if source.is_symlink() and source.parent.resolve().is_relative_to(folder):
            # the index never follows such a link out of the folder (README, Adding articles)
            skipped.append(
                f"{source} is a link to a file outside the articles folder, which qabot never "
                "reads: copy the file in place of the link."
            )
            continue
        try:
            data = source.read_bytes()
        except OSError as error:
            skipped.append(f"{source}: cannot read it ({error.strerror or error}).")
            continue
        digest = hashlib.sha256(data).digest()
        if (source.name, digest) in refused:
            continue  # the same file as one left out above: named there
        if (earlier := taken.get(source.name)) is not None:
            if earlier[1] != digest:
                skipped.append(
                    f"{source} has the same name as {earlier[0]}, given before it, and other "
                    f"content. Rename {source.name} and add it again."
                )
            continue  # the same file given twice is added once
        checked = check_article_file(source.name, data, config.articles_dir)
        if checked.problem is None and checked.replaces:
            target = config.articles_dir / source.name
            checked = replace(
                checked,
                problem=f"{target} already exists with other content. "
                f"Rename {source.name} and add it again.",
            )
        if checked.problem:
            skipped.append(checked.problem)
            refused.add((source.name, digest))
            continue
        taken[source.name] = (source, digest)
        if checked.unchanged:
            present.append(source.name)
        else:
            good.append((source.name, data))
    if not good and not inside and skipped:
        raise ArticlesError("Nothing was added: " + " ".join(skipped))
    for name, data in good:
        save_article_file(name, data, config.articles_dir)
    if present:
        # a file added again was passed over without a word: "Index is up to date" alone read
        # as if it had been lost
        names = ", ".join(one_line(name) for name in present)
        print(f"Already in the articles folder with the same content: {names}.")
    index_command(config, argparse.Namespace(rebuild=False))
    print_warnings([f"not added: {problem}" for problem in skipped])
    return 1 if skipped else 0


def _unreadable_inside(source: Path) -> list[str]:
    """Return why a file given to `qabot add` from inside the articles folder holds no
    article (empty when it holds one): the update below skips it with a warning, but the
    command said "Index is up to date" and exited 0 as if it had been added."""
    from qabot.ingest import check_article_file

    try:
        data = source.read_bytes()
    except OSError as error:
        return [f"{source}: cannot read it ({error.strerror or error})."]
    checked = check_article_file(source.name, data, source.resolve().parent)
    return [checked.problem] if checked.problem and not checked.articles else []


def _fetch_once(config: Config, urls: list[str]) -> tuple[FetchReport, IndexReport | None]:
    """Fetch `urls` into the articles folder and index what was saved (also what a run stopped
    before indexing saved)."""
    from qabot.fetching import STATE_FILE, fetch_urls

    report = fetch_urls(
        urls, articles_dir=config.articles_dir, state_path=config.index_dir / STATE_FILE
    )
    return report, _index_fetched(config, report)


def _index_fetched(config: Config, report: FetchReport) -> IndexReport | None:
    """Index the files fetch runs saved and no update read yet; they stay listed until one does,
    so an update that fails (a full disk) loses none of them."""
    from qabot.fetching import STATE_FILE, forget_unindexed
    from qabot.indexing import update_index

    if not report.unindexed:
        return None
    indexed = update_index(config.articles_dir, config.index_dir, engine=config.engine)
    forget_unindexed(config.index_dir / STATE_FILE, report.unindexed)
    return indexed


def fetch_command(config: Config, args: argparse.Namespace) -> int:
    """Fetch the URLs given (or the configured feeds) once and index what was saved."""
    urls = args.urls or list(config.feed_urls)
    if not urls:
        raise QABotError(
            "Nothing to fetch: give URLs of pages or feeds (qabot fetch URL...), "
            "or list feeds in [feeds] urls in the config."
        )
    report, indexed = _fetch_once(config, urls)
    print_warnings(report.warnings)
    print(f"Fetched: {report.summary()}")
    if indexed is not None:
        print_warnings(indexed.warnings)
        print(summary(indexed))
    return 1 if report.warnings else 0


def watch_command(config: Config, args: argparse.Namespace) -> int:
    """Poll the configured feeds until Ctrl-C: one line per poll."""
    if not config.feed_urls:
        raise QABotError(
            "No feeds to watch: list them in [feeds] urls in the config, "
            'like urls = ["https://example.org/feed.xml"].'
        )
    print(
        f"Watching {counted(len(config.feed_urls), 'feed')} every {config.feed_interval:g} s; "
        "Ctrl-C stops.",
        flush=True,
    )
    from qabot.fetching import warning_kind

    # the last poll's warnings: a feed down for hours is told once, though the count of its
    # items a folded warning gives changes
    warned: set[str] = set()
    try:
        while True:
            line, warnings = _poll(config)
            fresh = [warning for warning in warnings if warning_kind(warning) not in warned]
            print_warnings(fresh)
            if repeated := len(warnings) - len(fresh):
                line += f" {counted(repeated, 'warning')} as at the last poll, not shown again."
            warned = {warning_kind(warning) for warning in warnings}
            print(line, flush=True)
            time.sleep(config.feed_interval)
    except KeyboardInterrupt:
        print("Stopped watching.", file=sys.stderr)
    return 0


def _poll(config: Config) -> tuple[str, list[str]]:
    """Fetch the feeds once and index what was saved; return the poll's line and its warnings.
    A failure that may pass (a full disk, an index folder made read-only) is a warning, not
    the end of the watch: what was saved stays listed to index, and the next poll tries
    again."""
    from qabot.fetching import STATE_FILE, fetch_urls

    stamp = time.strftime("%H:%M:%S")
    again = f"tried again at the next poll (in {config.feed_interval:g} s)"
    try:
        report = fetch_urls(
            list(config.feed_urls),
            articles_dir=config.articles_dir,
            state_path=config.index_dir / STATE_FILE,
        )
    except QABotError as error:
        return f"{stamp} Nothing fetched: {again}.", [str(error)]
    line = f"{stamp} {report.summary()}"
    try:
        indexed = _index_fetched(config, report)
    except QABotError as error:
        unindexed = counted(len(report.unindexed), "saved file")
        return f"{line} {unindexed} not indexed yet: {again}.", [*report.warnings, str(error)]
    if indexed is None:
        return line, report.warnings
    return f"{line} {summary(indexed)}", [*report.warnings, *indexed.warnings]
