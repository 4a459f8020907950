"""The bot, through the fake Bot API, reading a reply by what the chat asked before it: "yes"
after an answer that read a misspelt name as someone quoted, and "what did he say?" after a
question about a woman, and a typed "more" after a speech answer of passages only. One bot
serves the module (a start is ~0.7 CPU-s); each test has its own user, so neither chat's
conversation reaches the other."""

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


def _whole_reply(server: FakeTelegram, user_id: int, text: str) -> list[str]:
    """Send `text`; return every message of the reply, up to the last, which offers more."""
    since = len(server.calls)
    server.send_private(user_id, text)
    server.wait_for(
        "sendMessage", lambda p: p["chat_id"] == user_id and "reply_markup" in p, since=since
    )
    return [
        str(call.result["text"])
        for call in server.sent_to(user_id)
        if server.calls.index(call) >= since
    ]


def test_more_typed_after_a_speech_answer_of_passages_only_shows_the_next_page(
    server, bot
) -> None:
    # a typed "more" after "No quotes from anyone the articles call ... Passages that best
    # match the question:" pages on in the console and answer(); the bot keeps the chat's
    # conversation the same way, so it must too (not "No question was asked before this one")
    first = _whole_reply(server, 243, "what did the glaciologists say?")
    lead = "No quotes from anyone the articles call the glaciologists."
    assert first[0].startswith(lead), first[0]
    more = _whole_reply(server, 243, "more")
    assert more[0].startswith("More passages for “what did the glaciologists say?” (4-6):")
    assert "Glaciological" in "".join(more)
    assert not set(more[1:]) & set(first[1:])  # the next passages, not the same again
