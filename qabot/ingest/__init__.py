"""Ingest: article files -> `Article` records.

Enters: a folder or single files (.txt, .md, .html, .json, .jsonl). Leaves: `Article`s with clean
text and `ArticleInfo` (title, outlet, date, url), and one warning per file or record left out.
`adding` is the check-and-copy shared by `qabot add` and the bot's upload.
"""

from qabot.ingest.adding import Checked, check_article_file, save_article_file
from qabot.ingest.bylines import byline_names
from qabot.ingest.dates import normalize_date
from qabot.ingest.dumped_text import fragment_paragraphs
from qabot.ingest.files import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    is_notes_file,
    iter_article_file,
    notes_file_problem,
    parse_text_article,
    read_article_bytes,
    read_article_file,
    read_text_page,
)
from qabot.ingest.folder import (
    Scan,
    find_article_files,
    load_articles,
    scan_article_files,
    shown_name,
)
from qabot.ingest.html_meta import strip_site_name
from qabot.ingest.html_pages import parse_html_article, read_html_page
from qabot.ingest.json_records import MAX_RECORD_BYTES
from qabot.ingest.page_kinds import PageReading
from qabot.ingest.reading_version import READING_VERSION

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_RECORD_BYTES",
    "READING_VERSION",
    "SUPPORTED_SUFFIXES",
    "Checked",
    "PageReading",
    "Scan",
    "byline_names",
    "check_article_file",
    "find_article_files",
    "fragment_paragraphs",
    "is_notes_file",
    "iter_article_file",
    "load_articles",
    "normalize_date",
    "notes_file_problem",
    "parse_html_article",
    "parse_text_article",
    "read_article_bytes",
    "read_article_file",
    "read_html_page",
    "read_text_page",
    "save_article_file",
    "scan_article_files",
    "shown_name",
    "strip_site_name",
]
