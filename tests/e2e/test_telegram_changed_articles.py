"""The bot, through the fake Bot API, started over an articles folder that changed since its
index was built (`[index] watch` off): the file added meanwhile is indexed at start and answers
(the bot answered from the old index in silence until `qabot index` ran)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_telegram import ask, write_workspace
from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import BuiltProjects

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def workspace(
    tmp_path_factory: pytest.TempPathFactory, server: FakeTelegram, built_projects: BuiltProjects
) -> Path:
    folder = tmp_path_factory.mktemp("changed")
    config = write_workspace(folder, server, watch=False, built=built_projects)
    (folder / "articles" / "tram.txt").write_text(
        "Tram line opens\n\nThe new tram line carried commuters across the river on Sunday.\n",
        encoding="utf-8",
    )
    return config.parent


def test_a_file_added_before_the_bot_started_answers(server, bot, workspace: Path) -> None:
    [reply] = ask(server, 232, "Which tram line carried commuters?")
    assert "carried commuters across the river" in reply
    assert "Updated the index: " in (workspace / "bot.log").read_text()
