"""JSON articles: a .json file (one object or a list of them) or .jsonl (one per line) -> Articles.

Exporters name their fields differently (news APIs, scrapers, extraction tools), so each field is
the first non-empty one among several usual keys. A bad line or record is skipped with a warning
naming it, never an exception: the other records of the file are still read. JSON Lines are
read record by record from the open file (`iter_json_lines`), so a dump of any size streams
through in bounded memory; each line is decoded on its own, so one line that is not UTF-8 costs
only that line.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import BinaryIO

from qabot.ingest.bylines import byline_names
from qabot.ingest.cleaning import clean_lines, normalize_lines
from qabot.ingest.dates import normalize_date
from qabot.ingest.sentence_end import ends_sentence
from qabot.records import Article, ArticleInfo, article_id
from qabot.text import without_soft_hyphens

_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_SOURCE_KEYS = ("source", "publisher", "outlet", "site_name", "sitename", "source_domain")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_DATE_KEYS = ("date", "published", "publishedAt", "published_at", "date_publish", "pubDate")
MAX_RECORD_BYTES = 50_000_000  # one record of a JSON Lines file, as one document of other files
_SKIP_BLOCK = 1 << 20


def _valid(text: str) -> str:
    """Return `text` with lone surrogates (JSON may escape them: "\\ud800") as U+FFFD, so it can
    be written as UTF-8 and indexed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _timestamp_date(value: float) -> str | None:
    """Return the date of seconds (or milliseconds) since the epoch, None when out of range."""
    if not math.isfinite(value):
        return None
    try:
        moment = datetime.fromtimestamp(value / (1000 if value > 10**11 else 1), UTC)
    except (OverflowError, OSError, ValueError):  # beyond year 9999, or the platform's range
        return None
    return moment.date().isoformat()


def _field(record: dict[str, object], keys: tuple[str, ...]) -> str | None:
    """Return the first non-empty field among `keys`, as text ({"name": ...} objects too)."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):  # {"source": {"id": "bbc-news", "name": "BBC News"}}
            value = value.get("name") or value.get("title")
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue  # null, lists, nested objects: not a value we can show
        if isinstance(value, int | float) and key in _DATE_KEYS and value > 10**8:
            # seconds since the epoch (milliseconds when implausibly large)
            return _timestamp_date(value)
        if isinstance(value, float) and not math.isfinite(value):
            continue  # Infinity, NaN
        text = _valid(str(value).strip())
        if text:
            return text
    return None


def _record_article(record: object, rel: str, where: str, number: int) -> Article | str:
    """Return the Article of one JSON record, or a warning string saying what is wrong."""
    if not isinstance(record, dict):
        return f'skipped {rel} {where}: expected a JSON object with a "text" field'
    key = next((k for k in _TEXT_KEYS if record.get(k)), "text")
    body = record.get(key) or ""
    listed = isinstance(body, list) and all(isinstance(part, str) for part in body)
    if listed:
        body = "\n\n".join(body)  # a list of paragraphs
    if not isinstance(body, str):  # a list of objects, a number: there is a field, but no text
        return (
            f'skipped {rel} {where}: "{key}" is {_kind_of(body)}, not a string; give the '
            "article text as one string"
        )
    if not body.strip():
        return f'skipped {rel} {where}: no "text" field; give each record its article text'
    body = _valid(body)
    record_id = _field(record, ("id", "_id")) or str(number)
    path = f"{rel}#{record_id}"
    paragraphs, byline = clean_lines(normalize_lines(body))
    title = without_soft_hyphens(_field(record, ("title", "headline")) or "")
    if not title:
        first = paragraphs[0] if paragraphs else ""
        if len(paragraphs) > 1 and len(first.split()) <= 20 and not ends_sentence(first):
            title, paragraphs = first, paragraphs[1:]  # a headline line opens the text
        else:
            title = " ".join(first.split()[:12]) + ("…" if len(first.split()) > 12 else "")
    if not paragraphs and listed:  # its items are no paragraphs: the list is what is wrong
        return (
            f'skipped {rel} {where}: "{key}" is a list, not a string, and its items hold no '
            "article text; give the article text as one string"
        )
    if not paragraphs:
        return f"skipped {rel} {where}: the text is only page furniture"
    source = _field(record, _SOURCE_KEYS) or byline
    info = ArticleInfo(
        id=article_id(rel, record_id),
        path=path,
        title=title,
        source=source,
        date=normalize_date(_field(record, _DATE_KEYS)),
        url=_field(record, ("url", "link", "canonical_url")),
        author=next(
            (n for k in _AUTHOR_KEYS if (n := byline_names(record.get(k), outlet=source))), None
        ),
    )
    return Article(info=info, text="\n\n".join(paragraphs))


def _kind_of(value: object) -> str:
    """Return what a JSON value is, as a message names it ("a list", "an object")."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "true or false" if isinstance(value, bool) else "a number"


