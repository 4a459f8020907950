"""Indexing under hostile input: bad files and names, vanishing files, an index in the folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qabot.indexing.reading as reading
from qabot.errors import NoArticlesError
from qabot.indexing import MAX_CHARS, MAX_WORDS, load_index, update_index
from qabot.ingest import iter_article_file

STORY = "Tram line opens\n\nThe new tram line carried commuters across the river on Monday.\n"


def test_a_file_deleted_while_indexing_counts_as_removed(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "harbour.txt").write_text(STORY, encoding="utf-8")  # changed

    def delete_then_read(path: Path, root: Path, warnings: list[str]):  # type: ignore[no-untyped-def]
        path.unlink()  # fault injection: gone between listing and reading
        return iter_article_file(path, root, warnings)

    monkeypatch.setattr(reading, "iter_article_file", delete_then_read)
    report = update_index(articles_dir, index_dir)
    assert (report.removed, report.articles) == (1, 2)
    assert "harbour.txt" not in {a.path for a in load_index(index_dir).articles.values()}


def test_a_file_named_like_a_record_gets_its_own_id(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "zebra.txt", "title": "Zebra crossing", "text": "A record."}) + "\n"
    )
    (folder / "feed.jsonl#zebra.txt").write_text(STORY)
    report = update_index(folder, tmp_path / "index")
    assert report.articles == 2
    titles = {a.title for a in load_index(tmp_path / "index").articles.values()}
    assert titles == {"Zebra crossing", "Tram line opens"}


def test_an_index_inside_the_articles_folder_never_indexes_itself(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(articles_dir)
    for _ in range(3):
        (articles_dir / "tram.txt").write_text(STORY + f"\nRun {_}.\n", encoding="utf-8")
        report = update_index(Path("."), Path("index"))
        assert report.articles == 4
    paths = {a.path for a in load_index(Path("index")).articles.values()}
    assert not any(path.startswith("index") for path in paths)


def test_a_name_that_is_not_utf8_is_skipped_and_the_rest_indexed(
    articles_dir: Path, tmp_path: Path
) -> None:
    with open(os.path.join(os.fsencode(articles_dir), b"caf\xe9.txt"), "wb") as handle:
        handle.write(STORY.encode())
    report = update_index(articles_dir, tmp_path / "index")
    assert report.articles == 3
    assert any("caf\ufffd.txt" in warning for warning in report.warnings)


FILE_NAMES = st.sampled_from(
    ["a.txt", "b.md", "c.html", "d.json", "e.jsonl", "f.htm", "sub/g.txt", "h.markdown"]
)
WORDS = st.sampled_from(
    ["the", "minister", "said", '"We', 'will."', "Mr.", "\u201cYes,\u201d", "strike", "\n\n"]
)
CONTENT = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    st.lists(WORDS, max_size=400).map(lambda w: " ".join(w).encode()),
    st.builds(
        lambda text, encoding: text.encode(encoding, "surrogatepass"),
        st.text(max_size=200),
        st.sampled_from(["utf-16", "utf-16-le", "utf-32", "utf-32-be", "utf-8-sig"]),
    ),
    st.lists(
        st.dictionaries(
            st.sampled_from(["text", "title", "date", "id", "source"]),
            st.one_of(st.text(max_size=60), st.floats(), st.integers(), st.none()),
        ),
        max_size=5,
    ).map(lambda rows: "\n".join(json.dumps(row) for row in rows).encode()),
    st.just(b"[" * 50_000),
    st.just(("word " * 3000).encode()),  # one long unpunctuated line
)


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.dictionaries(FILE_NAMES, CONTENT, min_size=1, max_size=4))
def test_indexing_any_files_never_raises_and_keeps_passages_within_limits(
    tmp_path_factory: pytest.TempPathFactory, files: dict[str, bytes]
) -> None:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "articles"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    try:
        report = update_index(folder, base / "index", engine="rank-bm25")
    except NoArticlesError:  # pragma: no cover - good.txt is always readable
        pytest.fail("the readable article was not indexed")
    index = load_index(base / "index")
    assert report.articles == len(index.articles) >= 1
    for passage, _ in index.engine.search(["tram", "word", "minist", "strike"], 1000):
        assert len(passage.text) <= MAX_CHARS
        assert len(passage.text.split()) <= MAX_WORDS
        assert passage.article_id in index.articles
