"""`qabot console` at a real terminal (a pseudo-terminal): Ctrl-C, Ctrl-D, history, Tab."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from qabot.engines import DEFAULT_ENGINE
from tests.conftest import TINY_ARTICLES
from tests.support.indexes import BuiltProjects

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal"),
]


def _take_terminal() -> None:
    """Make the pseudo-terminal (stdin) the child's controlling terminal, so that Ctrl-C
    typed into it sends SIGINT as at a real terminal."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """`qabot console` on a pseudo-terminal: type into it, read what it shows."""

    def __init__(self, cwd: Path, state: Path, columns: int = 120) -> None:
        self.master, slave = pty.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("QABOT_")}
        env.update(XDG_STATE_HOME=str(state), TERM="dumb", COLUMNS=str(columns))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "qabot", "console"],
            cwd=cwd,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            preexec_fn=_take_terminal,
        )
        os.close(slave)
        self.output = ""
        self.cursor = 0  # where the next wait starts looking

    def read_until(self, text: str, timeout: float = 30.0) -> str:
        """Read output until `text` appears past the last text waited for; return all of it."""
        deadline = time.monotonic() + timeout
        while text not in self.output[self.cursor :]:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} never came; got {self.output!r}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the console has exited
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"{text!r} never came; got {self.output!r}")
                self.output += chunk.decode("utf-8", "replace")
        self.cursor = self.output.index(text, self.cursor) + len(text)
        return self.output

    def type(self, keys: str) -> None:
        # a Ctrl-C in the instant before readline waits for keys would be lost (the terminal
        # flushes the line and nothing wakes readline): tests wait for typed keys to be echoed
        os.write(self.master, keys.encode())

    def interrupt(self, tries: int = 4) -> None:
        """Type Ctrl-C until a new prompt comes: on a loaded machine the echo can come from
        the terminal before line editing reads keys, and a Ctrl-C in that instant is lost."""
        for _ in range(tries - 1):
            self.type("\x03")
            try:
                self.read_until("qabot> ", timeout=5.0)
                return
            except AssertionError:
                continue
        self.type("\x03")
        self.read_until("qabot> ")

    def close(self, hang_up: bool = False) -> int:
        """Wait for the console to leave (or, with `hang_up`, close the terminal as a closed
        window does, first); return its exit code."""
        if hang_up:
            os.close(self.master)
        try:
            code = self.process.wait(timeout=30)
        finally:
            if not hang_up:
                os.close(self.master)
        return code


@pytest.fixture
def workdir(tmp_path: Path, built_projects: BuiltProjects) -> Path:
    """Articles in seeds/ and their index/, copied from a project built once a session: a
    `qabot index` run for each test cost a process and a build (25 s of a busy suite's setup)."""
    built_projects.copy(TINY_ARTICLES, tmp_path, engine=DEFAULT_ENGINE, articles_name="seeds")
    return tmp_path


def test_ctrl_c_clears_the_line_ctrl_d_leaves_and_history_is_kept(
    workdir: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state"
    console = Terminal(workdir, state)
    console.read_until("qabot> ")
    console.type("half a quest")
    console.read_until("half a quest")  # echoed: line editing is reading keys now
    console.interrupt()  # Ctrl-C at the prompt: the line is dropped, a new prompt comes
    console.type("frost damage\r")
    console.read_until("Frost destroyed blossoms")
    console.read_until("qabot> ")
    console.type("\x04")  # Ctrl-D leaves
    assert console.close() == 0
    assert "index" not in console.output.split("Type :help", 1)[1].lower()
    assert "half a quest" not in console.output.split("half a quest", 1)[1]
    assert "Traceback" not in console.output
    history = state / "qabot" / "history"
    assert "frost damage" in history.read_text(encoding="utf-8")
    assert not (workdir / ".qabot_history").exists()

    again = Terminal(workdir, state)  # the next run recalls it with the Up arrow
    again.read_until("qabot> ")
    again.type("\x1b[A\r")
    again.read_until("Frost destroyed blossoms")
    again.read_until("qabot> ")  # keys typed while an answer is written may be dropped
    again.type("\x04")
    assert again.close() == 0


def test_tab_completes_a_speaker_name_and_commands_and_a_closed_window_keeps_history(
    workdir: Path, tmp_path: Path
) -> None:
    console = Terminal(workdir, tmp_path / "state")
    console.read_until("qabot> ")
    console.type("what did Maria K\t\r")
    console.read_until("Maria Keller")
    console.read_until("qabot> ")
    console.type(":he\t\r")
    console.read_until("Tab completes")
    console.read_until("qabot> ")
    # closing the terminal window hangs up the console (SIGHUP, or an error reading or writing
    # the terminal if that comes first): it ended without saving the history, and the
    # questions of the session were lost
    console.close(hang_up=True)
    history = (tmp_path / "state" / "qabot" / "history").read_text(encoding="utf-8")
    assert "what did Maria Keller" in history and ":help" in history


def _answer_lines(
    workdir: Path,
    tmp_path: Path,
    columns: int,
    typed: str = "harbour pilots night shifts",
    shown: str = "Source:",
) -> list[str]:
    """Return the lines the console prints, colour codes taken out, for `typed` (a question
    whose answer shows `shown`) on a terminal `columns` wide; the banner's lines first."""
    console = Terminal(workdir, tmp_path / "state", columns=columns)
    console.read_until("qabot> ")
    console.type(typed + "\r")
    console.read_until(shown)
    console.read_until("qabot> ")
    console.type("\x04")
    assert console.close() == 0
    banner, answer = console.output.replace("\r", "").split(typed, 1)
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in (banner + answer).split("\n")]


def test_answers_fit_a_terminal_narrower_than_their_width(workdir: Path, tmp_path: Path) -> None:
    # on the common 80-column window, passages wrapped at 88 columns broke again mid-word
    lines = _answer_lines(workdir, tmp_path, columns=60)
    lines = lines[next(n for n, line in enumerate(lines) if "qabot>" in line) :]
    text = [line for line in lines if line.startswith("  ") and "Source:" not in line]
    assert "Harbour pilots in Port Elms walked out" in " ".join(text)
    assert text and max(len(line) for line in text) <= 59


def test_the_lead_and_source_lines_fit_a_narrow_terminal_too(
    workdir: Path, tmp_path: Path
) -> None:
    # only the passages were wrapped: the lead and the "Source:" lines ran past the window's edge
    lines = _answer_lines(workdir, tmp_path, columns=40)
    lines = lines[next(n for n, line in enumerate(lines) if "qabot>" in line) + 1 :]
    lines = [line for line in lines if "qabot>" not in line]
    assert any(line.startswith("Best matching passages") for line in lines)
    assert any(line.startswith("  Source: Harbour pilots") for line in lines)
    assert "Harbour pilots strike over night shifts" in " ".join(
        w for w in " ".join(lines).split()
    )
    assert max(len(line) for line in lines) <= 39, lines


def test_the_banner_and_help_fit_a_narrow_terminal_too(workdir: Path, tmp_path: Path) -> None:
    # answers were wrapped to the window, the banner and :help not: their lines ran past it
    lines = _answer_lines(workdir, tmp_path, columns=50, typed=":help", shown="history is kept")
    lines = [line for line in lines if "qabot>" not in line]
    assert any(line.startswith("qabot ") and "article" in line for line in lines)
    assert any("what did <name> say about <x>?" in line for line in lines)
    assert "the same, narrowed to a topic" in " ".join(" ".join(lines).split())
    assert max(len(line) for line in lines) <= 49, lines


@pytest.mark.parametrize(
    ("keys", "read"),
    [
        (b"frost caf\xe9 damage\r", "frost caf\u00e9 damage"),  # a terminal set to Latin-1
        (b"frost caf\xe9\r", "frost caf\u00e9"),  # its last letter before Enter
        (b"frost caf\xc3\xa9 damage\r", "frost caf\u00e9 damage"),  # UTF-8, unchanged
    ],
)
def test_letters_a_terminal_not_set_to_utf8_sends_reach_the_question(
    workdir: Path, tmp_path: Path, keys: bytes, read: str
) -> None:
    # GNU readline 8.2 dropped "\xe9" (it opens a UTF-8 character the next byte does not go on
    # with): the question read "frost caf damage"
    console = Terminal(workdir, tmp_path / "state")
    console.read_until("qabot> ")
    os.write(console.master, keys)
    console.read_until(f"“{read}”")
    console.read_until("qabot> ")  # the answer written: line editing reads keys again
    console.type("\x04")
    assert console.close() == 0


def test_ctrl_c_just_after_a_latin1_byte_drops_the_line_quietly(
    workdir: Path, tmp_path: Path
) -> None:
    # the Ctrl-C comes while the key reader waits (50 ms) for the rest of the character the
    # byte may open: it must clear the line as at any other moment, with no traceback
    console = Terminal(workdir, tmp_path / "state")
    console.read_until("qabot> ")
    console.type("frost")
    console.read_until("frost")  # echoed: line editing is reading keys now
    os.write(console.master, b" caf\xe9")
    time.sleep(0.01)  # the byte read, its rest awaited
    console.type("\x03")
    console.read_until("\nqabot> ")  # a new prompt, on a line of its own
    console.type("frost damage\r")
    console.read_until("Frost destroyed blossoms")
    console.read_until("qabot> ")
    console.type("\x04")
    assert console.close() == 0
    assert "Traceback" not in console.output and "Exception" not in console.output
    assert "caf" not in console.output.split("frost damage", 1)[1]