def _unreadable_date(record: object) -> str | None:
    """Return the date field a record gives (shortened) when it names no day, else None."""
    if not isinstance(record, dict):
        return None
    for key in _DATE_KEYS:
        value = record.get(key)
        if value not in (None, "", [], {}):
            shown = repr(value)
            return shown if len(shown) <= 40 else shown[:39] + "…"
    return None


def _load(text: str, *, whole_file: bool) -> tuple[object, str | None]:
    """Return the value of one JSON text, or (None, why it is not valid JSON)."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as error:
        return None, f"not valid JSON ({_where(error, whole_file=whole_file)})"
    except RecursionError:
        return None, "not valid JSON (nested too deeply)"
    except ValueError as error:  # an integer of thousands of digits
        return None, f"not valid JSON ({error})"


def _where(error: json.JSONDecodeError, *, whole_file: bool) -> str:
    """Return the decoder's message with where it stopped: the line of a whole file, the column
    of a JSON Lines line (its line is named already). Two messages end on "at" ("Unterminated
    string starting at"), which read "starting at at line 1" or ended on "at" unsaid."""
    message = error.msg
    open_ended = message.endswith(" at")
    where = f"line {error.lineno}" if whole_file else f"column {error.colno}" if open_ended else ""
    if not where:
        return message
    return f"{message} {where}" if open_ended else f"{message} at {where}"


def _articles(
    records: Iterable[tuple[str, int, object]], rel: str, warnings: list[str]
) -> Iterator[Article]:
    """Yield the articles of numbered records; warn about bad ones and repeated ids."""
    used: dict[str, str] = {}
    for where, number, record in records:
        result = _record_article(record, rel, where, number)
        if isinstance(result, str):
            warnings.append(result)
        elif result.info.path in used:
            warnings.append(
                f"skipped {rel} {where}: id {result.info.path.split('#', 1)[1]!r} is already "
                f"used on {used[result.info.path]}; give each record its own id"
            )
        else:
            used[result.info.path] = where
            if result.info.date is None and (bad := _unreadable_date(record)) is not None:
                warnings.append(f"{rel} {where}: {bad} is not a date; indexed without one")
            yield result


def _lines(handle: BinaryIO, rel: str, warnings: list[str]) -> Iterator[tuple[str, int, object]]:
    """Yield the records of a JSON Lines file, line by line, each decoded on its own."""
    number = 0
    while line := handle.readline(MAX_RECORD_BYTES + 1):
        number += 1
        if len(line) > MAX_RECORD_BYTES:
            while line and not line.endswith(b"\n"):  # skip the rest of this record unread
                line = handle.readline(_SKIP_BLOCK)
            warnings.append(
                f"skipped {rel} line {number}: record larger than "
                f"{MAX_RECORD_BYTES // 1_000_000} MB"
            )
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            warnings.append(
                f"skipped {rel} line {number}: not UTF-8 text (byte "
                f"0x{line[error.start]:02x} at column {error.start + 1}); save it as UTF-8"
            )
            continue
        if not text.strip():
            continue
        record, problem = _load(text, whole_file=False)
        if problem:
            warnings.append(f"skipped {rel} line {number}: {problem}")
            continue
        yield f"line {number}", number, record


def iter_json_lines(handle: BinaryIO, rel: str, warnings: list[str]) -> Iterator[Article]:
    """Yield the articles of an open UTF-8 JSON Lines file, record by record."""
    yield from _articles(_lines(handle, rel, warnings), rel, warnings)


def parse_json_articles(text: str, rel: str, *, lines: bool) -> tuple[list[Article], list[str]]:
    """Return the articles of a .json (object or list) or .jsonl (one per line) text."""
    warnings: list[str] = []
    if lines:
        # split on "\n" only: JSON strings may hold U+2028, which splitlines() would cut at
        handle = io.BytesIO(text.encode("utf-8", "surrogatepass"))
        return list(iter_json_lines(handle, rel, warnings)), warnings
    data, problem = _load(text, whole_file=True)
    if problem:
        return [], [f"skipped {rel}: {problem}"]
    items = data if isinstance(data, list) else [data]
    records = ((f"record {n}", n, item) for n, item in enumerate(items, start=1))
    return list(_articles(records, rel, warnings)), warnings
