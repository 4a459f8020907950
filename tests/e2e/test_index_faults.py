"""The real `qabot` processes under faults: rebuilds under a reader, kill -9, full or read-only
disks, odd `qabot add` arguments. Each user error is one line and exit code 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qabot.indexing import current_generation, update_index

pytestmark = pytest.mark.e2e


def qabot(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qabot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_json_batch_keeps_answering_while_other_processes_rebuild(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    command = [sys.executable, "-m", "qabot", "ask", "--json", "-"]
    folders = ["--articles", str(articles_dir), "--index-dir", str(index_dir)]
    with subprocess.Popen(
        command + folders,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as batch:
        assert batch.stdin is not None and batch.stdout is not None

        def ask(question: str) -> dict[str, object]:
            assert batch.stdin is not None and batch.stdout is not None
            batch.stdin.write(question + "\n")
            batch.stdin.flush()
            return dict(json.loads(batch.stdout.readline()))

        assert ask("Why did harbour pilots strike?")["found"]
        for n in range(3):  # three generations land: the batch's first one is long outdated
            (articles_dir / "tram.txt").write_text(
                f"Tram line {n} opens\n\nTram line {n} carried commuters over the river.\n"
            )
            done = qabot("index", *folders, cwd=tmp_path)
            assert done.returncode == 0, done.stderr
            result = ask("What did Maria Keller say about fog?")
            assert result["found"] and result["quotes"], result
        assert ask("Which tram line carried commuters?")["found"]
        _, errors = batch.communicate(timeout=30)
        assert batch.returncode == 0, errors
    assert current_generation(index_dir) == "gen-000004"
