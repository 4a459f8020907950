"""The bot, through the fake Bot API, reading a reply by what the chat asked before it: "yes"
after an answer that read a misspelt name as someone quoted, and "what did he say?" after a
question about a woman. One bot serves the module (a start is ~0.7 CPU-s); each test has its
own user, so neither chat's conversation reaches the other."""

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
    folder = tmp_path_factory.mktemp("follow_ups")
    return write_workspace(folder, server, watch=False, built=built_projects).parent


def _reply(server: FakeTelegram, user_id: int, text: str) -> str:
    since = len(server.calls)
    server.send_private(user_id, text)
    [call, *_] = server.wait_for("sendMessage", lambda p: p["chat_id"] == user_id, since=since)
    return str(call.result["text"])


def test_yes_after_a_name_read_as_another_says_whom_the_answer_is_for(server, bot) -> None:
    # "yes" after "read as Maria Keller" got "Ask a question about the articles ..."
    first = _reply(server, 231, "What did Maria Keler say about the night shifts?")
    assert "read as Maria Keller" in first
    assert _reply(server, 231, "yes") == "The answer above is already for Maria Keller."


def test_he_after_a_woman_means_the_man_asked_about_before(server, bot) -> None:
    # "what did he say?" after a question about a woman answered for the woman ("Nothing more
    # from ...")
    assert "Tom Briggs" in _reply(server, 241, "What did Tom Briggs say?")
    assert "Maria Keller" in _reply(server, 241, "and Maria Keller?")
    again = _reply(server, 241, "what did he say?")
    assert "Tom Briggs" in again and "Maria Keller" not in again, again
