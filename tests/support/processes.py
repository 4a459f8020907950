"""Real qabot processes for end-to-end tests: one command run to completion, or a bot."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from qabot.cli import COMMANDS
from tests.support.fake_telegram import FakeTelegram
from tests.support.warm_qabot import WarmProcess, warm_server

# root reads anything: what a command run "as a user who may not" drops (see `without_root`)
ROOT_POWERS = "-dac_override,-dac_read_search,-fowner"


def qabot(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `qabot ARGS` in `cwd` to completion; return what it printed and its exit code. A
    command's process is forked from a warm one (`warm_qabot`) where its start-up is not what
    a test could see; `fresh_qabot` always starts a new interpreter."""
    if args and args[0] in COMMANDS and (server := warm_server(args[0])) is not None:
        return server.run(list(args), cwd, stdin, timeout=60)
    return fresh_qabot(*args, cwd=cwd, stdin=stdin)


def fresh_qabot(
    *args: str, cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m qabot ARGS` in `cwd`, a new interpreter, to completion; return what it
    printed and its exit code."""
    return subprocess.run(
        [sys.executable, "-m", "qabot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def run_script(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the Python `script` in a process of its own in `cwd` (what a command imports shows
    only in a fresh process); return what it printed and its exit code."""
    return subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def ask_each(*questions: str, cwd: Path, options: Sequence[str] = ()) -> list[str]:
    """Ask `questions` of one `qabot ask [OPTIONS] -` in `cwd` (a process start is ~0.3 CPU-s,
    and a test asking two things started two); return each answer as `qabot ask QUESTION`
    prints it, without the "Q: ..." line the batch puts above it."""
    stdin = "".join(f"{question}\n" for question in questions)
    result = qabot("ask", *options, "-", cwd=cwd, stdin=stdin)
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    answers = [part.split("\n\n", 1)[1] for part in f"\n{result.stdout}".split("\nQ: ")[1:]]
    if len(answers) != len(questions):
        raise AssertionError(result.stdout)
    return answers


def printed_under_hash_seeds(
    argv: Sequence[str], seeds: Iterable[int], *, cwd: Path | None = None, stdin: str | None = None
) -> list[str]:
    """Return what `python ARGV` prints run once under each of `seeds` as PYTHONHASHSEED: a
    set's order follows the seed (randomised per process), and what qabot says must not."""
    return [
        subprocess.run(
            [sys.executable, *argv],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={**clean_env(), "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in seeds
    ]


def clean_env() -> dict[str, str]:
    """Return the environment without QABOT_* variables (module fixtures start before the
    autouse clean_environ fixture, so they clean up for themselves)."""
    return {name: value for name, value in os.environ.items() if not name.startswith("QABOT_")}


def start_bot(config: Path, token: str) -> subprocess.Popen[bytes] | WarmProcess:
    """Start `qabot bot --config CONFIG`, its log going to bot.log beside the config: forked
    from a warm bot (`warm_qabot`) where one is free, else a new interpreter."""
    env = {**clean_env(), "QABOT_TELEGRAM_TOKEN": token}
    args = ["bot", "--config", str(config)]
    with (config.parent / "bot.log").open("ab") as log:  # the child keeps its own copy
        if (server := warm_server("bot", env)) is not None:
            with open(os.devnull, "rb") as null:
                return server.start(args, Path.cwd(), env, [null.fileno(), *[log.fileno()] * 2])
        return subprocess.Popen(
            [sys.executable, "-m", "qabot", *args], env=env, stdout=log, stderr=log
        )


def wait_ready(server: FakeTelegram, polls_before: int) -> None:
    """Wait until a bot started after `polls_before` getUpdates calls polls for updates."""
    server.wait_polling(polls_before)


def wait_logged(log: Path, text: str, count: int = 1, timeout: float = 30.0) -> None:
    """Wait until a process's log holds `text` `count` times: a step done that no request shows
    (a fixed sleep is too short on a loaded machine and too long on a quiet one)."""
    deadline = time.monotonic() + timeout
    while log.read_text(encoding="utf-8", errors="replace").count(text) < count:
        assert time.monotonic() < deadline, f"{text!r} not logged {count}x within {timeout}s"
        time.sleep(0.05)


def stop_bot(process: subprocess.Popen[bytes] | WarmProcess) -> int:
    """Send SIGTERM as a service manager would; return the exit code."""
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=20)


def read_only(folder: Path) -> contextlib.AbstractContextManager[None]:
    """Make `folder` read-only for this process: a read-only bind mount as root (who may write
    anything else), else permissions. Skips the test when neither is possible."""

    @contextlib.contextmanager
    def as_root() -> Iterator[None]:
        for options in (
            ["--bind", str(folder), str(folder)],
            ["-o", "remount,bind,ro", str(folder)],
        ):
            if subprocess.run(["mount", *options], capture_output=True).returncode:
                subprocess.run(["umount", str(folder)], capture_output=True)
                pytest.skip("cannot mount a read-only folder here")
        try:
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=True)

    @contextlib.contextmanager
    def by_permissions() -> Iterator[None]:
        modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
        for path in modes:
            path.chmod(modes[path] & ~0o222)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)

    return as_root() if os.geteuid() == 0 else by_permissions()


def without_root(command: list[str]) -> list[str]:
    """Return `command` run without root's power to read and write any file (through
    setpriv), so file permissions hold for it as for any user; unchanged when not root."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--bounding-set", ROOT_POWERS, "--inh-caps", ROOT_POWERS, *command]
