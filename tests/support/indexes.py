"""Indexes of small invented articles, built through the real `update_index` path, for tests
of what answers are made from them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from qabot.indexing import Index, load_index, update_index


def index_of(folder: Path, articles: Mapping[str, str]) -> Index:
    """Write `articles` (file name -> text) to folder/articles, index them in folder/index and
    return the loaded index."""
    articles_dir = folder / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (articles_dir / name).write_text(text, encoding="utf-8")
    update_index(articles_dir, folder / "index")
    return load_index(folder / "index")
