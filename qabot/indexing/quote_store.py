"""Quotes on disk: append-only segments of JSON Lines, and one summary row per article.

Why not one quotes file: an archive of a million passages holds about two million quotes, and
reading them all for the first "what did X say?", or rewriting them all to add one article,
takes tens of seconds. Each generation writes one new segment with the quotes of the articles it
read and hard-links the segments before it (they never change). `quote_index.jsonl` tells, per
live article, where its quotes are and who speaks in them (name as written, count, role words):
all the speaker directory needs, so quotes themselves are read only for the articles an answer
shows. Each quote's line holds its analysed terms too (`quote_terms`), read back with it.
Quotes of removed or changed articles stay in their segment, unread, until a rebuild.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from qabot.fileio import AppendOnlyFile, Lines, ReadAt, share_file
from qabot.indexing.quote_terms import QuoteTerms, read_quote
from qabot.indexing.stored_lines import PLAIN, DecodedLines
from qabot.records import Quote, flat_dict
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.attribution import Summary

INDEX_FILE = "quote_index.jsonl"
MAX_SEGMENTS = 32  # past this many, an update copies the live quotes into one new segment
_SEGMENT = lazy(r"quotes-([0-9]{6})\.jsonl")
_SEGMENT_NAME = r"quotes-[0-9]{6}\.jsonl"  # a segment's name: never a path elsewhere
# a number as json.dumps writes an int not below zero: its ASCII digits, no leading zero (`\d`
# would take other scripts' digits, which int() reads and json.loads refuses)
_NUMBER = r"(?:0|[1-9][0-9]*)"
# a row's opening as `QuoteRow.to_json` writes it, up to its count (strings without an escape)
_ROW_OPENING = (
    rf'\{{"article_id": "{PLAIN}", "segment": "{_SEGMENT_NAME}", "offset": {_NUMBER}, '
    rf'"length": {_NUMBER}, "count": ({_NUMBER}), '
)
_COUNTED = lazy(_ROW_OPENING)
# the same opening read for where the row's quotes are (`StoredRows.place`)
_PLACED = lazy(
    rf'\{{"article_id": "{PLAIN}", "segment": "({_SEGMENT_NAME})", "offset": ({_NUMBER}), '
    rf'"length": ({_NUMBER}), '
)


@dataclass(frozen=True, slots=True)
class QuotePlace:
    """Where one article's quotes are: its segment, and the bytes they take there."""

    segment: str
    offset: int
    length: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteRow:
    """One live article in the quote index: where its quotes are, and who speaks in them."""

    article_id: str
    segment: str
    offset: int
    length: int
    count: int
    speakers: Summary

    def to_json(self) -> dict[str, Any]:
        """Return the row as stored in quote_index.jsonl."""
        return {
            "article_id": self.article_id,
            "segment": self.segment,
            "offset": self.offset,
            "length": self.length,
            "count": self.count,
            "speakers": {name: entry.to_json() for name, entry in self.speakers.items()},
        }

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> QuoteRow:
        """Return the row stored by `to_json` (ValueError, KeyError or TypeError if garbled)."""
        # imported here: a process that never decodes a row (a plain question's) never imports
        # the summaries' code
        from qabot.attribution import SpeakerSummary

        speakers = row["speakers"]
        if not isinstance(speakers, dict):
            raise ValueError("speakers is not an object")
        segment, offset, length = row["segment"], row["offset"], row["length"]
        if not isinstance(segment, str) or not re.fullmatch(_SEGMENT_NAME, segment):
            raise ValueError(f"segment {segment!r} is not a quote segment's name")
        if type(offset) is not int or type(length) is not int or min(offset, length) < 0:
            raise ValueError(f"the place {offset!r}, {length!r} is not two whole numbers")
        return cls(
            article_id=str(row["article_id"]),
            segment=segment,
            offset=offset,
            length=length,
            count=int(row["count"]),
            speakers={str(k): SpeakerSummary.from_json(v) for k, v in speakers.items()},
        )


def quote_count(line: str) -> int:
    """Return the count of a quote-index row from its line, read from the line's opening
    when it is as `QuoteRow.to_json` writes it (its speakers not decoded)."""
    opening = _COUNTED.match(line)
    return int(opening[1]) if opening else int(json.loads(line)["count"])


# the same opening after a line break, in the bytes of kept lines (`quote_total`; compiled on
# first use by `re`, whose cache keeps it)
_COUNTED_LINE = ("\n" + _ROW_OPENING).encode()


def quote_total(lines: Lines) -> int:
    """Return the quotes counted by the quote-index rows of `lines`: `quote_count` of each,
    read from the openings of all the rows of a run at once when each opens as `QuoteRow.to_json`
    writes it (an update's kept rows: no line decoded or cut out)."""
    total = 0
    for run in lines.runs:
        counts = re.findall(_COUNTED_LINE, b"\n" + run)
        if len(counts) == run.count(b"\n"):
            total += sum(map(int, counts))
        else:
            total += sum(map(quote_count, Lines((run,), run.count(b"\n"))))
    return total


def segments(directory: Path) -> list[Path]:
    """Return the quote segments of a generation folder, oldest first."""
    return sorted(p for p in directory.iterdir() if _SEGMENT.fullmatch(p.name))


