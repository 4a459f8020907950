"""Index generations: incremental updates, atomic switch, interrupted builds, reloading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from qabot.errors import (
    ArticlesError,
    IndexDamagedError,
    IndexFormatError,
    IndexNotBuiltError,
    NoArticlesError,
)
from qabot.indexing import IndexHolder, current_generation, load_index, update_index
from qabot.text import tokenize

ENGINES = ["rank-bm25", "tantivy"]


def _titles(index_dir: Path) -> set[str]:
    return {info.title for info in load_index(index_dir).articles.values()}


@pytest.mark.parametrize("engine", ENGINES)
def test_first_update_indexes_every_article(
    articles_dir: Path, tmp_path: Path, engine: str
) -> None:
    report = update_index(articles_dir, tmp_path / "index", engine=engine)
    assert (report.added, report.changed, report.removed) == (3, 0, 0)
    index = load_index(tmp_path / "index")
    assert len(index.articles) == 3
    assert len(index.engine) == report.passages > 0
    assert index.meta["engine"] == engine
    hits = index.engine.search(tokenize("frost blossoms"), 3)
    assert index.articles[hits[0][0].article_id].title == "Apple growers count frost damage"


@pytest.mark.parametrize("engine", ENGINES)
def test_update_reads_only_new_changed_and_removed_files(
    articles_dir: Path, tmp_path: Path, engine: str
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir, engine=engine)
    (articles_dir / "harbour.txt").unlink()
    (articles_dir / "orchard.md").write_text(
        "Cherry growers count hail damage\n\nHail shredded the cherry crop overnight.\n",
        encoding="utf-8",
    )
    (articles_dir / "new.txt").write_text(
        "Tram line opens\n\nThe new tram line carried commuters across the river.\n",
        encoding="utf-8",
    )
    report = update_index(articles_dir, index_dir, engine=engine)
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 1)
    assert _titles(index_dir) == {
        "Cherry growers count hail damage",
        "Tram line opens",
        "City library extends opening hours",
    }
    index = load_index(index_dir)
    assert index.engine.search(tokenize("harbour pilots"), 5) == []
    assert index.engine.search(tokenize("frost"), 5) == []
    assert index.engine.search(tokenize("tram commuters"), 5)


def test_unchanged_folder_makes_no_new_generation(articles_dir: Path, tmp_path: Path) -> None:
    first = update_index(articles_dir, tmp_path / "index")
    again = update_index(articles_dir, tmp_path / "index")
    assert again.generation == first.generation
    assert not again.updated and again.unchanged == 3


def test_touched_but_unchanged_file_is_not_re_read(articles_dir: Path, tmp_path: Path) -> None:
    update_index(articles_dir, tmp_path / "index")
    path = articles_dir / "harbour.txt"
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    report = update_index(articles_dir, tmp_path / "index")
    assert (report.added, report.changed, report.unchanged) == (0, 0, 3)


def test_rebuild_rereads_everything(articles_dir: Path, tmp_path: Path) -> None:
    update_index(articles_dir, tmp_path / "index")
    report = update_index(articles_dir, tmp_path / "index", rebuild=True)
    assert report.added == 3


def test_file_gone_bad_keeps_its_indexed_version(articles_dir: Path, tmp_path: Path) -> None:
    update_index(articles_dir, tmp_path / "index")
    (articles_dir / "harbour.txt").write_bytes(b"\x00\x01\x02binary")
    report = update_index(articles_dir, tmp_path / "index")
    assert any("harbour.txt" in warning for warning in report.warnings)
    assert "Harbour pilots strike over night shifts" in _titles(tmp_path / "index")


def test_bad_file_is_skipped_and_the_rest_indexed(articles_dir: Path, tmp_path: Path) -> None:
    (articles_dir / "broken.txt").write_bytes(b"\xff\xfe\xfa not utf-8 \xff")
    report = update_index(articles_dir, tmp_path / "index")
    assert report.articles == 3
    assert any("broken.txt" in warning for warning in report.warnings)


def test_missing_and_empty_folders_raise_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ArticlesError, match=r"does not exist|not found|missing"):
        update_index(tmp_path / "nowhere", tmp_path / "index")
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoArticlesError, match="No readable articles"):
        update_index(tmp_path / "empty", tmp_path / "index")


def test_a_folder_of_only_linked_folders_says_why_nothing_was_read(tmp_path: Path) -> None:
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "story.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "saved").symlink_to(tmp_path / "saved")
    with pytest.raises(NoArticlesError, match="saved/: a link to a folder outside"):
        update_index(tmp_path / "articles", tmp_path / "index")


def test_load_without_index_says_run_qabot_index(tmp_path: Path) -> None:
    with pytest.raises(IndexNotBuiltError, match="qabot index"):
        load_index(tmp_path / "index")


def test_index_from_another_format_version_is_refused(articles_dir: Path, tmp_path: Path) -> None:
    update_index(articles_dir, tmp_path / "index")
    meta_path = tmp_path / "index" / current_generation(tmp_path / "index") / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta_path.write_text(json.dumps({**meta, "format_version": 0}))
    with pytest.raises(IndexFormatError, match="Run `qabot index`"):
        load_index(tmp_path / "index")
    report = update_index(articles_dir, tmp_path / "index")  # rebuilt, not patched
    assert report.added == 3
    assert any("older format" in warning for warning in report.warnings)
    assert load_index(tmp_path / "index").meta["format_version"] != 0


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGKILL"])
def test_interrupted_build_leaves_the_previous_index_usable(
    articles_dir: Path, tmp_path: Path, signal_name: str
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    before = current_generation(index_dir)
    (articles_dir / "tram.txt").write_text("Tram line opens\n\nTrams run.\n", encoding="utf-8")
    # Fault injection in a child process: the signal arrives while the new generation's files
    # are half written (Ctrl-C, or a hard kill that runs no clean-up at all).
    code = (
        "import os, signal, sys\n"
        "import qabot.indexing.generation as ix\n"
        "from qabot.cli import main\n"
        "real = ix.write_jsonl\n"
        "def write_then_die(*args):\n"
        "    real(*args)\n"
        f"    os.kill(os.getpid(), signal.{signal_name})\n"
        "ix.write_jsonl = write_then_die\n"
        f"sys.exit(main(['index', '--articles', {str(articles_dir)!r}, "
        f"'--index-dir', {str(index_dir)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    if signal_name == "SIGINT":
        assert result.returncode == 130
        assert "previous index" in result.stderr and "Traceback" not in result.stderr
        assert not list(index_dir.glob("*.tmp-*"))  # Ctrl-C cleans up after itself
    assert current_generation(index_dir) == before
    assert len(load_index(index_dir).articles) == 3
    report = update_index(articles_dir, index_dir)  # the next run cleans up and finishes
    assert report.added == 1
    assert not list(index_dir.glob("*.tmp-*"))


def test_holder_switches_to_a_new_generation(articles_dir: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    holder = IndexHolder(index_dir)
    first = holder.get()
    assert holder.get() is first  # no reload without a new generation
    (articles_dir / "tram.txt").write_text("Tram line opens\n\nTrams run.\n", encoding="utf-8")
    update_index(articles_dir, index_dir)
    assert len(holder.get().articles) == 4


def test_index_holds_no_pickles(articles_dir: Path, tmp_path: Path) -> None:
    update_index(articles_dir, tmp_path / "index")
    for path in (tmp_path / "index").rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"\x80"), path
            assert path.suffix not in {".pkl", ".pickle"}


def test_parallel_analysis_gives_the_same_index_as_one_process(
    articles_dir: Path, tmp_path: Path
) -> None:
    for i in range(40):
        (articles_dir / f"extra{i:02d}.txt").write_text(
            f'Story number {i}\n\n"We counted {i} boats," harbour master Lee Chan said.\n',
            encoding="utf-8",
        )
    one = update_index(articles_dir, tmp_path / "one", workers=1)
    two = update_index(articles_dir, tmp_path / "two", workers=2)
    assert (one.articles, one.passages, one.quotes) == (two.articles, two.passages, two.quotes)
    first, second = load_index(tmp_path / "one"), load_index(tmp_path / "two")
    assert first.articles == second.articles
    assert first.quotes == second.quotes
    terms = tokenize("boats harbour master")
    assert first.engine.search(terms, 10) == second.engine.search(terms, 10)


def test_quotes_follow_added_changed_and_removed_articles_without_rewriting_old_ones(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    first = update_index(articles_dir, index_dir)
    old = load_index(index_dir)
    speakers = {q.speaker.split()[-1] for q in old.quotes}
    assert {"Keller", "Briggs", "Ruiz"} <= speakers and first.quotes == len(old.quotes)
    (segment,) = [p for p in old.directory.iterdir() if p.name.startswith("quotes-")]

    (articles_dir / "harbour.txt").unlink()
    (articles_dir / "orchard.md").write_text(
        "Cherry growers count hail damage\n\n"
        '"Nothing like this has hit us in forty years," grower Ines Novak said.\n',
        encoding="utf-8",
    )
    report = update_index(articles_dir, index_dir)
    new = load_index(index_dir)
    assert {q.speaker.split()[-1] for q in new.quotes} == {"Novak", "Ruiz", "council"}
    assert report.quotes == len(new.quotes) == new.quote_count
    # the old segment is shared, not rewritten; the new article's quotes went to a new one
    assert (new.directory / segment.name).samefile(segment)
    assert len([p for p in new.directory.iterdir() if p.name.startswith("quotes-")]) == 2
    # only the articles asked for are read
    orchard = next(a for a, info in new.articles.items() if info.path == "orchard.md")
    assert [q.speaker for q in new.quotes_of_articles([orchard])] == ["Ines Novak"]
    assert old.quotes_of_articles([orchard])[0].speaker.endswith("Tom Briggs")


def test_many_updates_compact_the_quote_segments_and_keep_every_live_quote(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("qabot.indexing.quote_files.MAX_SEGMENTS", 2)
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    for n in range(3):
        (articles_dir / "orchard.md").write_text(
            f"Growers count damage {n}\n\n"
            f'"We lost {n + 2} rows of trees to the storm," grower Ines Novak said.\n',
            encoding="utf-8",
        )
        update_index(articles_dir, index_dir)
    index = load_index(index_dir)
    segments = [p for p in index.directory.iterdir() if p.name.startswith("quotes-")]
    assert len(segments) <= 2
    assert not (index.directory / "quotes-000001.jsonl").exists()  # copied into a new one
    texts = [q.text for q in index.quotes]
    assert "We lost 4 rows of trees to the storm" in texts
    assert not any("rows of trees" in t and "4" not in t for t in texts)
    assert any(q.speaker.endswith("Maria Keller") for q in index.quotes)


def _damage(articles_dir: Path, index_dir: Path, name: str) -> Path:
    """Build an index, then garble one file of its live generation; return that generation."""
    update_index(articles_dir, index_dir)
    live = index_dir / current_generation(index_dir)
    (live / name).unlink()  # a new file: never write through a hard link shared with others
    (live / name).write_text("{not json\n", encoding="utf-8")
    return live


@pytest.mark.parametrize("damaged", ["articles.jsonl", "quote_index.jsonl", "quotes-000001.jsonl"])
def test_damaged_index_file_gets_one_clear_error(
    articles_dir: Path, tmp_path: Path, damaged: str
) -> None:
    _damage(articles_dir, tmp_path / "index", damaged)
    with pytest.raises(IndexDamagedError, match=f"{damaged}.*Run `qabot index` to repair it"):
        load_index(tmp_path / "index")


@pytest.mark.parametrize("damaged", ["manifest.json", "articles.jsonl", "quote_index.jsonl"])
def test_update_over_a_damaged_index_rebuilds_it_and_says_so(
    articles_dir: Path, tmp_path: Path, damaged: str
) -> None:
    index_dir = tmp_path / "index"
    _damage(articles_dir, index_dir, damaged)
    (articles_dir / "new.txt").write_text(
        "Tram line opens\n\nThe new tram line carried commuters across the river.\n",
        encoding="utf-8",
    )
    report = update_index(articles_dir, index_dir)
    assert report.added == 4 and "damaged" in report.warnings[0] and damaged in report.warnings[0]
    index = load_index(index_dir)
    assert len(index.articles) == 4 and index.quotes


def test_a_new_unreadable_file_is_reported_and_remembered_once(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A file holding no article is kept in the manifest's "skipped" list once (so a question
    does not find it new, and update the index, every time); no article changes."""
    index_dir = tmp_path / "index"
    first = update_index(articles_dir, index_dir)
    (articles_dir / "bad.txt").write_bytes(b"\x00\x01\x02")
    report = update_index(articles_dir, index_dir)
    assert not report.updated and any("bad.txt" in w for w in report.warnings)
    assert (report.skipped, report.newly_skipped) == (1, 1)  # said as recorded, not up to date
    assert (report.articles, report.passages) == (first.articles, first.passages)
    manifest = json.loads((index_dir / report.generation / "manifest.json").read_text())
    assert manifest["skipped"] == {"bad.txt": [3, (articles_dir / "bad.txt").stat().st_mtime_ns]}
    again = update_index(articles_dir, index_dir)  # still reported: nothing new is written
    assert again.generation == report.generation == current_generation(index_dir)
    assert any("bad.txt" in w for w in again.warnings)
    assert (again.skipped, again.newly_skipped) == (1, 0)


