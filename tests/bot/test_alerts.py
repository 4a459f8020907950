"""Alert planning and wording, without a Telegram server: limits, access lists, never twice."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from telegram import Bot

from qabot.alerts import ALERTS_FILE, AlertStore
from qabot.bot.alerts import alert_messages, deliver, describe, plan_alerts, summary_message
from qabot.bot.html import telegram_length
from qabot.bot.subscriptions import USAGE, read_subscription
from qabot.config import Config, TelegramConfig
from qabot.indexing import Index, load_index, update_index
from tests.support.fake_telegram import FakeTelegram

STORY = (
    "Canal barge number {n} sinks near the lock\n\nCanal barge number {n} sank near the "
    "old lock on Friday, the harbour office said.\n\nNobody was hurt, and divers will raise "
    "the barge next week.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("harbour strike", ("words", "harbour strike")),
        ('"Maria Keller"', ("speaker", "Maria Keller")),
        ("“Maria Keller”", ("speaker", "Maria Keller")),
        ('  "Keller"  ', ("speaker", "Keller")),
        ('the "big" strike', ("words", 'the "big" strike')),
        ("   ", None),
        ('""', ("words", '""')),
        # a right-to-left override and a terminal escape, echoed in every alert: dropped
        ("harbour\u202e gnirts \x1b[31m", ("words", "harbour gnirts")),
        ('"Maria\u2066 Keller\x07"', ("speaker", "Maria Keller")),
    ],
)
def test_subscriptions_are_words_or_a_quoted_name(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert read_subscription(text) == expected


def _grow(config: Config, count: int, start: int = 0) -> Index:
    for n in range(start, start + count):
        (config.articles_dir / f"barge{n}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    update_index(config.articles_dir, config.index_dir, engine="rank-bm25")
    return load_index(config.index_dir)


def _config(articles_dir: Path, tmp_path: Path, **telegram: object) -> Config:
    return Config(
        articles_dir=articles_dir,
        index_dir=tmp_path / "index",
        engine="rank-bm25",
        alerts_per_hour=3,
        telegram=TelegramConfig(**telegram),  # type: ignore[arg-type]
    )


def test_alerts_beyond_the_hourly_limit_are_summarised_and_never_sent_twice(
    articles_dir: Path, tmp_path: Path
) -> None:
    config = _config(articles_dir, tmp_path)
    assert plan_alerts(config, _grow(config, 0)) == []  # the first look: the archive is seen
    with AlertStore(config.index_dir / ALERTS_FILE) as store:
        store.subscribe(1, 1, "words", "canal barge")
    chats = plan_alerts(config, _grow(config, 5))
    assert [(c.chat_id, len(c.send), len(c.summarised)) for c in chats] == [(1, 3, 2)]
    assert plan_alerts(config, load_index(config.index_dir)) == []  # nothing twice
    later = plan_alerts(config, _grow(config, 1, start=5))
    assert [(len(c.send), len(c.summarised)) for c in later] == [(0, 1)]  # still this hour
    summary = summary_message(chats[0].summarised, 3)
    assert summary.startswith("🔔 2 more new articles match your subscriptions")
    assert "Canal barge number" in summary


def test_a_subscriber_no_longer_allowed_gets_nothing(articles_dir: Path, tmp_path: Path) -> None:
    config = _config(articles_dir, tmp_path, allowed_user_ids=(7,))
    plan_alerts(config, _grow(config, 0))
    with AlertStore(config.index_dir / ALERTS_FILE) as store:
        store.subscribe(7, 7, "words", "canal barge")
        store.subscribe(8, 8, "words", "canal barge")  # allowed once, not any more
    chats = plan_alerts(config, _grow(config, 1))
    assert [c.chat_id for c in chats] == [7]


def test_a_group_off_the_chat_list_gets_no_alerts_whoever_subscribed(
    articles_dir: Path, tmp_path: Path
) -> None:
    config = _config(articles_dir, tmp_path, allowed_user_ids=(7,), allowed_chat_ids=(-70,))
    plan_alerts(config, _grow(config, 0))
    with AlertStore(config.index_dir / ALERTS_FILE) as store:
        store.subscribe(-70, 9, "words", "canal barge")  # a listed group: anyone in it
        store.subscribe(-80, 7, "words", "canal barge")  # an allowed user, in a group off it
        store.subscribe(7, 7, "words", "canal barge")
    chats = plan_alerts(config, _grow(config, 1))
    assert sorted(c.chat_id for c in chats) == [-70, 7]


def test_alert_messages_name_the_subscription_and_fit(articles_dir: Path, tmp_path: Path) -> None:
    config = _config(articles_dir, tmp_path)
    plan_alerts(config, _grow(config, 0))
    with AlertStore(config.index_dir / ALERTS_FILE) as store:
        store.subscribe(1, 1, "words", "canal <barge>")
    (chat,) = plan_alerts(config, _grow(config, 1))
    messages = alert_messages(chat.send[0])
    assert messages[0].startswith("🔔 New about “canal &lt;barge&gt;”:")
    assert "<blockquote>" in messages[0] and "Canal barge number 0 sinks" in messages[0]
    assert all(telegram_length(m) <= 4096 for m in messages)


def test_usage_names_every_alert_command() -> None:
    assert all(f"/{name}" in USAGE for name in ("subscribe", "subscriptions", "unsubscribe"))


def _queue(config: Config, chat_id: int, text: str) -> None:
    with AlertStore(config.index_dir / ALERTS_FILE) as store:
        store.claim([(chat_id, "a1", 1)], ["a1"], lambda claimed: [(chat_id, text)])


async def test_an_alert_not_delivered_in_retry_hours_is_given_up_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = Config(index_dir=tmp_path / "index", alerts_retry_hours=1e-6)  # 3.6 ms
    with FakeTelegram() as fake:
        fake.send_private(7, "/subscribe barges")
        _queue(config, 7, "🔔 New about “barges”:")
        await asyncio.sleep(0.01)
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            assert await deliver(bot, config) is None
        assert fake.sent_to(7) == []
    assert "Alert for chat 7 given up: not delivered in 1e-06 hours of tries" in caplog.text


async def test_an_alert_the_bot_api_did_not_take_waits_its_chat_keeps_its_order(
    tmp_path: Path,
) -> None:
    config = Config(index_dir=tmp_path / "index", alerts_retry_seconds=30)
    with FakeTelegram() as fake:
        fake.send_private(7, "/subscribe barges")  # the chat exists
        _queue(config, 7, "first")
        _queue(config, 7, "second")  # (claimed again: nothing new is queued)
        with AlertStore(config.index_dir / ALERTS_FILE) as store:
            store.claim([(7, "a2", 1)], ["a2"], lambda claimed: [(7, "second")])
        fake.fail("sendMessage", "500", times=3)
        started = time.time()
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            due = await deliver(bot, config)
            assert due is not None and 29 < due - started < 35
            assert fake.sent_to(7) == []  # "second" waits behind "first"
            with AlertStore(config.index_dir / ALERTS_FILE) as store:
                assert store.unfinished(time.time()) == 0  # a start makes both due now
            assert await deliver(bot, config) is None
        assert [c.params["text"] for c in fake.sent_to(7)] == ["first", "second"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own
async def test_an_alert_under_a_long_flood_limit_waits_as_long_as_telegram_asks(
    tmp_path: Path,
) -> None:
    config = Config(index_dir=tmp_path / "index", alerts_retry_seconds=30)
    with FakeTelegram() as fake:
        fake.send_private(7, "/subscribe barges")
        _queue(config, 7, "first")
        fake.fail("sendMessage", "429", retry_after=600)
        started = time.time()
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            due = await deliver(bot, config)
        assert due is not None and 599 < due - started < 610
        assert fake.sent_to(7) == []


def test_a_subscription_stored_with_control_characters_is_named_without_them(
    articles_dir: Path, tmp_path: Path
) -> None:
    # stored before /subscribe dropped them: the alert's head reversed the bot's line
    config = _config(articles_dir, tmp_path)
    plan_alerts(config, _grow(config, 0))
    with AlertStore(config.index_dir / ALERTS_FILE) as store:
        store.subscribe(1, 1, "words", "canal\u202e barge\x1b[31m")
    (chat,) = plan_alerts(config, _grow(config, 1))
    assert alert_messages(chat.send[0])[0].startswith("🔔 New about “canal barge”:")
    assert describe(chat.send[0].subscription) == "“canal barge”"
