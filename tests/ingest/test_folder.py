"""The articles folder: what is an article file, and what is never read as one."""

from __future__ import annotations

import os
from pathlib import Path

from qabot.ingest import scan_article_files


def touch(path: Path, text: str = "Title\n\nBody text of the article.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def names(folder: Path) -> list[str]:
    return [p.relative_to(folder).as_posix() for p in scan_article_files(folder).files]


def test_an_index_folder_inside_the_articles_folder_is_never_listed(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    touch(tmp_path / "index" / "CURRENT", "gen-000001\n")
    touch(tmp_path / "index" / "gen-000001" / "articles.jsonl", '{"text": "x"}\n')
    touch(tmp_path / "index" / "telegram-searches.json", "{}")
    touch(tmp_path / "elsewhere" / "gen-000001" / "quotes-000001.jsonl", '{"text": "x"}\n')
    scan = scan_article_files(tmp_path, exclude=[tmp_path / "elsewhere"])
    assert [p.name for p in scan.files] == ["story.txt"]


def test_hidden_files_and_folders_are_never_listed(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    touch(tmp_path / ".git" / "notes.txt")
    touch(tmp_path / ".story.txt.part")
    assert names(tmp_path) == ["story.txt"]


def test_links_to_files_outside_the_folder_are_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    touch(folder / "story.txt")
    secret = touch(tmp_path / "private" / "secret.txt")
    (folder / "secret.txt").symlink_to(secret)
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # dangling, outside
    (folder / "lost.txt").symlink_to("nowhere.txt")  # dangling, inside
    (folder / "loop.txt").symlink_to("loop.txt")
    scan = scan_article_files(folder)
    assert [p.name for p in scan.files] == ["story.txt"]
    assert [w.split(":")[0] for w in scan.warnings] == [
        "skipped gone.txt",
        "skipped loop.txt",
        "skipped lost.txt",
        "skipped secret.txt",
    ]
    assert "which does not exist; fix or remove the link" in scan.warnings[0]
    assert scan.warnings[1].endswith(
        "loop.txt, which links back to itself; fix or remove the link"
    )
    assert scan.warnings[2].endswith(
        "a link to nowhere.txt, which does not exist; fix or remove the link"
    )


def test_a_link_to_a_file_read_anyway_is_skipped_and_one_to_a_hidden_file_is_read(
    tmp_path: Path,
) -> None:
    # a link to an article already in the folder was read as a second article: answers showed
    # it once (duplicates are merged), `qabot articles` listed it twice
    folder = tmp_path / "articles"
    touch(folder / "politics" / "story.txt")
    (folder / "again.txt").symlink_to(folder / "politics" / "story.txt")
    touch(folder / ".drafts" / "draft.txt")
    (folder / "draft.txt").symlink_to(Path(".drafts") / "draft.txt")  # only read through it
    (folder / "draft-too.txt").symlink_to(Path(".drafts") / "draft.txt")
    scan = scan_article_files(folder)
    assert [p.relative_to(folder).as_posix() for p in scan.files] == [
        "draft-too.txt",
        "politics/story.txt",
    ]
    assert scan.warnings == [
        "skipped again.txt: a link to politics/story.txt, which is read already",
        "skipped draft.txt: a link to .drafts/draft.txt, which is read already as draft-too.txt",
    ]


def test_linked_folders_are_skipped_with_a_warning_that_says_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    touch(folder / "politics" / "story.txt")
    touch(tmp_path / "saved" / "sport" / "match.txt")
    (folder / "sport").symlink_to(tmp_path / "saved" / "sport")  # outside: never read
    (folder / "again").symlink_to(folder / "politics")  # inside: would be read twice
    scan = scan_article_files(folder)
    assert names(folder) == ["politics/story.txt"]
    assert scan.warnings[0].startswith("skipped again/: a link to a folder already in")
    assert scan.warnings[1].startswith("skipped sport/: a link to a folder outside")
    assert "copy that folder in" in scan.warnings[1]


def test_a_name_that_is_not_utf8_is_skipped_with_a_printable_warning(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    bad = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(bad, "w", encoding="utf-8") as handle:
        handle.write("Title\n\nBody.\n")
    scan = scan_article_files(tmp_path)
    assert [p.name for p in scan.files] == ["story.txt"]
    [warning] = scan.warnings
    assert "caf\ufffd.txt" in warning and "UTF-8" in warning
    warning.encode("utf-8")
