"""Articles: files in the articles folder -> list[Article] (first step of the flow).

    articles -> passages -> index -> retrieval -> answer -> console / Telegram

Formats: .txt/.md (title line, optional front matter), .html/.htm (main text via trafilatura),
.json (an object or a list of objects) and .jsonl (one object per line). A bad file or record is
never an exception: it is skipped with a one-line warning naming the file (and line), so one
broken file cannot stop the rest of the folder from being indexed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from qabot.cleaning import clean_lines, clean_text, ends_sentence, normalize_lines
from qabot.errors import ArticlesError
from qabot.records import Article, ArticleInfo

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
)
MAX_FILE_BYTES = 50_000_000  # larger files are archives or dumps, not articles
# A folder's own notes, never articles (a downloaded collection often has a README.md)
NOTES_FILES = frozenset("readme license licence changelog contributing authors notice".split())


def is_notes_file(name: str) -> bool:
    """Return True for README, LICENSE and similar files: a folder's notes, not articles."""
    return Path(name).stem.casefold().split(".")[0] in NOTES_FILES


def notes_file_problem(name: str) -> str | None:
    """Return why a file named like a folder's notes is not added as an article, or None."""
    if not is_notes_file(name):
        return None
    return (f"{name} is named like a folder's notes (README, LICENSE, ...), which are never "
            "indexed. Rename it to add it as an article.")
_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_SOURCE_KEYS = ("source", "publisher", "outlet", "site_name", "sitename", "source_domain")
_DATE_KEYS = ("date", "published", "publishedAt", "published_at", "date_publish", "pubDate")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
}
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_DAY_MONTH_YEAR = re.compile(
    r"^(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})"
)
_MONTH_DAY_YEAR = re.compile(
    r"^(?:\w+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
)


def article_id(path: str) -> str:
    """Return a stable short id for an article path ("politics/012.txt", "feed.jsonl#7")."""
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def normalize_date(value: str | None) -> str | None:
    """Return `value` as ISO YYYY-MM-DD when it is a recognisable date, else None."""
    text = (value or "").strip()
    if not text:
        return None
    parts: tuple[int, int, int] | None = None
    if match := _ISO_DATE.match(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif (match := _DAY_MONTH_YEAR.match(text)) and match[2].lower() in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    elif (match := _MONTH_DAY_YEAR.match(text)) and match[1].lower() in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    else:
        try:
            return parsedate_to_datetime(text).date().isoformat()  # RFC 2822, as in feeds
        except (TypeError, ValueError, IndexError):
            return None
    try:
        return date(*parts).isoformat()
    except ValueError:
        return None


def find_article_files(folder: Path) -> list[Path]:
    """Return every supported file under `folder`, nested folders included, sorted by path.

    Hidden files and folders (".git", ".DS_Store"), a folder's notes (README, LICENSE, ...)
    and dangling links are skipped.
    """
    if not folder.exists():
        raise ArticlesError(
            f"The articles folder {folder} does not exist. Create it and put .txt, .md, .html, "
            ".json or .jsonl files in it, or point --articles at the right folder."
        )
    if not folder.is_dir():
        raise ArticlesError(
            f"{folder} is a file, not a folder. Point --articles at the folder that holds "
            "your articles."
        )
    found: list[Path] = []
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        found.extend(
            path
            for name in files
            if not name.startswith(".")
            and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            and not is_notes_file(name)
            and (path := Path(directory, name)).is_file()  # not a dangling link or a pipe
        )
    return sorted(found, key=lambda path: path.relative_to(folder).as_posix())


def _decode(data: bytes, rel: str) -> tuple[str | None, str | None]:
    """Return (text, None) or (None, warning) for the raw bytes of a file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, f"skipped {rel}: binary file, not text; articles must be text files"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        return None, (
            f"skipped {rel}: not UTF-8 text (byte 0x{byte:02x} at offset {error.start}); "
            "save it as UTF-8"
        )
    if not text.strip():
        return None, f"skipped {rel}: the file is empty"
    return text, None


def read_article_file(path: Path, root: Path) -> tuple[list[Article], list[str]]:
    """Read one file into articles; problems come back as warnings, never as exceptions."""
    rel = path.relative_to(root).as_posix()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return [], [f"skipped {rel}: larger than {MAX_FILE_BYTES // 1_000_000} MB"]
        data = path.read_bytes()
    except OSError as error:
        return [], [f"skipped {rel}: cannot read it ({error.strerror or error})"]
    text, warning = _decode(data, rel)
    if text is None:
        return [], [warning or f"skipped {rel}"]
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return parse_json_articles(text, rel, lines=suffix == ".jsonl")
    if suffix in (".html", ".htm"):
        article = parse_html_article(text, rel)
    else:
        article = parse_text_article(text, rel)
    if article is None:
        return [], [f"skipped {rel}: no article text found (only a title, or page furniture)"]
    return [article], []


def parse_text_article(raw: str, rel_path: str) -> Article | None:
    """Return the article in .txt/.md content, or None when it has no body text."""
    markdown = rel_path.lower().endswith((".md", ".markdown"))
    clean = clean_text(raw, markdown=markdown)
    if not clean.title or not clean.paragraphs:
        return None
    info = ArticleInfo(
        id=article_id(rel_path),
        path=rel_path,
        title=clean.title,
        source=clean.source,
        date=normalize_date(clean.date),
        url=clean.url,
    )
    return Article(info=info, text="\n\n".join(clean.paragraphs))


def _html_url(html: str) -> str | None:
    """Return the canonical link or og:url of a page, when it declares one."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    for query in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        values = [v.strip() for v in tree.xpath(query) if v.strip()]
        if values:
            return values[0]
    return None


def parse_html_article(html: str, rel_path: str) -> Article | None:
    """Return the main story of a saved web page, or None when no text is found."""
    import trafilatura  # slow to import: only when a folder holds HTML

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        return None
    lines = normalize_lines(document.text)
    title = (document.title or "").strip()
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None and " ".join(lines[first].split()) == " ".join(title.split()):
        lines = lines[first + 1 :]  # the extractor repeats the headline as the first line
    if not title and first is not None:
        title, lines = lines[first], lines[first + 1 :]
    paragraphs, byline = clean_lines(lines, each_line=True)
    if not paragraphs:
        return None
    host = (document.hostname or "").removeprefix("www.") or None
    info = ArticleInfo(
        id=article_id(rel_path),
        path=rel_path,
        title=title or rel_path,
        source=(document.sitename or "").strip() or byline or host,
        date=normalize_date(document.date),
        url=_html_url(html) or document.url,
    )
    return Article(info=info, text="\n\n".join(paragraphs))


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


def load_articles(folder: Path) -> tuple[list[Article], list[str]]:
    """Read every article under `folder`; return them with the warnings for skipped files."""
    articles: list[Article] = []
    warnings: list[str] = []
    for path in find_article_files(folder):
        found, problems = read_article_file(path, folder)
        articles.extend(found)
        warnings.extend(problems)
    return articles, warnings
