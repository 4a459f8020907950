"""A damaged index is one clear error, `qabot index` repairs it, `--rebuild` always works."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import qabot.indexing.layout as layout
from qabot.errors import IndexDamagedError, IndexFormatError
from qabot.indexing import current_generation, load_index, update_index
from qabot.search import answer

QUESTION = "Why did harbour pilots strike?"


def live(index_dir: Path) -> Path:
    name = current_generation(index_dir)
    assert name is not None
    return index_dir / name


def replace_file(path: Path, data: bytes) -> None:
    """Write a new file in place of `path` (never through a hard link shared with others)."""
    path.unlink()
    path.write_bytes(data)


def flip_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    replace_file(path, bytes(data))


def test_every_file_of_a_generation_is_recorded_with_its_size(
    articles_dir: Path, tmp_path: Path
) -> None:
    update_index(articles_dir, tmp_path / "index")
    folder = live(tmp_path / "index")
    checksums = json.loads((folder / "meta.json").read_text())["checksums"]
    on_disk = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file()
        and p.relative_to(folder).as_posix() not in ("meta.json", "readers.lock")
        and ".tantivy-" not in p.name
    }
    assert set(checksums) == on_disk
    assert all(size == (folder / rel).stat().st_size for rel, (size, _) in checksums.items())
    assert all(digest for _, digest in checksums.values())  # small files: all hashed


def engine_file(folder: Path, suffix: str) -> Path:
    return next(p for p in (folder / "engine").iterdir() if p.name.endswith(suffix))


@pytest.mark.parametrize(
    ("what", "damage"),
    [
        ("articles.jsonl", lambda f: replace_file(f / "articles.jsonl", b"")),
        ("quote_index.jsonl", lambda f: replace_file(f / "quote_index.jsonl", b"")),
        ("speakers.json", lambda f: flip_one_byte(f / "speakers.json")),
        ("quotes-000001.jsonl", lambda f: flip_one_byte(f / "quotes-000001.jsonl")),
        ("manifest.json", lambda f: (f / "manifest.json").unlink()),
        ("text-000001.pack", lambda f: flip_one_byte(f / "engine" / "text-000001.pack")),
        ("engine/meta.json", lambda f: replace_file(f / "engine" / "meta.json", b"{}")),
        ("qabot-tantivy.json", lambda f: flip_one_byte(f / "engine" / "qabot-tantivy.json")),
        (".term", lambda f: flip_one_byte(engine_file(f, ".term"))),
        (".idx", lambda f: replace_file(engine_file(f, ".idx"), b"")),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_damaged_file_is_one_clear_error_and_the_next_update_repairs_it(
    articles_dir: Path, tmp_path: Path, what: str, damage: object
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    damage(live(index_dir))  # type: ignore[operator]
    with pytest.raises(IndexDamagedError, match=f"{what}.*Run `qabot index` to repair it"):
        load_index(index_dir)
    report = update_index(
        articles_dir, index_dir
    )  # no new file: still rebuilt, never "up to date"
    assert report.updated and report.added == 3
    assert "damaged" in report.warnings[0]
    index = load_index(index_dir)
    result = answer(index, QUESTION)
    assert result.found and all(hit.article.path for hit in result.passages)
    assert index.quotes


def test_a_truncated_large_file_is_caught_by_its_size(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "CHECKSUM_LIMIT", 10)  # every engine file counts as large
    update_index(articles_dir, tmp_path / "index")
    pack = live(tmp_path / "index") / "engine" / "text-000001.pack"
    replace_file(pack, pack.read_bytes()[:-1])
    with pytest.raises(IndexDamagedError, match=r"text-000001\.pack has"):
        load_index(tmp_path / "index")


@pytest.mark.parametrize("entry", [5, {"size": 1}, "x", [], None, [1.5, None]])
def test_a_checksum_entry_of_another_shape_is_damage_not_a_crash(
    articles_dir: Path, tmp_path: Path, entry: object
) -> None:
    """A meta.json entry that is a number or an object (valid JSON, hand-edited or garbled)
    raised TypeError / KeyError from `qabot ask`: a traceback instead of one line."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    meta_file = live(index_dir) / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["checksums"]["articles.jsonl"] = entry
    replace_file(meta_file, json.dumps(meta).encode())
    with pytest.raises(IndexDamagedError, match=r"articles\.jsonl has [\d,]+ bytes, \? were"):
        load_index(index_dir)
    assert update_index(articles_dir, index_dir).added == 3
    assert answer(load_index(index_dir), QUESTION).found


