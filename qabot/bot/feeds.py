"""Telegram front end, news side: poll the `[feeds] urls`, save and index new items.

A task of the running bot (started in `post_init` when feeds are configured): every
`[feeds] interval` seconds it fetches the feeds in a worker thread (`qabot.fetching`), indexes
what was saved under the bot's index lock, and the next question is answered from the new
generation without a restart. A failing feed is a warning in the log; the task never stops.
`qabot.fetching` (and through it `ingest`) is imported when the first poll runs: a bot without
feeds starts without it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from qabot.bot.admin import update_now
from qabot.bot.data import BotApplication
from qabot.config import Config
from qabot.errors import QABotError

if TYPE_CHECKING:
    from qabot.fetching import FetchReport
    from qabot.indexing import IndexReport

logger = logging.getLogger(__name__)


def fetch_feeds(config: Config) -> FetchReport:
    """Fetch the configured feeds once into the articles folder (blocking: run in a thread)."""
    from qabot.fetching import STATE_FILE, fetch_urls

    return fetch_urls(
        list(config.feed_urls),
        articles_dir=config.articles_dir,
        state_path=config.index_dir / STATE_FILE,
    )


async def poll_once(application: BotApplication) -> IndexReport | None:
    """Fetch the feeds and index what was saved; return the index report, if anything was."""
    from qabot.fetching import STATE_FILE, forget_unindexed

    config: Config = application.bot_data.config
    report = await asyncio.to_thread(fetch_feeds, config)
    for warning in report.warnings:
        logger.warning("Feeds: %s", warning)
    logger.info("Feeds: %s", report.summary())
    if not report.unindexed:  # saved now, or by a run stopped before it indexed them
        return None
    async with application.bot_data.index_lock:
        indexed = await asyncio.to_thread(update_now, config)
    await asyncio.to_thread(forget_unindexed, config.index_dir / STATE_FILE, report.unindexed)
    return indexed


async def poll_feeds(application: BotApplication) -> None:
    """Every `[feeds] interval` seconds, fetch the feeds and index their new items."""
    config: Config = application.bot_data.config
    while True:
        try:
            await poll_once(application)
        except QABotError as exc:
            logger.warning("Polling the feeds: %s", exc)
        except Exception:  # keep polling: one bad pass must not stop the feeds for good
            logger.exception("Polling the feeds failed")
        await asyncio.sleep(config.feed_interval)
