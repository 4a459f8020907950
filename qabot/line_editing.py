"""Console line editing: history kept between runs, Tab completion, Ctrl-C that clears the line.

Used by `qabot console` when it talks to a terminal. GNU readline (or libedit) gives editing
and history; where neither exists the console still works, without them. The history lives in
the user's state folder ($XDG_STATE_HOME/qabot/history, by default ~/.local/state/qabot/),
never in the repository.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

from qabot.typed_bytes import read_typed_bytes

logger = logging.getLogger(__name__)

HISTORY_LENGTH = 1000  # lines kept between runs
COMMANDS = (":help", ":quit")


def history_path(environ: Mapping[str, str]) -> Path | None:
    """Return the history file in the user's state folder, or None when there is no home."""
    state = environ.get("XDG_STATE_HOME", "")
    if state and Path(state).is_absolute():
        return Path(state) / "qabot" / "history"
    home = environ.get("HOME", "")
    return Path(home) / ".local" / "state" / "qabot" / "history" if home else None


class Completer:
    """Tab completion of commands and known speaker names, as readline calls it.

    The whole line is the word being completed (no delimiters), so that a name of several
    words ("what did Jens Sto<Tab>") completes to its end.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted(set(names), key=str.casefold)
        self._matches: list[str] = []

    def matches(self, line: str) -> list[str]:
        """Return the lines `line` may complete to."""
        if line.startswith(":"):
            return [command for command in COMMANDS if command.startswith(line)]
        folded = line.casefold()
        found: list[str] = []
        for start in range(len(line) + 1):
            if start and not line[start - 1].isspace():
                continue  # a name starts at a word
            tail = folded[start:]
            found += [
                line[:start] + name for name in self.names if name.casefold().startswith(tail)
            ]
            if found and tail:
                break  # the longest tail that begins a name decides
        return list(dict.fromkeys(found)) if line.strip() else []

    def __call__(self, text: str, state: int) -> str | None:
        if state == 0:
            self._matches = self.matches(text)
        return self._matches[state] if state < len(self._matches) else None


class LineEditing:
    """readline set up for the console: history file, completion; `save()` on the way out."""

    def __init__(self, history: Path | None, names: Iterable[str]) -> None:
        self.history = history
        self.readline: ModuleType | None = None
        self._kept = 0  # lines of the history already in the file
        try:
            import readline
        except ImportError:  # no line editing on this Python: plain input() still works
            return
        self.readline = readline
        # GNU readline 8.2 drops the bytes of a terminal set to Latin-1 ("caf\xe9")
        self._typed = read_typed_bytes(readline, sys.stdin)
        readline.set_completer(Completer(names))
        readline.set_completer_delims("")
        if "libedit" in (readline.__doc__ or ""):
            readline.parse_and_bind("bind ^I rl_complete")
        else:
            readline.parse_and_bind("tab: complete")
        readline.set_history_length(HISTORY_LENGTH)
        if history is not None:
            with contextlib.suppress(OSError):  # none yet, or unreadable: start afresh
                readline.read_history_file(history)
        self._kept = readline.get_current_history_length()

    def keep(self) -> None:
        """Append the line just read to the history file at once: a console ended by closing
        its terminal window (SIGHUP, which skips `save`) or killed still remembers it."""
        if self.readline is None or self.history is None:
            return
        added = self.readline.get_current_history_length() - self._kept
        if added <= 0:  # an empty line is not history
            return
        self._kept += added
        append = getattr(self.readline, "append_history_file", None)  # some libedit builds lack it
        with contextlib.suppress(OSError):  # `save` on the way out says what went wrong
            self.history.parent.mkdir(parents=True, exist_ok=True)
            if append is None:  # the whole history then, read from the file at the start
                self.readline.write_history_file(self.history)
                return
            self.history.touch()  # readline appends only to a file that exists
            append(added, self.history)

    def save(self) -> None:
        """Write the history file (its folder is made when missing); a failure is only logged."""
        if self.readline is None or self.history is None:
            return
        try:
            self.history.parent.mkdir(parents=True, exist_ok=True)
            self.readline.write_history_file(self.history)
        except OSError as exc:
            logger.warning("Could not save the console history to %s: %s", self.history, exc)
