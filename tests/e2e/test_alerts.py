"""Feeds and alerts end to end: the real `qabot bot` polls a feed on a local web server and
alerts subscribed chats, through the fake Bot API; nothing is sent twice after a restart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_telegram import ARTICLES, ask
from tests.support.fake_telegram import FakeTelegram
from tests.support.indexes import write_articles
from tests.support.processes import start_bot, stop_bot, wait_ready
from tests.support.web_pages import article_page, rss_feed, story
from tests.support.web_server import WebServer, serve

pytestmark = pytest.mark.e2e

SUBSCRIBER, UNSUBSCRIBED, FOLLOWER = 401, 402, 403
PARADE = story("/news/parade", "Spring parade returns to the square", "parade")
REGATTA = story("/news/regatta", "Regatta crews train on the river", "regatta")
MARKET = story("/news/market", "Night market opens by the bridge", "market")


@pytest.fixture
def web() -> Iterator[WebServer]:
    with serve() as server:
        for item in (PARADE, REGATTA, MARKET):
            server.route(item.path, article_page(item))
        server.route("/feed.xml", rss_feed(server.base, [PARADE]), content_type="application/xml")
        yield server


def _workspace(folder: Path, telegram: FakeTelegram, web: WebServer) -> Path:
    write_articles(folder / "articles", ARTICLES)
    config = folder / "config.toml"
    config.write_text(
        '[paths]\narticles = "articles"\nindex = "index"\n\n[index]\nengine = "rank-bm25"\n\n'
        f'[feeds]\nurls = ["{web.base}/feed.xml"]\ninterval = 1\n\n[alerts]\nper_hour = 5\n\n'
        f'[telegram]\napi_base_url = "{telegram.base_url}"\n'
        f'api_base_file_url = "{telegram.base_file_url}"\n'
        f"allowed_user_ids = [{SUBSCRIBER}, {UNSUBSCRIBED}, {FOLLOWER}]\n",
        encoding="utf-8",
    )
    return config


def _alerts(telegram: FakeTelegram, chat_id: int) -> list[str]:
    return [c.result["text"] for c in telegram.sent_to(chat_id) if "🔔" in c.result["text"]]


def test_a_new_feed_item_alerts_subscribers_once_across_restarts(
    tmp_path: Path, web: WebServer
) -> None:
    with FakeTelegram() as telegram:
        config = _workspace(tmp_path, telegram, web)
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
            time.sleep(1.2)  # a further poll and look: still one alert each
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
            time.sleep(1.2)
        finally:
            assert stop_bot(bot) == 0, (tmp_path / "bot.log").read_text()
        assert len(_alerts(telegram, SUBSCRIBER)) == 1  # the regatta alert was not sent again
        assert len(_alerts(telegram, FOLLOWER)) == 2
        assert _alerts(telegram, UNSUBSCRIBED) == []