def test_a_size_error_writes_both_sizes_alike(articles_dir: Path, tmp_path: Path) -> None:
    """'quotes-000001.jsonl has 5,152 bytes, 10304 were written': one size with commas, one
    without."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    meta_file = live(index_dir) / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["checksums"]["articles.jsonl"] = [12345, None]
    replace_file(meta_file, json.dumps(meta).encode())
    with pytest.raises(IndexDamagedError, match=r"articles\.jsonl has [\d,]+ bytes, 12,345 were"):
        load_index(index_dir)


@pytest.mark.parametrize(
    "garble",
    [
        lambda d: (d / "CURRENT").write_bytes(b"\xff\xfe\x00garbage"),
        lambda d: (d / "CURRENT").write_text("gen-999999\n"),
        lambda d: (d / "CURRENT").write_text("../../etc\n"),
        lambda d: (d / "CURRENT").write_text(""),
        lambda d: ((d / "CURRENT").unlink(), (d / "CURRENT").mkdir()),
        lambda d: shutil.rmtree(live(d)),
    ],
    ids=["bytes", "missing-generation", "path", "empty", "folder", "generation-deleted"],
)
def test_a_garbled_current_pointer_is_an_error_that_index_and_rebuild_repair(
    articles_dir: Path, tmp_path: Path, garble: object
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    garble(index_dir)  # type: ignore[operator]
    with pytest.raises(IndexDamagedError, match=r"CURRENT.*Run `qabot index` to repair it"):
        load_index(index_dir)
    assert update_index(articles_dir, index_dir, rebuild=True).added == 3
    assert answer(load_index(index_dir), QUESTION).found
    garble(index_dir)  # type: ignore[operator]
    report = update_index(articles_dir, index_dir)
    assert report.added == 3 and "damaged" in report.warnings[0]
    assert answer(load_index(index_dir), QUESTION).found


def test_rebuild_works_whatever_the_old_index_holds(articles_dir: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    folder = live(index_dir)
    for path in folder.rglob("*"):
        if path.is_file():
            replace_file(path, b"\x00garbage")
    (index_dir / "CURRENT.tmp-1").mkdir()  # a crash's leftovers, of the wrong kind
    (index_dir / "gen-000009.tmp-5").write_text("x")
    assert update_index(articles_dir, index_dir, rebuild=True).added == 3
    assert answer(load_index(index_dir), QUESTION).found


def test_a_garbled_pack_that_keeps_its_size_is_one_clear_error_when_read(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "CHECKSUM_LIMIT", 10)  # too large to hash at every load
    update_index(articles_dir, tmp_path / "index")
    pack = live(tmp_path / "index") / "engine" / "text-000001.pack"
    replace_file(pack, bytes(len(pack.read_bytes())))  # zeros, same size
    index = load_index(tmp_path / "index")
    with pytest.raises(IndexFormatError, match=r"garbled.*qabot index --rebuild"):
        answer(index, QUESTION)


def test_an_index_moved_alone_goes_on_with_the_folder_it_was_read_from(
    articles_dir: Path, tmp_path: Path
) -> None:
    update_index(articles_dir, tmp_path / "index")
    assert layout.built_from(tmp_path / "index") == articles_dir.resolve()
    (tmp_path / "index").rename(tmp_path / "elsewhere")
    assert layout.built_from(tmp_path / "elsewhere") == articles_dir.resolve()
    # moved with its articles folder, it reads the folder beside it, without a rebuild
    (tmp_path / "moved").mkdir()
    (tmp_path / "elsewhere").rename(tmp_path / "moved" / "index")
    articles_dir.rename(tmp_path / "moved" / "articles")
    assert layout.built_from(tmp_path / "moved" / "index") == tmp_path / "moved" / "articles"
    report = update_index(tmp_path / "moved" / "articles", tmp_path / "moved" / "index")
    assert (report.added, report.changed, report.unchanged) == (0, 0, 3)
