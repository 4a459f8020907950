"""Fixtures of the end-to-end modules: one fake Bot API and one bot process per module, projects
with their index built once per session, and one per module of the module's own articles.

Each module that uses `bot` defines its own `workspace` (articles and a config.toml); each that
uses `workdir` or `index` below its own `ARTICLES`, or its own `workdir`.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qabot.indexing import Index, load_index, update_index
from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import BuiltProjects, write_articles
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


@pytest.fixture(scope="module")
def workdir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the module's `ARTICLES` in seeds/ and index/ built from them, where a
    `qabot ask` run answers at once, built once a module."""
    folder = tmp_path_factory.mktemp(request.module.__name__.rpartition(".")[2])
    update_index(write_articles(folder / "seeds", request.module.ARTICLES), folder / "index")
    return folder


@pytest.fixture(scope="module")
def index(workdir: Path) -> Index:
    """The index `workdir` holds, for `answer()`."""
    return load_index(workdir / "index")
