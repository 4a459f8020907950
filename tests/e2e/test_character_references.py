"""A plain-text article with numeric character references ("communiqu&#233;", "&#163;") answers
with the characters: the references were shown as written in answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.processes import qabot

pytestmark = pytest.mark.e2e


def test_an_answer_from_a_text_file_shows_the_characters_not_the_references(
    tmp_path: Path,
) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "ferry.txt").write_text(
        "Ferry timetable\n\nThe harbour ferry keeps its winter timetable.\n", encoding="utf-8"
    )
    (tmp_path / "rents.txt").write_text(
        "Harbour caf&#233; rents rise\n\nThe owners of the harbour caf&#233; issued a "
        "communiqu&#233; on Monday about the &#163;200 rise in their monthly rents.\n",
        encoding="utf-8",
    )
    added = qabot("add", "rents.txt", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    asked = qabot("ask", "what did the café owners issue about their rents?", cwd=tmp_path)
    shown = asked.stdout.replace("**", "")
    assert "issued a communiqué on Monday about the £200 rise" in shown
    assert "&#" not in shown
