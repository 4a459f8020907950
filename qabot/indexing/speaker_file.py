"""The stored speaker directory: everyone quoted, names merged across articles, written with
each generation (speakers.json) so that no process answering a speech question merges them.

Merging names (`qabot.attribution.merge_names`) runs over every article's summary of who speaks
(~0.3 CPU-s on 2,283 articles, 1.7-2.8 s at a million passages): it ran in every process, on
its first speech question. Every update that writes a generation merges them again from every
row of its quote index (a surname's one full name may change with any article added or
removed), in the order of the files they come from, so an update stores the directory a build
of the same files stores. A generation without the file (written by an older qabot), or
written under other merging, quote or summary rules (`MERGING_VERSION`, `ATTRIBUTION_VERSION`),
still answers: the directory is then merged at the first speech question, as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qabot.attribution import ATTRIBUTION_VERSION, MERGING_VERSION, MergedNames, merge_names
from qabot.indexing.layout import FileEntry
from qabot.indexing.quote_store import QuoteRow

SPEAKERS_FILE = "speakers.json"


def write_speakers(out: Path, rows: Iterable[QuoteRow], manifest: dict[str, FileEntry]) -> None:
    """Write the directory of a generation's quote-index `rows` into `out`, merged in the order
    of the files they come from (`manifest`: path -> what it holds), as a build of every
    article reads them: an update that adds, changes or removes a file keeps its other rows
    first and puts the new ones last, and who was quoted first breaks ties of quote counts."""
    at = {
        article_id: n
        for n, article_id in enumerate(
            article_id for _, entry in sorted(manifest.items()) for article_id in entry.article_ids
        )
    }
    in_order = sorted(rows, key=lambda row: at.get(row.article_id, len(at)))
    merged = merge_names((row.article_id, row.speakers) for row in in_order)
    text = json.dumps(merged.to_json(), ensure_ascii=False, separators=(",", ":"))
    (out / SPEAKERS_FILE).write_text(text + "\n", encoding="utf-8")


def stores_speakers(meta: dict[str, Any]) -> bool:
    """Return whether the generation described by `meta` stores a directory this qabot reads:
    written, merged by today's merging rules, and by today's quote and summary rules (an index
    of older ones still answers, and its names are merged by today's code, as before)."""
    checksums = meta.get("checksums")
    return (
        isinstance(checksums, dict)
        and SPEAKERS_FILE in checksums
        and meta.get("merging_version") == MERGING_VERSION
        and meta.get("attribution_version") == ATTRIBUTION_VERSION
    )


def speakers_of(data: bytes) -> MergedNames:
    """Return the directory stored as `data` (ValueError when it is not one of this version)."""
    return MergedNames.from_json(json.loads(data))
