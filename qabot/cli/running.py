"""Command line, what every command shares: loading (or first building) the index, reporting an
index update, and printing warnings and counts."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from qabot.config import Config
from qabot.text import CONTROL, counted
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.indexing import Index, IndexReport

# what would drive the terminal or break the line: the controls, bidi and zero-width characters
# of CONTROL, and the tab and newline it lets through
_UNPRINTABLE = lazy(f"{CONTROL.pattern}|[\t\n]")


def one_line(text: str) -> str:
    """Return `text` as one printable line: a file name holding "\\n" or an escape sequence
    is shown with it escaped (`\\n`, `\\x1b`), never drives the terminal nor forges a line."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def print_warnings(warnings: list[str]) -> None:
    """Print each warning on stderr (skipped files, pages not saved), one line each."""
    for warning in warnings:
        print(f"warning: {one_line(warning)}", file=sys.stderr)


def summary(report: IndexReport) -> str:
    """Return the one-line account of an index update."""
    return (
        f"Index {report.generation}: files {report.added} added, {report.changed} changed, "
        f"{report.removed} removed, {report.unchanged} unchanged"
        f"{f', {report.skipped} skipped' if report.skipped else ''}; "
        f"{counted(report.articles, 'article')}, {counted(report.passages, 'passage')}, "
        f"{counted(report.quotes, 'quote')}."
    )


def skipped_only(report: IndexReport) -> str:
    """Say what an update that read only unreadable files did: it wrote a generation that
    records them, so that they are not read again until they change."""
    files = counted(report.newly_skipped, "unreadable file")
    return f"Recorded {files} (skipped until changed); nothing else changed in"


def load_index(config: Config) -> Index:
    """Load the index, building or updating it first (with a note on stderr) when needed, and
    saying when it was built by older quote or reading rules or leaves changed files out."""
    # imported here: a command's error report (`one_line`) starts without the index's code
    from qabot.indexing import ensure_index, old_rules_note

    opened = ensure_index(
        config.articles_dir, config.index_dir, engine=config.engine, progress=sys.stderr.isatty()
    )
    report, index = opened.report, opened.index
    if report is not None:
        print_warnings(report.warnings)
        # no file read (another process built it meanwhile, or the folder was renamed): the
        # index was only brought up to date, as `qabot index` says
        read = report.added or report.changed or report.removed
        done = (
            ("Updated the index of" if opened.updated else "Built the index of")
            if read
            else skipped_only(report)
            if report.newly_skipped
            else "The index is up to date with"
        )
        print(f"{done} {config.articles_dir}. {summary(report)}", file=sys.stderr)
    elif (note := old_rules_note(index.meta)) is not None:
        print(f"warning: {note}", file=sys.stderr)
    if opened.note is not None:
        print(f"warning: {opened.note}", file=sys.stderr)
    return index
