"""Fault injection: the real `qabot bot` against a fake Bot API that fails on command.

For each failure (a 500, a 429 with retry_after, a hang, a dropped connection, a reply that is
not JSON) the tests check that allowed users still get their answers, strangers never get
article text, the bot keeps polling, and SIGTERM still ends it with exit code 0 (checked when
the module's bot stops, and by a bot stopped while a send hangs). One bot serves the module;
each test has its own users.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qabot.bot.access import REFUSAL
from qabot.bot.answering import UNDELIVERED
from tests.e2e.test_telegram import write_workspace
from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import BuiltProjects
from tests.support.processes import start_bot, stop_bot, wait_ready

pytestmark = pytest.mark.e2e

ARTICLE_WORDS = "Frost destroyed blossoms"  # in the orchard article; never for strangers
QUESTION = "frost blossoms orchards"
QUICK_FAULTS = ["500", "429", "drop", "bad-json"]


@pytest.fixture(scope="module")
def workspace(
    tmp_path_factory: pytest.TempPathFactory, server: FakeTelegram, built_projects: BuiltProjects
) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    return write_workspace(folder, server, watch=False, built=built_projects).parent


def to(chat_id: int):
    return lambda params: params.get("chat_id") == chat_id


def answered(server: FakeTelegram, user_id: int, since: int, timeout: float = 30.0) -> str:
    """Return the visible text of the first message the bot sent `user_id` after `since`."""
    [call] = server.wait_for("sendMessage", to(user_id), since=since, timeout=timeout)
    return call.result["text"]


def everything_sent_to(server: FakeTelegram, chat_id: int) -> str:
    """Return every text the bot tried to send to a chat (delivered or not) and every alert."""
    texts = [
        str(call.params.get("text", "")) + str(call.params.get("results", ""))
        for call in server.calls
        if call.params.get("chat_id") == chat_id
        or call.method in {"answerCallbackQuery", "answerInlineQuery"}
    ]
    return "\n".join(texts)


@pytest.fixture
def asked(server: FakeTelegram):
    """Ask as an allowed user; return the visible answer."""

    def ask(user_id: int, text: str = QUESTION, timeout: float = 30.0) -> str:
        since = len(server.calls)
        server.send_private(user_id, text)
        return answered(server, user_id, since, timeout)

    return ask


@pytest.mark.parametrize("kind", QUICK_FAULTS)
def test_a_refusal_that_cannot_be_sent_still_stops_the_stranger(server, bot, asked, kind) -> None:
    stranger = 400 + QUICK_FAULTS.index(kind)
    server.fail("sendMessage", kind, times=5, match=to(stranger))
    server.send_private(stranger, QUESTION)
    assert ARTICLE_WORDS in asked(225 + QUICK_FAULTS.index(kind))  # the bot goes on
    time.sleep(0.5)  # time for anything wrongly let through to be answered
    assert ARTICLE_WORDS not in everything_sent_to(server, stranger)
    assert not server.sent_to(stranger)


def test_strangers_buttons_and_inline_queries_get_nothing_from_the_articles(
    server, bot, asked
) -> None:
    stranger = 410
    since = len(server.calls)
    message = server.private_message(stranger, "hi")
    server.press_button(stranger, message, f"q:0:{QUESTION}")
    server.inline_query(stranger + 1, QUESTION)
    server.wait_for("answerInlineQuery", since=since)
    server.wait_for("answerCallbackQuery", since=since)
    asked(231)
    assert ARTICLE_WORDS not in everything_sent_to(server, stranger)
    assert not server.sent_to(stranger)


def test_a_flood_of_strangers_does_not_delay_an_allowed_user(server, bot, asked) -> None:
    # the wait is measured against the same question asked without the flood, under the same
    # load: a loaded machine slows both (speed itself is measured in benchmarks)
    started = time.monotonic()
    assert ARTICLE_WORDS in asked(232)
    quiet = time.monotonic() - started
    since = len(server.calls)
    strangers = range(1000, 1300)
    for stranger in strangers:
        server.send_private(stranger, QUESTION)
    started = time.monotonic()
    assert ARTICLE_WORDS in asked(232)
    assert time.monotonic() - started < quiet + 5
    to_strangers = [c for c in server.calls[since:] if c.params.get("chat_id") in strangers]
    assert all(c.params.get("text") == REFUSAL for c in to_strangers)  # sent nothing else
    assert len(to_strangers) <= 20


@pytest.mark.parametrize("kind", QUICK_FAULTS)
def test_answer_is_delivered_despite_a_failing_send(server, bot, asked, kind) -> None:
    user = 233 + QUICK_FAULTS.index(kind)
    times = 3 if kind == "429" else 1  # three 429s outlast the rate limiter's own two retries
    server.fail("sendMessage", kind, times=times, match=to(user))
    assert ARTICLE_WORDS in asked(user)


def test_sigterm_while_a_send_hangs_still_delivers_the_answer_and_exits_0(
    tmp_path, built_projects
) -> None:
    with FakeTelegram() as server:
        config = write_workspace(tmp_path, server, watch=False, built=built_projects)
        # the send that hangs ends when the reply is overdue (5 s by default), then is tried again
        config.write_text(
            config.read_text().replace("[telegram]\n", "[telegram]\nreply_timeout = 2\n")
        )
        process = start_bot(config, server.token)
        try:
            wait_ready(server, 0)
            server.fail("sendMessage", "hang", match=to(238), seconds=30)
            server.send_private(238, QUESTION)
            deadline = time.monotonic() + 15
            while not server.failed("sendMessage"):
                assert time.monotonic() < deadline, "the bot never tried to answer"
                time.sleep(0.05)
        finally:
            assert stop_bot(process) == 0, (tmp_path / "bot.log").read_text()
        assert ARTICLE_WORDS in server.sent_to(238)[0].result["text"]


def test_a_failing_typing_indicator_costs_nothing(server, bot, asked) -> None:
    server.fail("sendChatAction", "500", times=100, match=to(239))
    assert ARTICLE_WORDS in asked(239)


def test_an_answer_that_cannot_be_delivered_ends_with_a_note(server, bot) -> None:
    server.fail(
        "sendMessage",
        "500",
        times=100,
        match=lambda p: p.get("chat_id") == 240 and p.get("parse_mode") == "HTML",
    )
    since = len(server.calls)
    server.send_private(240, QUESTION)
    assert answered(server, 240, since) == UNDELIVERED


def test_polling_goes_on_after_failed_polls(server, bot, asked) -> None:
    faults = [server.fail("getUpdates", kind) for kind in ("bad-json", "drop")]  # 500: the same
    asked(241)  # ends the poll under way; the next polls fail
    assert ARTICLE_WORDS in asked(241, timeout=30)
    assert all(fault.times == 0 for fault in faults)


def test_an_update_that_cannot_be_read_is_logged_once_and_skipped(
    server, bot, asked, workspace
) -> None:
    broken = server.push_update(
        {"message": {"message_id": 1, "chat": {"id": 242, "type": "private"}}}  # no date
    )
    assert ARTICLE_WORDS in asked(242)
    time.sleep(0.5)
    log = (workspace / "bot.log").read_text()
    assert log.count(f"Skipped update {broken['update_id']}") == 1


@pytest.mark.parametrize(
    "data", ["q:1000000000000000000:frost", "q:1000000000:frost", "s:9:../../x", "q:²:frost"]
)
def test_forged_button_data_is_refused_politely_and_the_bot_goes_on(
    server, bot, asked, data
) -> None:
    since = len(server.calls)
    server.press_button(243, server.private_message(243, "hi"), data)
    [call] = server.wait_for("answerCallbackQuery", since=since)
    assert "expired" in call.params["text"]
    assert ARTICLE_WORDS in asked(243)


@pytest.mark.parametrize(("user_id", "data"), [(247, None), (248, "hello"), (249, "")])
def test_a_button_press_with_no_data_or_data_not_ours_gets_the_notice_too(
    server, bot, asked, user_id, data
) -> None:
    """A callback with no data (a game button, or a client that drops it), a word or nothing
    gets the notice stale buttons get: unanswered, the client's spinner runs until it times
    out. A user each: the parametrized test above already asks at the flood limit's pace."""
    since = len(server.calls)
    message = server.private_message(user_id, "hi")
    if data is None:
        query = {
            "id": f"press-{user_id}",
            "from": server.user(user_id),
            "message": message,
            "chat_instance": "ci-1",
            "game_short_name": "quiz",
        }
        server.push_update({"callback_query": query})
    else:
        server.press_button(user_id, message, data)
    [call] = server.wait_for("answerCallbackQuery", since=since)
    assert "expired" in call.params["text"]
    assert ARTICLE_WORDS in asked(user_id)


def test_the_last_page_a_button_may_ask_for_is_answered(server, bot) -> None:
    since = len(server.calls)
    server.press_button(244, server.private_message(244, "hi"), "q:1000:frost")
    assert answered(server, 244, since).startswith("No more passages")


def test_a_long_flood_limit_for_one_chat_does_not_silence_the_others(server, bot, asked) -> None:
    """python-telegram-bot's rate limiter waited out any 429, holding every other request: a
    600 s flood limit for one chat stopped all answers (and SIGTERM) for 10 minutes."""
    started = time.monotonic()
    assert ARTICLE_WORDS in asked(246)
    quiet = time.monotonic() - started  # the same question before the limit, under this load
    server.fail("sendMessage", "429", match=to(245), retry_after=600)
    server.send_private(245, QUESTION)
    deadline = time.monotonic() + 15
    while not any(c.params.get("chat_id") == 245 for c in server.failed("sendMessage")):
        assert time.monotonic() < deadline, "the bot never tried to answer"
        time.sleep(0.05)
    started = time.monotonic()
    assert ARTICLE_WORDS in asked(246)
    assert time.monotonic() - started < quiet + 5