def _one_article_index(tmp_path: Path) -> tuple[Path, Path, Path, dict[str, Any]]:
    """Index one article; return its folder, the index, and the live generation's meta."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        'Bridge stays open\n\n"The bridge stays open," Tom Briggs said.\n', encoding="utf-8"
    )
    index_dir = tmp_path / "index"
    update_index(articles, index_dir)
    meta_path = index_dir / current_generation(index_dir) / "meta.json"
    return articles, index_dir, meta_path, json.loads(meta_path.read_text(encoding="utf-8"))


def test_an_index_built_under_other_attribution_rules_is_read_again(tmp_path: Path) -> None:
    from qabot.attribution import ATTRIBUTION_VERSION

    articles, index_dir, meta_path, meta = _one_article_index(tmp_path)
    assert meta["attribution_version"] == ATTRIBUTION_VERSION
    assert update_index(articles, index_dir).added == 0  # nothing to do
    meta["attribution_version"] = "an older version"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    report = update_index(articles, index_dir)
    assert report.added == 1 and report.quotes == 1
    assert any("attribution has changed" in warning for warning in report.warnings)


def test_an_index_built_under_other_reading_rules_is_read_again(tmp_path: Path) -> None:
    from qabot.ingest import READING_VERSION

    articles, index_dir, meta_path, meta = _one_article_index(tmp_path)
    assert meta["reading_version"] == READING_VERSION
    del meta["reading_version"]  # an index built before reading rules had a version
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    report = update_index(articles, index_dir)
    assert report.added == 1
    assert any("reading of article files has changed" in w for w in report.warnings)


def _pack_bytes(index_dir: Path) -> int:
    generation = index_dir / current_generation(index_dir)
    return sum(p.stat().st_size for p in (generation / "engine").glob("text-*.pack"))


def test_text_of_changed_articles_is_reclaimed_once_it_outweighs_the_live_text(
    tmp_path: Path,
) -> None:
    from qabot.indexing.plan import COMPACT_MIN_DEAD

    folder, index_dir = tmp_path / "articles", tmp_path / "index"
    folder.mkdir()
    count = COMPACT_MIN_DEAD + 100  # one passage each

    def save(version: int) -> None:
        records = [
            {
                "id": str(n),
                "title": f"Item {n}",
                "text": f"Version {version} of report {n} on the harbour pilots.",
            }
            for n in range(count)
        ]
        (folder / "feed.jsonl").write_text(
            "\n".join(json.dumps(record) for record in records), encoding="utf-8"
        )

    save(1)
    update_index(folder, index_dir)
    first = _pack_bytes(index_dir)
    save(2)
    assert update_index(folder, index_dir).warnings == []  # half the stored text is dead
    save(3)
    assert update_index(folder, index_dir).warnings == []  # two thirds: reclaimed next time
    assert _pack_bytes(index_dir) > 2.5 * first
    save(4)
    report = update_index(folder, index_dir)
    assert any("reclaim" in warning for warning in report.warnings)
    assert report.passages == count
    assert _pack_bytes(index_dir) < 1.2 * first
    meta = json.loads((index_dir / report.generation / "meta.json").read_text(encoding="utf-8"))
    assert meta["stored_passages"] == count
    assert load_index(index_dir).engine.search(tokenize("version 4 report 7"), 1)
