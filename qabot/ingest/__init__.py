"""Ingest: article files -> `Article` records.

Enters: a folder or single files (.txt, .md, .html, .json, .jsonl). Leaves: `Article`s with clean
text and `ArticleInfo` (title, outlet, date, url), and one warning per file or record left out.
`adding` is the check-and-copy shared by `qabot add` and the bot's upload.
"""

from qabot.ingest.adding import Checked, check_article_file, save_article_file
from qabot.ingest.dates import normalize_date
from qabot.ingest.files import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    find_article_files,
    is_notes_file,
    load_articles,
    notes_file_problem,
    parse_html_article,
    parse_text_article,
    read_article_file,
)

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "Checked",
    "check_article_file",
    "find_article_files",
    "is_notes_file",
    "load_articles",
    "normalize_date",
    "notes_file_problem",
    "parse_html_article",
    "parse_text_article",
    "read_article_file",
    "save_article_file",
]
