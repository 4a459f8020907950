"""The bot, through the fake Bot API: "what did he say?" after a question about a woman means
the last man asked about; it answered for the woman ("Nothing more from ...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_telegram import write_workspace
from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import BuiltProjects

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def workspace(
    tmp_path_factory: pytest.TempPathFactory, server: FakeTelegram, built_projects: BuiltProjects
) -> Path:
    folder = tmp_path_factory.mktemp("pronoun_gender")
    return write_workspace(folder, server, watch=False, built=built_projects).parent


def _reply(server: FakeTelegram, user_id: int, text: str) -> str:
    since = len(server.calls)
    server.send_private(user_id, text)
    [call, *_] = server.wait_for("sendMessage", lambda p: p["chat_id"] == user_id, since=since)
    return str(call.result["text"])


def test_he_after_a_woman_means_the_man_asked_about_before(server, bot) -> None:
    assert "Tom Briggs" in _reply(server, 241, "What did Tom Briggs say?")
    assert "Maria Keller" in _reply(server, 241, "and Maria Keller?")
    again = _reply(server, 241, "what did he say?")
    assert "Tom Briggs" in again and "Maria Keller" not in again, again
