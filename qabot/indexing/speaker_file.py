"""The stored speaker directory: everyone quoted, names merged across articles, written with
each generation (speakers.json) so that no process answering a speech question merges them.

Merging names (`qabot.attribution.merge_names`) runs over every article's summary of who speaks
(~0.3 CPU-s on 2,283 articles, 1.7-2.8 s at a million passages). Its first step, naming each
article's speakers from that article alone, is stored per article (speaker_parts.jsonl, one
`ArticleNames` a row): every update copies the rows of the articles it keeps as they are and
adds those of the articles it reads, at the cost of what it changes. The merge across articles
is not done in pieces (a surname's one full name may change with any article added or removed)
and writing it costs the whole archive (~2 CPU-s an update at a million passages), so a build,
a compaction and a run that reads no article write speakers.json; after an update that reads
or drops articles, a process merges the stored parts on its first speech question, in the order
of the files the articles come from, as a build merges them: the directory a build of the same
files stores, without decoding every quote-index row or naming every article's speakers again.
A generation without the parts (written by an older qabot) gets them at its next update, from
its quote index's rows, once. A generation of other merging, quote or summary rules
(`MERGING_VERSION`, `ATTRIBUTION_VERSION`) still answers: its names are merged from its rows.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qabot.attribution import ATTRIBUTION_VERSION, MERGING_VERSION
from qabot.fileio import Lines, split_jsonl, write_jsonl
from qabot.indexing.layout import FileEntry

if TYPE_CHECKING:
    from qabot.attribution import ArticleNames, MergedNames
    from qabot.indexing.quote_store import QuoteRow

# the names' code (`ArticleNames`, `MergedNames`, merging) is imported in the functions that use
# it, with the first speech question or a build: a process answering plain ones never loads it

SPEAKERS_FILE = "speakers.json"
PARTS_FILE = "speaker_parts.jsonl"  # one row an article: {"article_id": ..., "part": ...}


def stores_speakers(meta: dict[str, Any]) -> bool:
    """Return whether the generation described by `meta` stores a directory this qabot reads:
    written, merged by today's merging rules, and by today's quote and summary rules (an index
    of older ones still answers, and its names are merged by today's code, as before)."""
    return _stores(meta, SPEAKERS_FILE)


def stores_parts(meta: dict[str, Any]) -> bool:
    """Return whether the generation described by `meta` stores every article's part of the
    directory under today's rules (`stores_speakers`)."""
    return _stores(meta, PARTS_FILE)


def _stores(meta: dict[str, Any], name: str) -> bool:
    checksums = meta.get("checksums")
    return (
        isinstance(checksums, dict)
        and name in checksums
        and meta.get("merging_version") == MERGING_VERSION
        and meta.get("attribution_version") == ATTRIBUTION_VERSION
    )


def speakers_of(data: bytes) -> MergedNames:
    """Return the directory stored as `data` (ValueError when it is not one of this version)."""
    from qabot.attribution import MergedNames

    return MergedNames.from_json(json.loads(data))


def parts_of_rows(rows: Iterable[QuoteRow]) -> dict[str, ArticleNames]:
    """Return the parts of these quote-index rows' articles (article id -> its part)."""
    from qabot.attribution import article_names

    return {row.article_id: article_names(row.speakers) for row in rows}


def parts_of(data: bytes) -> dict[str, ArticleNames]:
    """Return the parts stored as `data` (JSON Lines of PARTS_FILE), article id -> part
    (ValueError when a row is not one: never a directory of parts half read)."""
    from qabot.attribution import ArticleNames

    # the rows parsed as one JSON array: one call, not one a row (a JSON line holds no raw
    # line break: the encoder escapes them inside strings)
    rows = json.loads(b"[" + data.rstrip(b"\n").replace(b"\n", b",") + b"]")
    if not all(isinstance(row, dict) and type(row.get("article_id")) is str for row in rows):
        raise ValueError(f"{PARTS_FILE} holds a row that is no article's part")
    return {row["article_id"]: ArticleNames.from_json(row.get("part")) for row in rows}


def kept_parts(generation: Path, meta: dict[str, Any], dropped: Collection[str]) -> Lines | None:
    """Return the stored rows of a generation's parts, those of articles in `dropped` left
    out, as written (copied into the next generation as they are: no row decoded); None when
    it stores none under today's rules (written by an older qabot)."""
    if not stores_parts(meta):
        return None
    kept, _ = split_jsonl(generation / PARTS_FILE, "article_id", dropped)
    return kept


def write_parts(out: Path, kept: Lines, new: dict[str, ArticleNames]) -> None:
    """Write the parts file of a generation: the kept rows as written, then the new parts."""
    rows = ({"article_id": article_id, "part": part.to_json()} for article_id, part in new.items())
    write_jsonl(out / PARTS_FILE, rows, kept)


def merged_in_file_order(
    parts: dict[str, ArticleNames], manifest: dict[str, FileEntry]
) -> MergedNames:
    """Return the names merged from every live article's part, in the order of the files the
    articles come from (`manifest`: path -> what it holds), as a build of every article merges
    them: who was quoted first breaks ties of quote counts, and an update's new articles take
    their files' places."""
    from qabot.attribution import merge_parts

    at = {
        article_id: n
        for n, article_id in enumerate(
            article_id for _, entry in sorted(manifest.items()) for article_id in entry.article_ids
        )
    }
    in_order = sorted(parts, key=lambda article_id: at.get(article_id, len(at)))
    return merge_parts((article_id, parts[article_id]) for article_id in in_order)


def write_speakers(out: Path, merged: MergedNames) -> None:
    """Write the directory into generation folder `out`."""
    text = json.dumps(merged.to_json(), ensure_ascii=False, separators=(",", ":"))
    (out / SPEAKERS_FILE).write_text(text + "\n", encoding="utf-8")
