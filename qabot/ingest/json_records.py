"""JSON articles: a .json file (one object or a list of them) or .jsonl (one per line) -> Articles.

Exporters name their fields differently (news APIs, scrapers, extraction tools), so each field is
the first non-empty one among several usual keys. A bad line or record is skipped with a warning
naming it, never an exception: the other records of the file are still read.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from qabot.ingest.cleaning import clean_lines, normalize_lines
from qabot.ingest.dates import normalize_date
from qabot.ingest.debris import ends_sentence
from qabot.records import Article, ArticleInfo, article_id

_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_SOURCE_KEYS = ("source", "publisher", "outlet", "site_name", "sitename", "source_domain")
_DATE_KEYS = ("date", "published", "publishedAt", "published_at", "date_publish", "pubDate")


def _field(record: dict[str, object], keys: tuple[str, ...]) -> str | None:
    """Return the first non-empty field among `keys`, as text ({"name": ...} objects too)."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):  # {"source": {"id": "bbc-news", "name": "BBC News"}}
            value = value.get("name") or value.get("title")
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float) and key in _DATE_KEYS and value > 10**8:
            # seconds since the epoch (milliseconds when implausibly large)
            value = datetime.fromtimestamp(value / (1000 if value > 10**11 else 1), UTC)
            return value.date().isoformat()
        text = str(value).strip()
        if text:
            return text
    return None


def _record_article(record: object, rel: str, where: str, number: int) -> Article | str:
    """Return the Article of one JSON record, or a warning string saying what is wrong."""
    if not isinstance(record, dict):
        return f'skipped {rel} {where}: expected a JSON object with a "text" field'
    body = next((record[k] for k in _TEXT_KEYS if record.get(k)), "")
    if isinstance(body, list) and all(isinstance(part, str) for part in body):
        body = "\n\n".join(body)  # a list of paragraphs
    if not isinstance(body, str) or not body.strip():
        return f'skipped {rel} {where}: no "text" field; give each record its article text'
    record_id = _field(record, ("id", "_id"))
    path = f"{rel}#{record_id or number}"
    paragraphs, byline = clean_lines(normalize_lines(body))
    title = _field(record, ("title", "headline")) or ""
    if not title:
        first = paragraphs[0] if paragraphs else ""
        if len(paragraphs) > 1 and len(first.split()) <= 20 and not ends_sentence(first):
            title, paragraphs = first, paragraphs[1:]  # a headline line opens the text
        else:
            title = " ".join(first.split()[:12]) + ("…" if len(first.split()) > 12 else "")
    if not paragraphs:
        return f"skipped {rel} {where}: the text is only page furniture"
    info = ArticleInfo(
        id=article_id(path),
        path=path,
        title=title,
        source=_field(record, _SOURCE_KEYS) or byline,
        date=normalize_date(_field(record, _DATE_KEYS)),
        url=_field(record, ("url", "link", "canonical_url")),
    )
    return Article(info=info, text="\n\n".join(paragraphs))


def parse_json_articles(text: str, rel: str, *, lines: bool) -> tuple[list[Article], list[str]]:
    """Return the articles of a .json (object or list) or .jsonl (one per line) file."""
    records: list[tuple[str, int, object]] = []
    warnings: list[str] = []
    if lines:
        # split on "\n" only: JSON strings may hold U+2028, which splitlines() would cut at
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                records.append((f"line {number}", number, json.loads(line)))
            except json.JSONDecodeError as error:
                warnings.append(f"skipped {rel} line {number}: not valid JSON ({error.msg})")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            return [], [f"skipped {rel}: not valid JSON ({error.msg} at line {error.lineno})"]
        items = data if isinstance(data, list) else [data]
        records = [(f"record {n}", n, item) for n, item in enumerate(items, start=1)]
    articles: list[Article] = []
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
            articles.append(result)
    return articles, warnings