def link_segments(source: Path, target: Path) -> None:
    """Give `target` the segments of `source` (shared: a segment is never rewritten)."""
    for segment in segments(source):
        share_file(segment, target / segment.name)


class SegmentWriter:
    """Writes the quotes of newly read articles into a new segment of a generation folder."""

    def __init__(self, directory: Path) -> None:
        numbers = [int(p.name[7:13]) for p in segments(directory)]  # quotes-NNNNNN.jsonl
        self.name = f"quotes-{max(numbers, default=0) + 1:06d}.jsonl"
        self._file = AppendOnlyFile(directory / self.name)

    def write(
        self, article_id: str, quotes: list[Quote], summary: Summary, terms: Sequence[QuoteTerms]
    ) -> QuoteRow:
        """Append one article's quotes, each line with its `terms` (and word pieces); return
        its row for the quote index."""
        lines = ({**flat_dict(q), **t.line_fields()} for q, t in zip(quotes, terms, strict=True))
        data = b"".join(
            json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n" for line in lines
        )
        return QuoteRow(
            article_id=article_id,
            segment=self.name,
            offset=self.append(data),
            length=len(data),
            count=len(quotes),
            speakers=summary,
        )

    def append(self, data: bytes) -> int:
        """Append raw bytes; return the offset they start at."""
        return self._file.append(data)

    def close(self) -> None:
        self._file.close()


class Placed(Protocol):
    """What tells where an article's quotes are: a `QuoteRow` or a `QuotePlace`."""

    @property
    def segment(self) -> str: ...
    @property
    def offset(self) -> int: ...
    @property
    def length(self) -> int: ...


_Placed = TypeVar("_Placed", bound=Placed)


def _row_bytes(
    directory: Path, rows: Iterable[_Placed], read_at: ReadAt | None = None
) -> Iterator[tuple[_Placed, bytes]]:
    """Yield each quote-index row with the bytes of its quotes (JSON Lines), read through
    `read_at` (segments it keeps open) or a reader of its own, closed at the end."""
    reader = read_at or ReadAt()
    paths: dict[str, Path] = {}  # a path made once a segment: joining one costs ~2 us a row
    try:
        for row in rows:
            path = paths.get(row.segment)
            if path is None:
                path = paths[row.segment] = directory / row.segment
            yield row, reader.read(path, row.offset, row.length)
    finally:
        if read_at is None:
            reader.close()


def compact(directory: Path, rows: list[QuoteRow]) -> list[QuoteRow]:
    """Copy the quotes of `rows` into one new segment, drop the others; return the new rows.

    Run when updates have left many segments (and the quotes of removed articles in them): the
    bytes are copied as they are, without parsing, so it costs about one read of the live quotes.
    """
    writer = SegmentWriter(directory)
    try:
        compacted = [
            replace(row, segment=writer.name, offset=writer.append(data))
            for row, data in _row_bytes(directory, rows)
        ]
    finally:
        writer.close()
    for segment in segments(directory):
        if segment.name != writer.name:
            segment.unlink()
    return compacted


def read_quotes(
    directory: Path, rows: Iterable[Placed], read_at: ReadAt | None = None
) -> Iterator[Quote]:
    """Yield the quotes of these quote-index rows (or their places), row by row, in each
    article's order; with `read_at`, each row's bytes are read in place from segments it keeps
    open (an answer reads the quotes of a few articles: opening the segment each time cost more
    than reading them)."""
    for _, data in _row_bytes(directory, rows, read_at):
        # an article's lines parsed as one JSON array: one call, not one per quote (a JSON
        # line holds no raw line break: the encoder escapes them inside strings)
        lines = data.rstrip(b"\r\n").replace(b"\r\n", b"\n").replace(b"\n", b",")
        for fields in json.loads(b"[" + lines + b"]") if lines else ():
            yield read_quote(fields)


class StoredRows(DecodedLines[QuoteRow]):
    """The quote index of a live generation: article id -> its row, each decoded when first
    asked for. A speech question reads the quotes of some thirty articles, and decoding every
    row's speakers (thousands of summaries, ~0.04 CPU-s on 2,283 articles) was half the cost
    of reading the quote index; the speaker directory is stored apart (`speaker_file`). The
    rows are kept as their lines, found by their article ids (`stored_lines.keyed_lines`):
    decoding them all as JSON was 0.14 CPU-s of the first speech question at a million
    passages."""

    def __init__(self, text: str, damaged: Callable[[Exception], Exception]) -> None:
        super().__init__(text, "article_id", damaged)

    def decode(self, line: str) -> QuoteRow:
        return QuoteRow.from_json(json.loads(line))

    def place(self, article_id: str) -> QuotePlace | None:
        """Return where an article's quotes are (None: it has none), read from its row's
        opening when it is as `QuoteRow.to_json` writes it: its speakers are not decoded (a
        "who said" answer reads the quotes of some thirty articles, and decoding their rows
        was a tenth of its time at a million passages)."""
        row = self._decoded.get(article_id)
        if row is None:
            stored = self._lines.get(article_id)
            if stored is None:
                return None
            opening = _PLACED.match(stored)
            if opening is not None:
                return QuotePlace(opening[1], int(opening[2]), int(opening[3]))
            row = self[article_id]
        return QuotePlace(row.segment, row.offset, row.length)
