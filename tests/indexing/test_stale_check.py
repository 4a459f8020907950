"""Opening the index tells a changed articles folder from an unchanged one (`ensure_index`):
each file's size and time against the manifest, by the quick walk or, where the folder holds
links, by the full scan."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qabot.indexing import ensure_index, update_index
from tests.support.indexes import write_articles

ARTICLES = {
    "harbour.txt": "Harbour reopens\n\nThe harbour reopened after the storm on Monday.\n",
    "orchard/apples.txt": "Orchard harvest\n\nApple growers said the harvest came late.\n",
    "ferry.txt": "Ferry cut\n\nThe winter ferry timetable was cut to two sailings.\n",
}


@pytest.fixture(params=["plain", "linked"])
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    articles = write_articles(tmp_path / "articles", ARTICLES)
    if request.param == "linked":  # a link to a file read anyway: the full scan's rules
        (articles / "also-ferry.txt").symlink_to(articles / "ferry.txt")
    update_index(articles, tmp_path / "index")
    return tmp_path


def test_an_unchanged_folder_is_not_read_again(project: Path) -> None:
    opened = ensure_index(project / "articles", project / "index")
    assert opened.report is None and not opened.updated


def test_a_file_edited_in_place_is_noticed_though_its_folder_did_not_change(
    project: Path,
) -> None:
    path = project / "articles" / "orchard" / "apples.txt"
    folder_time = path.parent.stat().st_mtime_ns
    with path.open("a", encoding="utf-8") as file:  # no new entry: the folder's time stays
        file.write("Pear growers said the same.\n")
    assert path.parent.stat().st_mtime_ns == folder_time
    opened = ensure_index(project / "articles", project / "index")
    assert opened.updated and opened.report is not None
    assert (opened.report.added, opened.report.changed, opened.report.removed) == (0, 1, 0)


def test_files_added_and_removed_are_noticed_and_a_notes_file_is_not(project: Path) -> None:
    articles = project / "articles"
    (articles / "README.md").write_text("What this folder holds.\n", encoding="utf-8")
    assert ensure_index(articles, project / "index").report is None  # no article in it
    os.remove(articles / "harbour.txt")
    (articles / "orchard" / "pears.txt").write_text(
        "Pear harvest\n\nPear growers said the harvest was early.\n", encoding="utf-8"
    )
    opened = ensure_index(articles, project / "index")
    assert opened.report is not None
    assert (opened.report.added, opened.report.removed) == (1, 1)
