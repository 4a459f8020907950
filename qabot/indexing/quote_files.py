"""The quote-derived files of a generation: the quote index, the names of the people quoted,
the speaker directory's parts and whole, and the names written beside initials. Each keeps the
previous generation's rows of articles not read again, so an update costs what it changes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from qabot.fileio import Lines, split_jsonl, write_jsonl
from qabot.indexing.initialisms import INITIALISMS_FILE
from qabot.indexing.layout import FileEntry, read_meta
from qabot.indexing.previous import reading_previous
from qabot.indexing.quote_store import INDEX_FILE as QUOTE_INDEX
from qabot.indexing.quote_store import MAX_SEGMENTS, QuoteRow, compact, quote_total, segments
from qabot.indexing.quoted_names import (
    NAMES_FILE,
    name_counts,
    read_name_counts,
    write_name_counts,
)
from qabot.indexing.speaker_file import (
    PARTS_FILE,
    kept_parts,
    merged_in_file_order,
    parts_of,
    parts_of_rows,
    write_parts,
    write_speakers,
)


def write_quote_index(
    old_dir: Path | None,
    out: Path,
    replaced: set[str],
    quote_rows: dict[str, QuoteRow],
    manifest: dict[str, FileEntry],
    reads: bool,
) -> int:
    """Write the quote index (the old generation's rows of articles not read again, then the
    new ones; segments compacted when updates left too many), the names of the people quoted,
    every article's part of the speaker directory and, from a build, a compaction or a run that
    reads no article, the directory (`speaker_file`: merging costs the whole archive); return
    how many quotes they hold. Kept rows and parts are copied as written and the names counted
    from the last counts: an update costs what it changes. Every kept row is decoded when the
    last generation stores no parts or no name counts (an older qabot's), or to compact."""
    new_rows = list(quote_rows.values())
    compacting = len(segments(out)) > MAX_SEGMENTS
    dropped = replaced | quote_rows.keys()
    with reading_previous(QUOTE_INDEX):
        kept, gone = split_jsonl(old_dir / QUOTE_INDEX if old_dir else None, "article_id", dropped)
        counted = read_name_counts(old_dir / NAMES_FILE) if old_dir else Counter[str]()
        total = quote_total(kept) + sum(row.count for row in new_rows)
    with reading_previous(PARTS_FILE):
        parts = kept_parts(old_dir, read_meta(old_dir), dropped) if old_dir else Lines((), 0)
    with reading_previous(QUOTE_INDEX):
        whole = counted is None or parts is None or compacting  # every kept row decoded
        read = [QuoteRow.from_json(json.loads(line)) for line in (kept if whole else gone)]
    live_rows = [*read, *new_rows] if whole else new_rows
    if counted is not None and not compacting:
        write_jsonl(out / QUOTE_INDEX, (row.to_json() for row in new_rows), kept)
        if whole:
            with reading_previous(QUOTE_INDEX):
                gone_rows = [QuoteRow.from_json(json.loads(line)) for line in gone]
        else:
            gone_rows = read
        names = counted - name_counts(gone_rows) + name_counts(new_rows)
    else:
        if compacting:
            live_rows = compact(out, live_rows)
        write_jsonl(out / QUOTE_INDEX, (row.to_json() for row in live_rows))
        names = name_counts(live_rows)
    write_name_counts(out / NAMES_FILE, names)
    if parts is None:  # none stored: every live row's, from the rows decoded above
        parts, new_rows = Lines((), 0), live_rows
    new_parts = parts_of_rows(new_rows)
    write_parts(out, parts, new_parts)
    if old_dir is None or compacting or not reads:
        with reading_previous(PARTS_FILE):
            stored = parts_of(b"".join(parts.runs))
        write_speakers(out, merged_in_file_order(stored | new_parts, manifest))
    return total


def write_initialisms(
    old_dir: Path | None, out: Path, replaced: set[str], new: dict[str, list[dict[str, str]]]
) -> None:
    """Write initialisms.jsonl: the old generation's rows of articles not read again, then
    those of the articles read in this update."""
    with reading_previous(INITIALISMS_FILE):
        kept, _ = split_jsonl(
            old_dir / INITIALISMS_FILE if old_dir else None, "article", replaced | new.keys()
        )
    write_jsonl(out / INITIALISMS_FILE, (row for rows in new.values() for row in rows), kept)
