"""The articles folder's stats for telling a stale index: the files the scan would list, each
with its size and time, or None where only the scan's rules can judge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qabot.ingest import is_notes_file, scan_article_files, stat_article_files
from tests.ingest.test_folder import touch


def a_folder(root: Path) -> Path:
    """Write a folder holding each kind of file the scan leaves out, and two articles."""
    touch(root / "story.txt")
    touch(root / "world" / "deep" / "page.html", "<p>Body</p>")
    touch(root / "README.md")  # a notes file: listed here, left out by its caller
    touch(root / "photo.png")
    touch(root / ".story.txt.part")
    touch(root / ".git" / "notes.txt")
    touch(root / "index" / "CURRENT", "gen-000001\n")
    touch(root / "index" / "gen-000001" / "articles.jsonl", '{"text": "x"}\n')
    touch(root / "other" / "CURRENT", "gen-000002\n")
    touch(root / "other" / "gen-000002" / "manifest.json", "{}")
    return root


def test_the_stats_hold_what_the_scan_lists_with_size_and_time(tmp_path: Path) -> None:
    folder = a_folder(tmp_path)
    stats = stat_article_files(folder, exclude=[folder / "index"])
    assert stats is not None
    listed = [path.relative_to(folder).as_posix() for path in scan_article_files(folder).files]
    assert sorted(rel for rel in stats if not is_notes_file(rel)) == listed
    found = (folder / "story.txt").stat()
    assert stats["story.txt"] == (found.st_size, found.st_mtime_ns)


def test_a_folder_that_needs_the_scans_rules_gets_none(tmp_path: Path) -> None:
    folder = a_folder(tmp_path / "articles")
    (folder / "linked.txt").symlink_to(folder / "story.txt")
    assert stat_article_files(folder) is None  # a link: the scan tells a twin from an article
    assert stat_article_files(tmp_path / "gone") is None  # the scan says it does not exist
    assert stat_article_files(folder, exclude=[folder]) is None  # the index folder itself


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_gets_none_and_is_never_opened(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    os.mkfifo(tmp_path / "feed.txt")
    assert stat_article_files(tmp_path) is None
