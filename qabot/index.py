"""Index: article files -> one index generation on disk, updated incrementally; and loading it.

    index_dir/CURRENT           name of the live generation ("gen-000007")
    index_dir/gen-000007/       meta.json, manifest.json, articles.jsonl, quotes.jsonl, engine/

An update reads only new and changed files (size and mtime first, then a content hash), builds
the next generation beside the live one (engine files are hard-linked where the engine allows)
and switches CURRENT with an atomic rename. A crash or Ctrl-C leaves the previous index usable;
readers in other processes (a running bot) pick up the new generation on their next question.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from qabot import __version__
from qabot.articles import find_article_files, read_article_file
from qabot.chunking import chunk_article
from qabot.engines import DEFAULT_ENGINE, Engine, IndexedPassage, engine_class
from qabot.errors import IndexFormatError, IndexNotBuiltError, NoArticlesError
from qabot.quotes import extract_quotes
from qabot.records import Article, ArticleInfo, Quote
from qabot.text import ANALYZER_VERSION, tokenize

FORMAT_VERSION = 1
CURRENT_FILE = "CURRENT"
LOCK_FILE = ".lock"
GENERATIONS_KEPT = 2  # the live one and the one before, for readers still using it


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What an update did, for the user and for tests."""

    added: int
    changed: int
    removed: int
    unchanged: int
    articles: int
    passages: int
    quotes: int
    warnings: list[str]
    generation: str

    @property
    def updated(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass(slots=True)
class Index:
    """One loaded, read-only index generation."""

    directory: Path
    generation: str
    meta: dict[str, Any]
    articles: dict[str, ArticleInfo]
    quotes: list[Quote]
    engine: Engine
    cache: dict[str, Any] = field(default_factory=dict)  # derived data built on demand (answer.py)

    @property
    def built_at(self) -> str:
        return str(self.meta.get("built_at", ""))


@dataclass(slots=True)
class _FileEntry:
    size: int
    mtime_ns: int
    sha256: str
    article_ids: list[str]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def _write_jsonl(path: Path, rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def current_generation(index_dir: Path) -> str | None:
    """Return the live generation's folder name, or None when no index was built."""
    try:
        name = (index_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (index_dir / name / "meta.json").exists() else None


def _read_meta(generation_dir: Path) -> dict[str, Any]:
    try:
        meta = json.loads((generation_dir / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}
    return meta if isinstance(meta, dict) else {}


def _is_compatible(meta: dict[str, Any], engine: str | None = None) -> bool:
    return (
        meta.get("format_version") == FORMAT_VERSION
        and meta.get("analyzer_version") == ANALYZER_VERSION
        and (engine is None or meta.get("engine") == engine)
    )


def analyze_article(article: Article) -> tuple[list[IndexedPassage], list[Quote]]:
    """Return an article's passages with their terms and title terms, and its quotes (pure)."""
    title = tokenize(article.info.title)
    passages: list[IndexedPassage] = [
        (p, tokenize(p.text), title) for p in chunk_article(article)
    ]
    return passages, extract_quotes(article)


@contextlib.contextmanager
def _locked(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's writer lock: one update at a time, across processes."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / LOCK_FILE).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def update_index(
    articles_dir: Path,
    index_dir: Path,
    *,
    engine: str = DEFAULT_ENGINE,
    rebuild: bool = False,
    progress: bool = False,
) -> IndexReport:
    """Bring the index in `index_dir` up to date with `articles_dir`; return what changed."""
    engine_type = engine_class(engine)
    files = find_article_files(articles_dir)
    with _locked(index_dir):
        for stale in index_dir.glob("gen-*.tmp-*"):  # left by a crash: never live
            shutil.rmtree(stale, ignore_errors=True)
        old_name = current_generation(index_dir)
        old_dir = index_dir / old_name if old_name else None
        if old_dir is not None and (rebuild or not _is_compatible(_read_meta(old_dir), engine)):
            old_dir = None
        return _update(files, articles_dir, index_dir, old_dir, engine_type, progress)


def _update(
    files: list[Path],
    articles_dir: Path,
    index_dir: Path,
    old_dir: Path | None,
    engine_type: type[Engine],
    progress: bool,
) -> IndexReport:
    old_manifest: dict[str, _FileEntry] = {}
    if old_dir is not None:
        raw = json.loads((old_dir / "manifest.json").read_text(encoding="utf-8"))
        old_manifest = {path: _FileEntry(**entry) for path, entry in raw["files"].items()}

    manifest: dict[str, _FileEntry] = {}
    to_read: list[tuple[str, Path, os.stat_result, str]] = []
    unchanged = 0
    for path in files:
        rel = _relative(path, articles_dir)
        stat = path.stat()
        old = old_manifest.get(rel)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            manifest[rel] = old
            unchanged += 1
            continue
        digest = _sha256(path)
        if old is not None and old.sha256 == digest:  # touched, not changed: not re-read
            manifest[rel] = _FileEntry(stat.st_size, stat.st_mtime_ns, digest, old.article_ids)
            unchanged += 1
            continue
        to_read.append((rel, path, stat, digest))
    reading = {item[0] for item in to_read}
    removed_files = [rel for rel in old_manifest if rel not in manifest and rel not in reading]
    meta = _read_meta(old_dir) if old_dir is not None else {}
    if (old_dir is not None and not to_read and not removed_files and manifest == old_manifest
            and meta.get("articles_dir") == str(articles_dir.resolve())):
        return IndexReport(
            added=0, changed=0, removed=0, unchanged=unchanged, articles=meta["articles"],
            passages=meta["passages"], quotes=meta["quotes"], warnings=[],
            generation=old_dir.name,
        )

    warnings: list[str] = []
    new_infos: dict[str, ArticleInfo] = {}
    new_quotes: list[Quote] = []
    new_passages: list[IndexedPassage] = []
    added = changed = 0
    for rel, path, stat, digest in tqdm(
        to_read, desc="indexing", unit="file", disable=not progress, delay=0.5, leave=False
    ):
        articles, file_warnings = read_article_file(path, articles_dir)
        warnings.extend(file_warnings)
        old = old_manifest.get(rel)
        if not articles and old is not None:
            # the file went bad: keep what was indexed from it, and retry next time
            warnings.append(f"kept the previously indexed version of {rel}")
            manifest[rel] = old
            continue
        if not articles:
            continue
        for article in articles:
            passages, quotes = analyze_article(article)
            new_infos[article.id] = article.info
            new_passages.extend(passages)
            new_quotes.extend(quotes)
        manifest[rel] = _FileEntry(
            stat.st_size, stat.st_mtime_ns, digest, [a.id for a in articles]
        )
        if old is None:
            added += 1
        else:
            changed += 1

    replaced_ids = {
        article_id
        for rel in [*removed_files, *(item[0] for item in to_read)]
        if rel in old_manifest and manifest.get(rel) is not old_manifest[rel]
        for article_id in old_manifest[rel].article_ids
    }
    old_infos = {
        row["id"]: ArticleInfo(**row)
        for row in (_read_jsonl(old_dir / "articles.jsonl") if old_dir else [])
        if row["id"] not in replaced_ids
    }
    infos = {**old_infos, **new_infos}
    if not infos:
        raise NoArticlesError(
            f"No readable articles in {articles_dir}. Add .txt, .md, .html, .json or .jsonl "
            "files there (or point --articles at another folder)."
            + (f" Skipped: {'; '.join(warnings[:3])}" if warnings else "")
        )
    quotes = [
        Quote(**row)
        for row in (_read_jsonl(old_dir / "quotes.jsonl") if old_dir else [])
        if row["article_id"] not in replaced_ids
    ] + new_quotes

    number = 1 + max(
        (int(p.name[4:10]) for p in index_dir.glob("gen-[0-9]*") if p.name[4:10].isdigit()),
        default=0,
    )
    name = f"gen-{number:06d}"
    temporary = index_dir / f"{name}.tmp-{os.getpid()}"
    try:
        temporary.mkdir(parents=True)
        writer = engine_type.create(
            temporary / "engine", previous=old_dir / "engine" if old_dir else None
        )
        if replaced_ids:
            writer.remove(replaced_ids)
        writer.add(new_passages)
        writer.commit()
        passage_count = len(writer)
        _write_jsonl(temporary / "articles.jsonl", [asdict(i) for i in infos.values()])
        _write_jsonl(temporary / "quotes.jsonl", [asdict(q) for q in quotes])
        (temporary / "manifest.json").write_text(
            json.dumps({"files": {k: asdict(v) for k, v in sorted(manifest.items())}}),
            encoding="utf-8",
        )
        meta = {
            "format_version": FORMAT_VERSION, "analyzer_version": ANALYZER_VERSION,
            "engine": engine_type.name, "qabot_version": __version__,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "articles": len(infos), "passages": passage_count, "quotes": len(quotes),
            "files": len(manifest), "articles_dir": str(articles_dir.resolve()),
        }
        (temporary / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        temporary.rename(index_dir / name)
        pointer = index_dir / f"{CURRENT_FILE}.tmp-{os.getpid()}"
        pointer.write_text(name + "\n", encoding="utf-8")
        os.replace(pointer, index_dir / CURRENT_FILE)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    _drop_old_generations(index_dir, keep=name)
    return IndexReport(
        added=added, changed=changed, removed=len(removed_files), unchanged=unchanged,
        articles=len(infos), passages=passage_count, quotes=len(quotes), warnings=warnings,
        generation=name,
    )


def _drop_old_generations(index_dir: Path, keep: str) -> None:
    generations = sorted(p for p in index_dir.glob("gen-[0-9]*") if ".tmp-" not in p.name)
    for old in generations[:-GENERATIONS_KEPT]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def load_index(index_dir: Path) -> Index:
    """Load the live generation of `index_dir` for searching."""
    name = current_generation(index_dir)
    if name is None:
        raise IndexNotBuiltError(f"No index in {index_dir}. Run `qabot index` first.")
    directory = index_dir / name
    meta = _read_meta(directory)
    if not _is_compatible(meta):
        raise IndexFormatError(
            f"The index in {index_dir} was built by another version of qabot "
            f"(format {meta.get('format_version')}). Run `qabot index --rebuild`."
        )
    articles = {row["id"]: ArticleInfo(**row) for row in _read_jsonl(directory / "articles.jsonl")}
    quotes = [Quote(**row) for row in _read_jsonl(directory / "quotes.jsonl")]
    engine = engine_class(meta["engine"]).open(directory / "engine")
    return Index(directory, name, meta, articles, quotes, engine)


def ensure_index(
    articles_dir: Path, index_dir: Path, *, engine: str = DEFAULT_ENGINE, progress: bool = False
) -> tuple[Index, IndexReport | None]:
    """Load the index, building it first when missing, outdated, or made for another folder."""
    name = current_generation(index_dir)
    meta = _read_meta(index_dir / name) if name else {}
    if (name is None or not _is_compatible(meta, engine)
            or meta.get("articles_dir") != str(articles_dir.resolve())):
        report = update_index(articles_dir, index_dir, engine=engine, progress=progress)
        return load_index(index_dir), report
    return load_index(index_dir), None


class IndexHolder:
    """The live Index for a long-running front end; switches to new generations as they land."""

    def __init__(self, index_dir: Path, index: Index | None = None) -> None:
        self._index_dir = index_dir
        self._lock = threading.Lock()
        self._index = index

    def get(self) -> Index:
        """Return the live index, reloading it when another process switched generations."""
        name = current_generation(self._index_dir)
        with self._lock:
            if self._index is None or (name is not None and name != self._index.generation):
                self._index = load_index(self._index_dir)
            return self._index
