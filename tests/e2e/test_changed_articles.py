"""The real commands over an articles folder that changed since the index was built, and over
an index this user may not read: a file added, edited or removed is indexed before the question
is answered (it was left out, or still shown, in silence); an unreadable or hand-edited index is
one line saying what to do, at a question as at the start."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qabot.indexing import current_generation, update_index
from tests.support.processes import qabot, read_only, without_root

pytestmark = pytest.mark.e2e

TRAM = "Tram line opens\n\nThe new tram line carried commuters across the river on Sunday.\n"


def folders(articles_dir: Path, index_dir: Path) -> list[str]:
    return ["--articles", str(articles_dir), "--index-dir", str(index_dir)]


def test_ask_indexes_a_file_added_since_the_index_was_built(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "tram.txt").write_text(TRAM)
    asked = qabot("ask", "tram line commuters", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert "carried commuters across the river" in asked.stdout
    assert asked.stderr == (
        f"Updated the index of {articles_dir}. Index gen-000002: files 1 added, 0 changed, "
        "0 removed, 3 unchanged; 4 articles, 4 passages, 6 quotes.\n"
    )
    again = qabot("ask", "tram line commuters", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert again.stderr == "" and again.stdout == asked.stdout


def test_ask_leaves_out_a_file_removed_since_the_index_was_built(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "harbour.txt").unlink()
    asked = qabot("ask", "harbour pilots strike", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert "Port Elms" not in asked.stdout
    assert "files 0 added, 0 changed, 1 removed, 2 unchanged" in asked.stderr


def test_a_file_holding_no_article_is_not_read_again_at_every_question(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "empty.txt").write_text("")
    first = qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert first.stderr.startswith("warning: skipped empty.txt: the file is empty\n")
    second = qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert second.returncode == 0 and second.stderr == ""
    (articles_dir / "empty.txt").write_text("Ferry timetable\n\nThe ferry sails at noon.\n")
    third = qabot("ask", "ferry sails", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert "The ferry sails at noon." in third.stdout, third.stderr


def test_the_console_answers_from_files_added_before_it_started(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "tram.txt").write_text(TRAM)
    ran = qabot(
        "console", *folders(articles_dir, index_dir), cwd=tmp_path, stdin="tram commuters\n"
    )
    assert ran.returncode == 0, ran.stderr
    assert "carried commuters across the river" in ran.stdout
    assert ran.stderr.startswith(f"Updated the index of {articles_dir}.")


def test_a_read_only_index_of_an_older_format_says_it_must_be_built_again(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    meta_file = index_dir / str(current_generation(index_dir)) / "meta.json"
    meta = json.loads(meta_file.read_text())
    meta_file.write_text(json.dumps({**meta, "format_version": meta["format_version"] - 1}))
    with read_only(index_dir):
        asked = qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 1 and asked.stdout == ""
    assert asked.stderr.startswith(
        f"error: The index in {index_dir} was built by another version of qabot, so it must "
        "be built again, and it cannot be written here ("
    )
    assert asked.stderr.endswith(
        "). Make the folder writable, or point --index-dir at a folder you can write to.\n"
    )


@pytest.mark.parametrize(("key", "value"), [("quotes", "many"), ("passages", -3)])
def test_a_meta_count_that_is_no_count_is_damage_that_index_repairs(
    articles_dir: Path, tmp_path: Path, key: str, value: object
) -> None:
    """A hand-edited meta.json count was shown as it was ("many quotes", "-3 passages")."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    name = str(current_generation(index_dir))
    meta_file = index_dir / name / "meta.json"
    meta_file.write_text(json.dumps({**json.loads(meta_file.read_text()), key: value}))
    asked = qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 1
    assert asked.stderr == (
        f"error: The index in {index_dir} is damaged ({name}: meta.json holds "
        f"{json.dumps(value)} as its {key}, not a count). Run `qabot index` to repair it.\n"
    )
    indexed = qabot("index", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert indexed.returncode == 0 and "rebuilt it from every article" in indexed.stderr


def unreadable_run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `qabot ARGS` as a user the index's unreadable files are closed to."""
    try:
        return subprocess.run(
            without_root([sys.executable, "-m", "qabot", *args]),
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except FileNotFoundError:
        pytest.skip("no setpriv to read as a user who may not")


@pytest.mark.parametrize(("closed", "shown"), [("CURRENT", "CURRENT"), ("engine", "engine/")])
def test_an_index_file_this_user_may_not_read_is_not_called_damage(
    articles_dir: Path, tmp_path: Path, closed: str, shown: str
) -> None:
    """An unreadable CURRENT, or engine folder, was "damaged ... Run `qabot index`", which
    cannot help a user who may not read the index."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    name = str(current_generation(index_dir))
    path = index_dir / closed if closed == "CURRENT" else index_dir / name / closed
    path.chmod(0)
    try:
        asked = unreadable_run("ask", "harbour", *folders(articles_dir, index_dir), cwd=tmp_path)
    finally:
        path.chmod(0o755)
    where = shown if closed == "CURRENT" else f"{name}/{shown}"
    assert asked.returncode == 1, asked.stderr
    assert asked.stderr.startswith(
        f"error: Cannot read the index in {index_dir} (Permission denied: {where}"
    )
    assert asked.stderr.endswith(
        "Make its files readable to this user, or point --index-dir at another index.\n"
    )


def read_until(stream: int, text: str, seen: list[str]) -> None:
    """Read the console's output until `text` comes after what was read before."""
    start, deadline = len("".join(seen)), time.monotonic() + 60
    while text not in "".join(seen)[start:]:
        ready, _, _ = select.select([stream], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(stream, 65536) if ready else b""
        assert chunk, f"{text!r} never came: {''.join(seen)!r}"
        seen.append(chunk.decode())


def test_an_index_file_closed_to_the_console_after_it_started_is_one_line_and_it_goes_on(
    articles_dir: Path, tmp_path: Path
) -> None:
    """Files read at a question, not when the console starts (the quotes' index, the names of
    the people quoted) that this user may not read were "damaged ... Run `qabot index
    --rebuild`"."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    generation = index_dir / str(current_generation(index_dir))
    command = without_root([sys.executable, "-m", "qabot", "console"])
    try:
        console = subprocess.Popen(
            [*command, *folders(articles_dir, index_dir)],
            cwd=tmp_path,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except FileNotFoundError:
        pytest.skip("no setpriv to read as a user who may not")
    assert console.stdin is not None and console.stdout is not None
    seen: list[str] = []
    read_until(console.stdout.fileno(), "qabot> ", seen)
    for path in generation.glob("*.jsonl"):
        path.chmod(0)
    try:
        output, _ = console.communicate(b"what did Maria Keller say?\nlibrary hours\n", 60)
    finally:
        for path in generation.glob("*.jsonl"):
            path.chmod(0o644)
    assert console.returncode == 0
    told = f"error: Cannot read the index in {index_dir} (Permission denied: {generation.name}/"
    assert output.decode().count(told) == 2, output  # each question, and the console goes on
    assert b"damaged" not in output


def test_ask_answers_when_the_articles_folder_is_gone_and_says_so(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    articles_dir.rename(tmp_path / "moved-away")
    asked = qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 0 and "Port Elms" in asked.stdout
    assert asked.stderr == (
        f"warning: The articles folder {articles_dir} does not exist. Create it and put .txt, "
        ".md, .html, .json or .jsonl files in it, or point --articles at the right folder. "
        "Answering from the index as it was built.\n"
    )


def test_a_folder_of_articles_this_user_may_not_list_is_kept_not_removed(
    articles_dir: Path, tmp_path: Path
) -> None:
    """`qabot index` took the articles of a folder it could not list for removed ("files 0
    added, 0 changed, 1 removed"), and a question would have done the same."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "library").chmod(0)
    try:
        indexed = unreadable_run("index", *folders(articles_dir, index_dir), cwd=tmp_path)
        asked = unreadable_run("ask", "library", *folders(articles_dir, index_dir), cwd=tmp_path)
    finally:
        (articles_dir / "library").chmod(0o755)
    assert indexed.returncode == 0, indexed.stderr
    assert indexed.stderr.startswith(
        "warning: skipped library/: cannot list it (Permission denied); what it held is kept\n"
    )
    assert "0 removed, 3 unchanged; 3 articles" in indexed.stdout
    assert asked.returncode == 0 and "central library" in asked.stdout and asked.stderr == ""


def test_an_index_of_older_quote_rules_is_not_read_again_whole_for_one_added_file(
    articles_dir: Path, tmp_path: Path
) -> None:
    """An update under new quote rules reads every article again (many minutes for a large
    archive): a question answers from the old index, as before, and names what it leaves out."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    name = str(current_generation(index_dir))
    meta_file = index_dir / name / "meta.json"
    meta_file.write_text(
        json.dumps({**json.loads(meta_file.read_text()), "attribution_version": "1"})
    )
    (articles_dir / "tram.txt").write_text(TRAM)
    asked = qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 0 and "Port Elms" in asked.stdout
    assert asked.stderr.splitlines() == [
        "warning: quote attribution has changed since this index was built; answers use the "
        "old rules until you run `qabot index` (it reads every article again, once)",
        f"warning: 1 file added in {articles_dir} since the index was built, left out until "
        "`qabot index` reads every article again under the new rules",
    ]
    assert current_generation(index_dir) == name
