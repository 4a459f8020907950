"""The console loop and line editing, without a terminal (the pty tests are in tests/e2e)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from qabot.console import format_answer, run
from qabot.errors import SearchError
from qabot.line_editing import Completer, LineEditing, history_path
from qabot.records import ArticleInfo, Passage, Quote
from qabot.search import Answer, Hit, QuoteHit
from qabot.terminal_text import BOLD, CYAN, DIM, MAX_PRINTED, RESET
from qabot.text import CONTROL


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


ESCAPES = "\x1b[2J\x1b]0;pwned\x07\r\x08\u202e"


def passage_hit(text: str, highlight: str = "") -> Hit:
    article = ArticleInfo(id="a", path="a.txt", title=f"Title{ESCAPES}", source=f"Src{ESCAPES}")
    passage = Passage(id="a:0", article_id="a", position=0, start=0, end=len(text), text=text)
    return Hit(1, 1.0, passage, article, highlight)


@pytest.mark.parametrize("color", [False, True])
def test_control_characters_in_articles_never_reach_the_terminal(color: bool) -> None:
    text = f"It rained. The {ESCAPES}mayor said the bridge would reopen."
    highlight = f"The {ESCAPES}mayor said the bridge would reopen."
    printed = format_answer(
        Answer(f"q{ESCAPES}", True, f"Lead{ESCAPES}", [passage_hit(text, highlight)]),
        color=color,
    )
    visible = printed.replace(BOLD, "").replace(DIM, "").replace(CYAN, "").replace(RESET, "")
    assert not CONTROL.search(visible.replace("\n", ""))
    assert "mayor said the bridge would reopen." in visible
    assert "Title" in visible and "Src" in visible
    if not color:
        assert "It rained. **The mayor said the bridge would reopen.**" in printed


def test_a_passage_prints_at_most_max_printed_characters() -> None:
    text = " ".join(f"word{i}" for i in range(5000))
    printed = format_answer(Answer("q", True, "Lead", [passage_hit(text, "word4000 word4001")]))
    assert len(printed) < MAX_PRINTED + 500
    assert "more characters: see the source]" in printed


def test_a_huge_title_outlet_or_byline_is_cut_in_the_source_line() -> None:
    """An article's first line is its title and page metadata is unbounded."""
    article = ArticleInfo(
        id="a", path="a.txt", title="Harbour " * 900, source="Coast " * 900, author="Ann Lee"
    )
    passage = Passage(id="a:0", article_id="a", position=0, start=0, end=9, text="It rained.")
    printed = format_answer(Answer("q", True, "Lead", [Hit(1, 1.0, passage, article, "")]))
    source = printed[printed.index("Source:") :]
    assert len(source) < 600 and source.count("…") == 2 and "by Ann Lee" in source


def test_a_failed_search_is_one_error_line_and_the_console_goes_on() -> None:
    def answer_fn(question: str) -> Answer:
        if question == "bad":
            raise SearchError("The search engine failed on this question.")
        return Answer(question, True, f"Answer to {question}")

    out = io.StringIO()
    run(answer_fn, io.StringIO("bad\ngood\n"), out)
    assert "error: The search engine failed on this question." in out.getvalue()
    assert "Answer to good" in out.getvalue()


@pytest.mark.parametrize("appends", [True, False])
def test_each_line_reaches_the_history_file_with_or_without_appending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, appends: bool
) -> None:
    # some libedit builds of readline have no append_history_file: the whole history is written
    readline = pytest.importorskip("readline")
    if not appends:
        monkeypatch.delattr(readline, "append_history_file", raising=False)
    history = tmp_path / "state" / "history"
    history.parent.mkdir()
    readline.clear_history()
    readline.add_history("frost damage")
    readline.write_history_file(history)  # an earlier run's line
    readline.clear_history()
    try:
        editing = LineEditing(history, ["Ana Ruiz"])
        readline.add_history("what did Ana Ruiz say")
        editing.keep()  # at once, not only on the way out
        lines = history.read_text(encoding="utf-8").splitlines()
        assert lines[-2:] == ["frost damage", "what did Ana Ruiz say"]
    finally:
        readline.clear_history()


def test_a_second_speaker_of_one_article_starts_a_block_of_their_own() -> None:
    sentence = "Ana Ruiz said: “The bridge is safe.” Tom Ek said: “It is not.”"
    article = ArticleInfo(id="a1", path="a.txt", title="Bridge", source="Src")
    quotes = [
        QuoteHit(
            Quote("a1", speaker, words, "direct", "said", at, at + len(words), sentence),
            speaker,
            article,
        )
        for speaker, words in (("Ana Ruiz", "The bridge is safe."), ("Tom Ek", "It is not."))
        for at in [sentence.index(words)]
    ]
    printed = format_answer(Answer("who said the bridge is safe", True, "Lead", quotes=quotes))
    lines = printed.splitlines()
    second = lines.index("  Tom Ek:")
    assert lines[second - 1] == ""  # not "  >", which would read as more of Ana Ruiz's quote
    assert lines.index("  Ana Ruiz:") < second
