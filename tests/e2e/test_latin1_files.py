"""A text file saved as Latin-1 (Windows-1252) is an article like any: `qabot add` skipped
it ("not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8") and its story was never asked
about."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.processes import qabot

pytestmark = pytest.mark.e2e


def test_qabot_add_reads_a_latin1_file_and_answers_from_it(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "ferry.txt").write_text(
        "Ferry timetable\n\nThe harbour ferry keeps its winter timetable.\n", encoding="utf-8"
    )
    (tmp_path / "cafe.txt").write_bytes(
        b"Caf\xe9 staff strike\n\nThe staff of the harbour caf\xe9 struck on Monday over pay "
        b"and the long hours of the summer season.\n"
    )
    added = qabot("add", "cafe.txt", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "not UTF-8" not in added.stderr
    asked = qabot("ask", "why did the café staff strike?", cwd=tmp_path)
    assert "The staff of the harbour café struck on Monday" in asked.stdout.replace("**", "")
