"""The console loop and line editing, without a terminal (the pty tests are in tests/e2e)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from qabot.console import run
from qabot.line_editing import Completer, history_path
from qabot.search import Answer


def test_ctrl_c_while_answering_stops_that_answer_and_the_console_goes_on() -> None:
    asked: list[str] = []

    def answer_fn(question: str) -> Answer:
        asked.append(question)
        if question == "slow":
            raise KeyboardInterrupt
        return Answer(question, True, f"Answer to {question}")

    out = io.StringIO()
    run(answer_fn, io.StringIO("slow\nquick\n"), out)
    assert asked == ["slow", "quick"]
    assert "(stopped)" in out.getvalue()
    assert "Answer to quick" in out.getvalue()
    assert "index" not in out.getvalue()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"XDG_STATE_HOME": "/state", "HOME": "/home/ann"}, Path("/state/qabot/history")),
        ({"HOME": "/home/ann"}, Path("/home/ann/.local/state/qabot/history")),
        ({"XDG_STATE_HOME": "relative", "HOME": "/h"}, Path("/h/.local/state/qabot/history")),
        ({}, None),
    ],
)
def test_history_lives_in_the_users_state_folder(
    environ: dict[str, str], expected: Path | None
) -> None:
    assert history_path(environ) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("what did Jens Sto", ["what did Jens Stoltenberg"]),
        ("what did jens", ["what did Jens Stoltenberg"]),
        ("who is Liz", ["who is Liz Truss"]),
        (":he", [":help"]),
        (":q", [":quit"]),
        ("", []),
        ("nothing like a name", []),
    ],
)
def test_tab_completes_names_and_commands(line: str, expected: list[str]) -> None:
    assert Completer(["Jens Stoltenberg", "Liz Truss", "Vladimir Putin"]).matches(line) == expected
