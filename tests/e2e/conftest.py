"""Fixtures of the bot's end-to-end modules: one fake Bot API and one bot process per module,
and projects with their index built once per session.

Each module that uses `bot` defines its own `workspace` (articles and a config.toml).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import BuiltProjects
from tests.support.processes import start_bot, stop_bot, wait_ready


@pytest.fixture(scope="session")
def built_projects(tmp_path_factory: pytest.TempPathFactory) -> BuiltProjects:
    return BuiltProjects(tmp_path_factory.mktemp("built"))


@pytest.fixture(scope="module")
def server() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture(scope="module")
def bot(server: FakeTelegram, workspace: Path) -> Iterator[subprocess.Popen[bytes]]:
    process = start_bot(workspace / "config.toml", server.token)
    wait_ready(server, 0)
    yield process
    assert stop_bot(process) == 0, (workspace / "bot.log").read_text()
