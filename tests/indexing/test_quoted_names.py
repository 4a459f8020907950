"""The names of the people quoted, written at index time for questions typed in lower case."""

from __future__ import annotations

import json
from pathlib import Path

from qabot.fileio import read_jsonl, write_jsonl
from qabot.indexing import QuotedNames, load_index, update_index
from qabot.indexing.layout import file_checksums
from qabot.indexing.quoted_names import NAMES_FILE
from qabot.search import answer
from tests.support.indexes import index_of, write_articles

ARTICLES = {
    "film.txt": (
        "Film awards night\n\n"
        '"It was a wonderful evening," Actor Robert Blake said.\n\n'
        '"We are thrilled," said Jamie Foxx.\n'
    ),
    "rugby.txt": (
        "Rugby squad named\n\n"
        '"The squad is ready," said centre Jamie Noon.\n\n'
        '"We will see," the coaches said.\n'
    ),
}


def test_names_are_read_as_the_directory_reads_them(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    names = index.quoted_names
    assert {"robert blake", "jamie foxx", "jamie noon"} <= names.full
    assert "jamie" in names.given  # the first name of two people quoted
    assert "robert" not in names.given
    assert not any("coach" in name for name in names.full)  # a group is no one's name


def test_a_plain_question_in_lower_case_needs_no_speaker_directory(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "jamie noon squad")
    assert result.found and "Jamie Noon" in result.passages[0].passage.text
    assert index._speakers is None  # it takes seconds to build at a million passages


def test_given_names_are_those_opening_two_full_names() -> None:
    names = QuotedNames.of_names(["jamie foxx", "jamie noon", "tony blair"])
    assert names.given == frozenset({"jamie"})


def test_a_given_name_that_is_also_a_word_opens_no_name_the_articles_write_in_lower_case(
    tmp_path: Path,
) -> None:
    # "hope" opens two quoted names, yet "do fans hope england win" asks about England, not
    # a "Hope England" no article mentions: the candidates write "hope" in lower case
    index = index_of(
        tmp_path,
        {
            "coaches.txt": (
                "Coaches speak\n\n"
                '"The squad is ready," said Hope Powell.\n\n'
                '"We are ready too," said Hope Solo.\n'
            ),
            "fans.txt": (
                "Fans travel to Paris\n\n"
                "Thousands of fans hope that England win in Paris. They hope the team brings "
                "the cup home, and many hope to see the final.\n"
            ),
        },
    )
    assert "hope" in index.quoted_names.given
    result = answer(index, "do fans hope england win")
    assert result.found and "England win" in result.passages[0].passage.text


def _names_written(index_dir: Path) -> list[dict[str, object]]:
    generation = index_dir / (index_dir / "CURRENT").read_text(encoding="utf-8").strip()
    return list(read_jsonl(generation / NAMES_FILE))


def _rebuilt_names(folder: Path, articles: dict[str, str]) -> list[dict[str, object]]:
    write_articles(folder / "articles", articles)
    update_index(folder / "articles", folder / "index")
    return _names_written(folder / "index")


def test_an_update_counts_the_names_as_a_build_of_its_articles_does(tmp_path: Path) -> None:
    # an update adds and takes away the names of the rows it changes (their counts kept in
    # the names file), instead of reading every article's speakers again
    articles = dict(ARTICLES, **{"more.txt": 'Film news\n\n"Back to work," said Jamie Foxx.\n'})
    index_of(tmp_path / "live", articles)
    live = tmp_path / "live" / "index"
    assert {"name": "jamie foxx", "rows": 2} in _names_written(live)
    steps = [("film.txt", None), ("more.txt", None), ("film.txt", ARTICLES["film.txt"])]
    for step, (name, text) in enumerate(steps):
        if text is None:
            (tmp_path / "live" / "articles" / name).unlink()
            del articles[name]
        else:
            articles[name] = text
            write_articles(tmp_path / "live" / "articles", {name: text})
        update_index(tmp_path / "live" / "articles", live)
        assert _names_written(live) == _rebuilt_names(tmp_path / f"built{step}", articles)
    names = load_index(live).quoted_names
    assert "jamie foxx" in names.full and "jamie" in names.given


def test_names_written_without_counts_are_counted_again_by_the_next_update(
    tmp_path: Path,
) -> None:
    index_of(tmp_path, ARTICLES)
    index_dir = tmp_path / "index"
    generation = index_dir / (index_dir / "CURRENT").read_text(encoding="utf-8").strip()
    # as an earlier version wrote it: names only
    write_jsonl(
        generation / NAMES_FILE, ({"name": row["name"]} for row in _names_written(index_dir))
    )
    meta = json.loads((generation / "meta.json").read_text(encoding="utf-8"))
    meta["checksums"] = file_checksums(generation)
    (generation / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "articles" / "film.txt").unlink()
    update_index(tmp_path / "articles", index_dir)
    assert _names_written(index_dir) == [{"name": "jamie noon", "rows": 1}]
