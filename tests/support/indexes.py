"""Indexes of small invented articles, built through the real `update_index` path, for tests
of what answers are made from them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from qabot.indexing import Index, load_index, update_index


def write_articles(folder: Path, articles: Mapping[str, str]) -> Path:
    """Write `articles` (file name, which may hold subfolders -> text) into `folder`; return it."""
    for name, text in articles.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def index_of(folder: Path, articles: Mapping[str, str]) -> Index:
    """Write `articles` (file name -> text) to folder/articles, index them in folder/index and
    return the loaded index."""
    articles_dir = write_articles(folder / "articles", articles)
    update_index(articles_dir, folder / "index")
    return load_index(folder / "index")
