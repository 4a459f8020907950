"""Articles: files in the articles folder -> list[Article] (first step of the flow).

    articles -> passages -> index -> retrieval -> answer -> console / Telegram

Formats: .txt/.md (title line, optional front matter), .html/.htm (main text via trafilatura),
.json (an object or a list of objects) and .jsonl (one object per line). A bad file or record is
never an exception: it is skipped with a one-line warning naming the file (and line), so one
broken file cannot stop the rest of the folder from being indexed. JSON files are read by
`json_articles`, dates by `dates`.
"""

from __future__ import annotations

import os
from pathlib import Path

from qabot.errors import ArticlesError
from qabot.ingest.cleaning import clean_lines, clean_text, normalize_lines
from qabot.ingest.dates import normalize_date
from qabot.ingest.json_records import parse_json_articles
from qabot.records import Article, ArticleInfo, article_id

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
    return (
        f"{name} is named like a folder's notes (README, LICENSE, ...), which are never "
        "indexed. Rename it to add it as an article."
    )


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


def load_articles(folder: Path) -> tuple[list[Article], list[str]]:
    """Read every article under `folder`; return them with the warnings for skipped files."""
    articles: list[Article] = []
    warnings: list[str] = []
    for path in find_article_files(folder):
        found, problems = read_article_file(path, folder)
        articles.extend(found)
        warnings.extend(problems)
    return articles, warnings
