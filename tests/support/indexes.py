"""Indexes of small invented articles, built through the real `update_index` path, for tests
of what answers are made from them."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from qabot.indexing import Index, load_index, update_index

_PLACES = "harbour river market ferry council school bridge garden tower station mill".split()


def write_articles(folder: Path, articles: Mapping[str, str]) -> Path:
    """Write `articles` (file name, which may hold subfolders -> text) into `folder`; return it."""
    for name, text in articles.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def filler_notes(count: int) -> dict[str, str]:
    """Return `count` short notes of our own on everyday places (file name -> text): set beside
    the articles under test, enough of them that a word few hold is telling."""
    return {
        f"note{i:04}.txt": f"Note {i}\n\nThe {_PLACES[i % 11]} and the {_PLACES[i * 7 % 11]} were "
        f"busy on day {i}, officials said."
        for i in range(count)
    }


def index_of(folder: Path, articles: Mapping[str, str]) -> Index:
    """Write `articles` (file name -> text) to folder/articles, index them in folder/index and
    return the loaded index."""
    articles_dir = write_articles(folder / "articles", articles)
    update_index(articles_dir, folder / "index")
    return load_index(folder / "index")


DatedArticle = tuple[str | None, str | None, str, str]  # day, outlet, title, body


def dated_index_of(folder: Path, articles: Mapping[str, DatedArticle]) -> Index:
    """Index `articles` (file name -> (day or None, outlet or None, title, body)) written as
    Markdown with front matter, the way a saved article carries its date and outlet."""
    texts = {}
    for name, (day, outlet, title, body) in articles.items():
        front = "".join(
            f"{key}: {value}\n" for key, value in (("date", day), ("source", outlet)) if value
        )
        texts[name] = f"---\ntitle: {title}\n{front}---\n{title}\n\n{body}\n"
    return index_of(folder, texts)


class BuiltProjects:
    """Projects (an articles folder and the index/ built from it) made once per process and
    copied whole for each test that asks (a copied project keeps its index), so a command or a
    bot started on one answers at once instead of building it first: about a third of a small
    command's CPU, half a bot's start. Tests of building at start start on articles alone."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._built: dict[tuple[tuple[tuple[str, str], ...], str, str], Path] = {}

    def copy(
        self,
        articles: Mapping[str, str],
        folder: Path,
        *,
        engine: str,
        articles_name: str = "articles",
    ) -> None:
        """Put `articles` in folder/ARTICLES_NAME and their index, made with `engine`, in
        folder/index."""
        key = (tuple(sorted(articles.items())), engine, articles_name)
        built = self._built.get(key)
        if built is None:
            built = self._root / f"project{len(self._built)}"
            articles_dir = write_articles(built / articles_name, articles)
            update_index(articles_dir, built / "index", engine=engine)
            self._built[key] = built
        shutil.copytree(built, folder, dirs_exist_ok=True)


def folder_options(index: Index) -> list[str]:
    """Return the `--articles DIR --index-dir DIR` options naming the folders `index_of` made
    `index` from: a `qabot` command given them answers from that index, up to date, instead of
    building its own from the same articles first (~0.3 CPU-s a command)."""
    index_dir = index.directory.parent
    return ["--articles", str(index_dir.parent / "articles"), "--index-dir", str(index_dir)]
