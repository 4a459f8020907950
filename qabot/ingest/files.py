"""Articles: files in the articles folder -> list[Article] (first step of the flow).

    articles -> passages -> index -> retrieval -> answer -> console / Telegram

Formats: .txt/.md (title line, optional front matter), .html/.htm (main text via trafilatura),
.json (an object or a list of objects) and .jsonl (one object per line). A bad file or record is
never an exception: it is skipped with a one-line warning naming the file (and line), so one
broken file cannot stop the rest of the folder from being indexed. JSON files are read by
`json_records` (JSON Lines record by record, streamed), encodings told apart by `encodings`,
dates read by `dates`; which files of a folder are articles is decided in `folder`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from qabot.ingest.bylines import byline_names
from qabot.ingest.cleaning import clean_text, normalize_lines
from qabot.ingest.dates import normalize_date
from qabot.ingest.encodings import decode_text, marked_encoding
from qabot.ingest.html_pages import read_html_page
from qabot.ingest.json_records import iter_json_lines, parse_json_articles
from qabot.ingest.page_kinds import NO_TEXT, PageReading
from qabot.records import Article, ArticleInfo, article_id

MAX_FILE_BYTES = 50_000_000  # a larger single document is an archive or a dump, not an article


def iter_article_file(path: Path, root: Path, warnings: list[str]) -> Iterator[Article]:
    """Yield the articles of one file; problems are appended to `warnings`, never raised.

    A JSON Lines file streams record by record (any size; MAX_RECORD_BYTES per record); any
    other file is one document of at most MAX_FILE_BYTES.
    """
    rel = path.relative_to(root).as_posix()
    try:
        with path.open("rb") as handle:
            yield from _articles_of(handle, rel, warnings)
    except FileNotFoundError:
        warnings.append(f"skipped {rel}: it was removed while being read")
    except OSError as error:
        warnings.append(f"skipped {rel}: cannot read it ({error.strerror or error})")


def read_article_bytes(name: str, data: bytes) -> tuple[list[Article], list[str]]:
    """Read the bytes of a file named `name` (not saved anywhere yet) into articles."""
    warnings: list[str] = []
    return list(_articles_of(io.BytesIO(data), name, warnings)), warnings


def _articles_of(handle: BinaryIO, rel: str, warnings: list[str]) -> Iterator[Article]:
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix == ".jsonl" and marked_encoding(handle.read(4)) in (None, "utf-8-sig"):
        handle.seek(0)
        yield from iter_json_lines(handle, rel, warnings)
        return
    handle.seek(0)
    data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        warnings.append(
            f"skipped {rel}: larger than {MAX_FILE_BYTES // 1_000_000} MB (split it, or save "
            "an archive as JSON Lines: one article per line)"
        )
        return
    text, warning = decode_text(data, rel)
    if text is None:
        warnings.append(warning or f"skipped {rel}")
        return
    if suffix in (".json", ".jsonl"):
        articles, problems = parse_json_articles(text, rel, lines=suffix == ".jsonl")
        warnings.extend(problems)
        yield from articles
        return
    page = read_html_page(text, rel) if suffix in (".html", ".htm") else read_text_page(text, rel)
    if page.article is None:
        warnings.append(f"skipped {rel}: {page.problem or NO_TEXT}")
        return
    if page.note:
        warnings.append(page.note)
    yield page.article


def read_article_file(path: Path, root: Path) -> tuple[list[Article], list[str]]:
    """Read one file into articles; problems come back as warnings, never as exceptions."""
    warnings: list[str] = []
    articles = list(iter_article_file(path, root, warnings))
    return articles, warnings


def parse_text_article(raw: str, rel_path: str) -> Article | None:
    """Return the article in .txt/.md content, or None when it has no body text."""
    return read_text_page(raw, rel_path).article


def read_text_page(raw: str, rel_path: str) -> PageReading:
    """Read .txt/.md content into its article, or say why it holds none."""
    markdown = rel_path.lower().endswith((".md", ".markdown"))
    clean = clean_text(raw, markdown=markdown)
    if clean.problem or not clean.title or not clean.paragraphs:
        return PageReading(None, clean.problem or NO_TEXT)
    info = ArticleInfo(
        id=article_id(rel_path),
        path=rel_path,
        title=clean.title,
        source=clean.source,
        date=normalize_date(clean.date),
        url=clean.url,
        author=byline_names(clean.author, outlet=clean.source),
    )
    note = None
    if info.date is None and clean.date:  # the header gives a date that names no day
        shown = repr(clean.date) if len(clean.date) <= 40 else repr(clean.date[:39] + "…")
        where = next(
            (
                f" line {number}"
                for number, line in enumerate(normalize_lines(raw), 1)
                if ":" in line and clean.date in line
            ),
            "",
        )
        note = f"{rel_path}{where}: {shown} is not a date (write YYYY-MM-DD); indexed without one"
    if clean.unclosed_front_matter is not None:
        note = "; ".join(
            filter(
                None,
                [
                    f"{rel_path} line {clean.unclosed_front_matter}: front matter opened with "
                    "--- is never closed; its Key: value lines were read as the header (add a "
                    "line --- after them)",
                    note,
                ],
            )
        )
    return PageReading(Article(info=info, text="\n\n".join(clean.paragraphs)), note=note)
