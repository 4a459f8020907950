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

from collections.abc import Iterator
from pathlib import Path

from qabot.ingest.cleaning import clean_lines, clean_text, normalize_lines
from qabot.ingest.dates import normalize_date
from qabot.ingest.encodings import decode_text, marked_encoding
from qabot.ingest.json_records import iter_json_lines, parse_json_articles
from qabot.records import Article, ArticleInfo, article_id

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
)
MAX_FILE_BYTES = 50_000_000  # a larger single document is an archive or a dump, not an article
# A folder's own notes, never articles (a downloaded collection often has a README.md)
NOTES_FILES = frozenset("readme license licence changelog contributing authors notice".split())


def is_notes_file(name: str) -> bool:
    """Return True for README, LICENSE and similar files: a folder's notes, not articles."""
    return Path(name).stem.casefold().split(".")[0] in NOTES_FILES


def notes_file_problem(name: str) -> str | None:
    """Return why a file named like a folder's notes is not added as an article, or None."""
    if not is_notes_file(name):
        return None
    return (
        f"{name} is named like a folder's notes (README, LICENSE, ...), which are never "
        "indexed. Rename it to add it as an article."
    )


def iter_article_file(path: Path, root: Path, warnings: list[str]) -> Iterator[Article]:
    """Yield the articles of one file; problems are appended to `warnings`, never raised.

    A JSON Lines file streams record by record (any size; MAX_RECORD_BYTES per record); any
    other file is one document of at most MAX_FILE_BYTES.
    """
    rel = path.relative_to(root).as_posix()
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            if suffix == ".jsonl" and marked_encoding(handle.read(4)) in (None, "utf-8-sig"):
                handle.seek(0)
                yield from iter_json_lines(handle, rel, warnings)
                return
            handle.seek(0)
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        warnings.append(f"skipped {rel}: it was removed while being read")
        return
    except OSError as error:
        warnings.append(f"skipped {rel}: cannot read it ({error.strerror or error})")
        return
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
    if suffix in (".html", ".htm"):
        article = parse_html_article(text, rel)
    else:
        article = parse_text_article(text, rel)
    if article is None:
        warnings.append(f"skipped {rel}: no article text found (only a title, or page furniture)")
        return
    yield article


def read_article_file(path: Path, root: Path) -> tuple[list[Article], list[str]]:
    """Read one file into articles; problems come back as warnings, never as exceptions."""
    warnings: list[str] = []
    articles = list(iter_article_file(path, root, warnings))
    return articles, warnings


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
            return str(values[0])
    return None


def parse_html_article(html: str, rel_path: str) -> Article | None:
    """Return the main story of a saved web page, or None when no text is found."""
    import trafilatura  # slow to import: only when a folder holds HTML

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if (
        not isinstance(document, trafilatura.settings.Document)
        or not (document.text or "").strip()
    ):
        return None
    lines = normalize_lines(document.text or "")
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
