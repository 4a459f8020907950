"""Ingest: article files -> `Article` records.

Enters: a folder or single files (.txt, .md, .html, .json, .jsonl). Leaves: `Article`s with clean
text and `ArticleInfo` (title, outlet, date, url), and one warning per file or record left out.
`adding` is the check-and-copy shared by `qabot add` and the bot's upload.

Everything but `READING_VERSION` is imported on first use (PEP 562): a command that only reads
the index asks which reading rules built it without loading the readers of files (lxml).
"""

from typing import TYPE_CHECKING

from qabot.first_use import import_on_first_use
from qabot.ingest.reading_version import READING_VERSION

if TYPE_CHECKING:
    from qabot.ingest.adding import Checked, check_article_file, save_article_file
    from qabot.ingest.bylines import byline_names
    from qabot.ingest.dates import normalize_date
    from qabot.ingest.dumped_text import fragment_paragraphs
    from qabot.ingest.file_names import SUPPORTED_SUFFIXES, is_notes_file, notes_file_problem
    from qabot.ingest.files import (
        MAX_FILE_BYTES,
        iter_article_file,
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
    from qabot.ingest.folder_stats import stat_article_files
    from qabot.ingest.html_meta import strip_site_name
    from qabot.ingest.html_pages import parse_html_article, read_html_page
    from qabot.ingest.json_records import MAX_RECORD_BYTES
    from qabot.ingest.page_kinds import PageReading

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
    "stat_article_files",
    "strip_site_name",
]

# name -> the module that holds it, imported when the name is first asked for
_HOMES = {
    "Checked": "qabot.ingest.adding",
    "MAX_FILE_BYTES": "qabot.ingest.files",
    "MAX_RECORD_BYTES": "qabot.ingest.json_records",
    "PageReading": "qabot.ingest.page_kinds",
    "SUPPORTED_SUFFIXES": "qabot.ingest.file_names",
    "Scan": "qabot.ingest.folder",
    "byline_names": "qabot.ingest.bylines",
    "check_article_file": "qabot.ingest.adding",
    "find_article_files": "qabot.ingest.folder",
    "fragment_paragraphs": "qabot.ingest.dumped_text",
    "is_notes_file": "qabot.ingest.file_names",
    "iter_article_file": "qabot.ingest.files",
    "load_articles": "qabot.ingest.folder",
    "normalize_date": "qabot.ingest.dates",
    "notes_file_problem": "qabot.ingest.file_names",
    "parse_html_article": "qabot.ingest.html_pages",
    "parse_text_article": "qabot.ingest.files",
    "read_article_bytes": "qabot.ingest.files",
    "read_article_file": "qabot.ingest.files",
    "read_html_page": "qabot.ingest.html_pages",
    "read_text_page": "qabot.ingest.files",
    "save_article_file": "qabot.ingest.adding",
    "scan_article_files": "qabot.ingest.folder",
    "shown_name": "qabot.ingest.folder",
    "stat_article_files": "qabot.ingest.folder_stats",
    "strip_site_name": "qabot.ingest.html_meta",
}


__getattr__ = import_on_first_use(__name__, _HOMES)
