"""Feeds and alerts end to end: the real `qabot bot` polls a feed on a local web server and
alerts subscribed chats, through the fake Bot API; nothing is sent twice after a restart, and an
alert the Bot API failed to take (a 5xx outage) arrives later, once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_telegram import ARTICLES, ENGINE, ask
from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import BuiltProjects
from tests.support.processes import start_bot, stop_bot, wait_logged, wait_ready
from tests.support.web_pages import article_page, rss_feed, story
from tests.support.web_server import WebServer, serve

pytestmark = pytest.mark.e2e

SUBSCRIBER, UNSUBSCRIBED, FOLLOWER = 401, 402, 403
# the bot looks for new articles and alerts due every [alerts] check_seconds (2 by default): a
# short look (the least the config allows) keeps these tests quick, and a few looks without a
# second alert show none comes
CHECK = 0.1
FEW_LOOKS = 4 * CHECK
RETRY = 1  # [alerts] retry_seconds of the outage test: its first wait after a failed alert
PARADE = story("/news/parade", "Spring parade returns to the square", "parade")
REGATTA = story("/news/regatta", "Regatta crews train on the river", "regatta")
MARKET = story("/news/market", "Night market opens by the bridge", "market")
PIER = story("/news/pier", "Old pier reopens after repairs", "pier")


@pytest.fixture
def web() -> Iterator[WebServer]:
    with serve() as server:
        for item in (PARADE, REGATTA, MARKET, PIER):
            server.route(item.path, article_page(item))
        server.route("/feed.xml", rss_feed(server.base, [PARADE]), content_type="application/xml")
        yield server


def _workspace(
    folder: Path,
    telegram: FakeTelegram,
    web: WebServer,
    built: BuiltProjects,
    alerts: str = "per_hour = 5",
) -> Path:
    built.copy(ARTICLES, folder, engine=ENGINE)
    config = folder / "config.toml"
    config.write_text(
        f'[paths]\narticles = "articles"\nindex = "index"\n\n[index]\nengine = "{ENGINE}"\n\n'
        f'[feeds]\nurls = ["{web.base}/feed.xml"]\ninterval = 1\n\n'
        f"[alerts]\ncheck_seconds = {CHECK}\n{alerts}\n\n"
        f'[telegram]\napi_base_url = "{telegram.base_url}"\n'
        f'api_base_file_url = "{telegram.base_file_url}"\n'
        f"allowed_user_ids = [{SUBSCRIBER}, {UNSUBSCRIBED}, {FOLLOWER}]\n",
        encoding="utf-8",
    )
    return config


def _alerts(telegram: FakeTelegram, chat_id: int) -> list[str]:
    return [c.result["text"] for c in telegram.sent_to(chat_id) if "🔔" in c.result["text"]]


def test_a_new_feed_item_alerts_subscribers_once_across_restarts(
    tmp_path: Path, web: WebServer, built_projects: BuiltProjects
) -> None:
    with FakeTelegram() as telegram:
        config = _workspace(tmp_path, telegram, web, built_projects)
        bot = start_bot(config, telegram.token)
        try:
            wait_ready(telegram, 0)
            # the first poll saves the parade story and the bot answers from it
            for _ in range(40):
                if "Spring parade returns" in ask(telegram, FOLLOWER, "parade square")[0]:
                    break
                time.sleep(0.25)
            assert (
                "Subscribed (1)" in ask(telegram, SUBSCRIBER, "/subscribe regatta volunteers")[0]
            )
            assert "Subscribed (1)" in ask(telegram, UNSUBSCRIBED, "/subscribe regatta")[0]
            assert "Unsubscribed" in ask(telegram, UNSUBSCRIBED, "/unsubscribe 1")[0]
            reply = ask(telegram, FOLLOWER, '/subscribe "Lena Hartmann"')[0]
            assert "quoted so far as Lena Hartmann" in reply
            assert "1. “regatta volunteers”" in ask(telegram, SUBSCRIBER, "/subscriptions")[0]

            since = len(telegram.calls)
            web.route("/feed.xml", rss_feed(web.base, [REGATTA, PARADE]))
            [alert] = telegram.wait_for(
                "sendMessage",
                lambda p: p["chat_id"] == SUBSCRIBER and "🔔" in p["text"],
                since=since,
                timeout=20,
            )
            assert "<blockquote>" in alert.params["text"]
            assert "Regatta crews train on the river" in alert.result["text"]
            telegram.wait_for(
                "sendMessage",
                lambda p: p["chat_id"] == FOLLOWER and "🔔 New from Lena Hartmann" in p["text"],
                since=since,
            )
            time.sleep(FEW_LOOKS)  # further looks: still one alert each
        finally:
            assert stop_bot(bot) == 0, (tmp_path / "bot.log").read_text()
        assert len(_alerts(telegram, SUBSCRIBER)) == 1
        assert _alerts(telegram, UNSUBSCRIBED) == []

        polls = len(telegram.offsets)
        bot = start_bot(config, telegram.token)
        try:
            wait_ready(telegram, polls)
            since = len(telegram.calls)
            web.route("/feed.xml", rss_feed(web.base, [MARKET, REGATTA, PARADE]))
            telegram.wait_for(  # the restarted bot alerts about the market story only
                "sendMessage",
                lambda p: p["chat_id"] == FOLLOWER and "Night market" in p["text"],
                since=since,
                timeout=20,
            )
            time.sleep(FEW_LOOKS)
        finally:
            assert stop_bot(bot) == 0, (tmp_path / "bot.log").read_text()
        assert len(_alerts(telegram, SUBSCRIBER)) == 1  # the regatta alert was not sent again
        assert len(_alerts(telegram, FOLLOWER)) == 2
        assert _alerts(telegram, UNSUBSCRIBED) == []


def _subscribed(telegram: FakeTelegram) -> None:
    for _ in range(40):  # the first poll saves the parade story and the bot answers from it
        if "Spring parade returns" in ask(telegram, FOLLOWER, "parade square")[0]:
            break
        time.sleep(0.25)
    assert "Subscribed (1)" in ask(telegram, SUBSCRIBER, "/subscribe regatta volunteers")[0]
    assert "Subscribed (1)" in ask(telegram, FOLLOWER, "/subscribe pier")[0]


def _failed_alerts(telegram: FakeTelegram, chat_id: int) -> int:
    return sum(c.params.get("chat_id") == chat_id for c in telegram.failed("sendMessage"))


def test_an_alert_lost_to_an_outage_is_sent_later_once_even_across_a_restart(
    tmp_path: Path, web: WebServer, built_projects: BuiltProjects
) -> None:
    """An alert whose three tries all met a 5xx was lost: it was marked sent before it went
    out. It waits in the store now, for a later look or the next start, and still comes once."""
    with FakeTelegram() as telegram:
        config = _workspace(
            tmp_path,
            telegram,
            web,
            built_projects,
            f"per_hour = 5\nretry_seconds = {RETRY}\nretry_hours = 1",
        )
        bot = start_bot(config, telegram.token)
        try:
            wait_ready(telegram, 0)
            _subscribed(telegram)
            telegram.fail(
                "sendMessage", "500", times=3, match=lambda p: "🔔" in str(p.get("text"))
            )
            web.route("/feed.xml", rss_feed(web.base, [REGATTA, PARADE]))
            [alert] = telegram.wait_for(  # after three failures, at a later look
                "sendMessage",
                lambda p: p["chat_id"] == SUBSCRIBER and "🔔" in p["text"],
                timeout=30,
            )
            assert "Regatta crews train on the river" in alert.result["text"]
            assert _failed_alerts(telegram, SUBSCRIBER) == 3
            time.sleep(max(RETRY, FEW_LOOKS))  # further looks and a retry time: still one alert
        finally:
            assert stop_bot(bot) == 0, (tmp_path / "bot.log").read_text()
        assert len(_alerts(telegram, SUBSCRIBER)) == 1
        log = (tmp_path / "bot.log").read_text()
        assert f"Alert for chat {SUBSCRIBER} not delivered (Internal Server Error)" in log

        config.write_text(
            config.read_text().replace(f"retry_seconds = {RETRY}", "retry_seconds = 600")
        )
        polls = len(telegram.offsets)
        bot = start_bot(config, telegram.token)
        try:
            wait_ready(telegram, polls)
            telegram.fail(
                "sendMessage", "500", times=3, match=lambda p: "🔔" in str(p.get("text"))
            )
            web.route("/feed.xml", rss_feed(web.base, [PIER, REGATTA, PARADE]))
            # the failure is recorded (then logged); the next try is 10 minutes away
            wait_logged(tmp_path / "bot.log", f"Alert for chat {FOLLOWER} not delivered")
            assert _failed_alerts(telegram, FOLLOWER) == 3
        finally:
            assert stop_bot(bot) == 0, (tmp_path / "bot.log").read_text()
        assert _alerts(telegram, FOLLOWER) == []
        polls = len(telegram.offsets)
        bot = start_bot(config, telegram.token)  # a start tries what waits at once
        try:
            wait_ready(telegram, polls)
            [alert] = telegram.wait_for(
                "sendMessage",
                lambda p: p["chat_id"] == FOLLOWER and "🔔" in p["text"],
                timeout=20,
            )
            assert "Old pier reopens after repairs" in alert.result["text"]
            time.sleep(FEW_LOOKS)
        finally:
            assert stop_bot(bot) == 0, (tmp_path / "bot.log").read_text()
        assert len(_alerts(telegram, FOLLOWER)) == 1
        assert len(_alerts(telegram, SUBSCRIBER)) == 1
