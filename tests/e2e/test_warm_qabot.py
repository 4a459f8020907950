"""The end-to-end tests' warm `qabot` (tests/support/warm_qabot.py) prints, reads and exits as a
fresh `python -m qabot` does, and leaves to a fresh one what only a process's start shows."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from qabot.engines import DEFAULT_ENGINE
from tests.conftest import TINY_ARTICLES
from tests.support.indexes import BuiltProjects
from tests.support.processes import fresh_qabot, start_bot
from tests.support.warm_qabot import WarmProcess, reaches_start_up, warm_server

pytestmark = pytest.mark.e2e

RUNS = [  # (command line, stdin)
    (["ask", "harbour pilots"], None),
    (["ask", "who said they would guide tankers through fog?"], None),  # imports more
    (["ask", "--json", "-"], "frost damage\nnothing of the sort zzqx\n"),
    (["ask", "zzqx"], None),  # not found
    (["ask", "--no-such-option", "x"], None),  # a usage error: argparse exits 1
    (["ask", "--top", "0", "fog"], None),  # an option refused after parsing
    (["console"], "what did Briggs say?\nquit\n"),
    (["articles"], None),
    (["bot"], None),  # no token in the environment: one error line
    (["index"], None),
    (["ask", "--help"], None),  # SystemExit(0) from argparse
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, built_projects: BuiltProjects) -> Path:
    folder = tmp_path_factory.mktemp("warm")
    built_projects.copy(TINY_ARTICLES, folder, engine=DEFAULT_ENGINE, articles_name="seeds")
    return folder


def test_a_warm_run_prints_and_exits_as_a_fresh_one(project: Path) -> None:
    for args, stdin in RUNS:
        server = warm_server(args[0])
        assert server is not None  # on Linux, with the suite's environment
        warm = server.run(args, project, stdin, timeout=60)
        fresh = fresh_qabot(*args, cwd=project, stdin=stdin)
        assert (warm.returncode, warm.stdout, warm.stderr) == (
            fresh.returncode,
            fresh.stdout,
            fresh.stderr,
        ), args


@pytest.mark.parametrize(
    ("env", "fresh"),
    [
        ({"PATH": "/bin", "QABOT_TOP": "3", "HOME": "/elsewhere"}, False),
        ({"PATH": "/bin", "PYTHONHASHSEED": "1"}, True),
        ({"PATH": "/bin", "LC_ALL": "C"}, True),
        ({"PATH": "/bin", "PYTHONIOENCODING": "latin-1"}, True),
    ],
)
def test_a_run_whose_variables_act_at_start_up_is_a_fresh_process(
    env: dict[str, str], fresh: bool
) -> None:
    assert reaches_start_up(env, {"PATH": "/usr/bin"}) is fresh


def test_a_hash_seed_set_for_a_run_makes_it_a_fresh_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHONHASHSEED", str(os.getpid() % 1000 + 1))
    assert warm_server("ask") is None


def test_a_bot_server_runs_one_bot_at_a_time(tmp_path: Path) -> None:
    # it waits for its child: a second bot started meanwhile is a new interpreter (the
    # Telegram files' module bots run beside bots their tests start)
    config = tmp_path / "config.toml"
    config.write_text("[telegram]\napi_base_url = 'http://127.0.0.1:9/bot'\n", encoding="utf-8")
    bot = start_bot(config, "123:WARM")
    try:
        assert isinstance(bot, WarmProcess)
        assert warm_server("bot", {**os.environ, "QABOT_TELEGRAM_TOKEN": "1:x"}) is None
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(timeout=20)
    assert warm_server("bot", {**os.environ, "QABOT_TELEGRAM_TOKEN": "1:x"}) is not None
