""" "yes" after an answer that read a misspelt name as another ("read as Tesfaye Woldemariam"):
nothing was offered to accept, so the console says the answer above is already for that person
(it said "Ask a question about the articles ...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.processes import qabot

pytestmark = pytest.mark.e2e


def test_the_console_answers_yes_after_a_reading_with_the_person_read(tmp_path: Path) -> None:
    (tmp_path / "marathon.txt").write_text(
        "Marathon field named\n\nOlympic champion Tesfaye Woldemariam will run the Riverton "
        'marathon in April. "I came here to win the race," Woldemariam said.\n',
        encoding="utf-8",
    )
    (tmp_path / "harbour.txt").write_text(
        "Harbour dredging\n\nHarbour master Ines Calder said the channel would be dredged. "
        '"Ships will wait no longer," Ms Calder said.\n',
        encoding="utf-8",
    )
    assert qabot("add", "marathon.txt", "harbour.txt", cwd=tmp_path).returncode == 0
    console = qabot(
        "console", cwd=tmp_path, stdin="what did woldemarium say about the marathon?\nyes\n"
    )
    shown = console.stdout.replace("**", "")
    assert "read as Tesfaye Woldemariam" in shown
    assert "The answer above is already for Tesfaye Woldemariam." in shown
    assert "Ask a question about the articles" not in shown
