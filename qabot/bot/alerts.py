"""Telegram front end, alerts side: sending what subscriptions (`bot.subscriptions`) ask for.

A task of the running bot looks at the live index every few seconds; when a
generation brings articles it has not looked at (from the feeds, an upload, the watcher or
`qabot index` in another process), it matches them (`qabot.alerts`), claims the alerts in the
store and sends them. A chat gets at most `[alerts] per_hour` alerts an hour, then one summary
per look; a subscriber no longer in the access lists gets nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field

from telegram import Bot, LinkPreviewOptions
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, TelegramError

from qabot.alerts import (
    ALERTS_FILE,
    Alert,
    AlertStore,
    Subscription,
    find_alerts,
)
from qabot.bot.access import is_allowed
from qabot.bot.data import BotApplication
from qabot.bot.delivery import with_retries
from qabot.bot.html import (
    plain_text,
    render_passage,
    render_quotes,
    shorten,
    source_line,
    telegram_length,
)
from qabot.config import Config
from qabot.errors import QABotError
from qabot.indexing import Index

logger = logging.getLogger(__name__)

CHECK_SECONDS = 2.0  # how often the live index is looked at (reading one small file)
HOUR = 3600.0
SUMMARY_LINES = 10


def alert_store(config: Config) -> AlertStore:
    """Open the alert store beside the index."""
    return AlertStore(config.index_dir / ALERTS_FILE)


def describe(subscription: Subscription) -> str:
    """Return a subscription for people: “words” or the speaker's name with (quotes)."""
    if subscription.kind == "speaker":
        return f"quotes by {subscription.query}"
    return f"“{subscription.query}”"


@dataclass(slots=True)
class ChatAlerts:
    """What one chat receives from one look: alerts to send, and those only summarised."""

    chat_id: int
    send: list[Alert] = field(default_factory=list)
    summarised: list[Alert] = field(default_factory=list)


def plan_alerts(config: Config, index: Index, now: float | None = None) -> list[ChatAlerts]:
    """Match the articles not looked at yet, claim their alerts, split them by the hourly limit."""
    now = time.time() if now is None else now
    with alert_store(config) as store:
        unseen = store.unseen(index.articles)
        if not unseen:
            return []
        allowed = [s for s in store.subscriptions() if is_allowed(config, s.user_id, s.chat_id)]
        alerts = find_alerts(index, config.articles_dir, unseen, allowed)
        before = {
            a.subscription.chat_id: store.sent_since(a.subscription.chat_id, now - HOUR)
            for a in alerts
        }
        claimed = set(
            store.claim(
                [(a.subscription.chat_id, a.article.id, a.subscription.id) for a in alerts], unseen
            )
        )
    chats: dict[int, ChatAlerts] = {}
    left: dict[int, int] = defaultdict(int)
    for alert in alerts:
        chat_id = alert.subscription.chat_id
        if (chat_id, alert.article.id, alert.subscription.id) not in claimed:
            continue
        chat = chats.setdefault(chat_id, ChatAlerts(chat_id))
        if before[chat_id] + left[chat_id] < config.alerts_per_hour:
            chat.send.append(alert)
            left[chat_id] += 1
        else:
            chat.summarised.append(alert)
    return list(chats.values())


def alert_messages(alert: Alert) -> list[str]:
    """Return the HTML messages of one alert: what it is for, then the passage or the quotes."""
    if alert.passage is not None:
        head = f"🔔 New about “{shorten(alert.subscription.query, 100)}”:"
        blocks = render_passage(alert.passage)
    else:
        head = f"🔔 New from {shorten(alert.subscription.query, 100)}:"
        blocks = render_quotes(list(alert.quotes))
    messages: list[str] = []
    for block in [_escape(head), *blocks]:  # blocks fit a message each; join while they fit
        if (
            messages
            and telegram_length(f"{messages[-1]}\n\n{block}") <= MessageLimit.MAX_TEXT_LENGTH
        ):
            messages[-1] += f"\n\n{block}"
        else:
            messages.append(block)
    return messages


def summary_message(alerts: list[Alert], per_hour: int) -> str:
    """Return one message naming the articles beyond the hourly limit."""
    lines = [
        f"🔔 {len(alerts)} more new article{'' if len(alerts) == 1 else 's'} match your "
        f"subscriptions (at most {per_hour} alerts an hour are sent in full):"
    ]
    for alert in alerts[:SUMMARY_LINES]:
        lines.append(f"{source_line(alert.article)} · for {_escape(describe(alert.subscription))}")
    if len(alerts) > SUMMARY_LINES:
        lines.append(f"…and {len(alerts) - SUMMARY_LINES} more.")
    return "\n".join(lines)


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


async def _send(bot: Bot, chat_id: int, text: str) -> None:
    """Send one HTML message; Telegram rejecting the markup falls back to plain text."""
    preview = LinkPreviewOptions(is_disabled=True)
    try:
        await with_retries(
            lambda: bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=preview
            ),
            "an alert",
        )
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        await with_retries(
            lambda: bot.send_message(chat_id, plain_text(text), link_preview_options=preview),
            "an alert",
        )


async def send_alerts(bot: Bot, chats: list[ChatAlerts], per_hour: int) -> int:
    """Send the planned alerts; return how many messages went out. A chat that blocked the
    bot or is gone is logged and skipped."""
    sent = 0
    for chat in chats:
        messages = [m for alert in chat.send for m in alert_messages(alert)]
        if chat.summarised:
            messages.append(summary_message(chat.summarised, per_hour))
        try:
            for message in messages:
                await _send(bot, chat.chat_id, message)
                sent += 1
        except TelegramError as exc:  # blocked, gone, or the Bot API kept failing
            logger.warning("Alerts for chat %s not delivered: %s", chat.chat_id, exc)
    return sent


async def look(application: BotApplication) -> Index:
    """Look at the live index once (hold `alerts_lock`): send alerts for articles not looked
    at before; return the index looked at."""
    data = application.bot_data
    index = await asyncio.to_thread(data.holder.get)
    chats = await asyncio.to_thread(plan_alerts, data.config, index)
    await send_alerts(application.bot, chats, data.config.alerts_per_hour)
    return index


async def check_alerts(application: BotApplication) -> Index:
    """Look at the live index once: send alerts for articles not looked at before."""
    async with application.bot_data.alerts_lock:
        return await look(application)


async def watch_alerts(application: BotApplication) -> None:
    """Every CHECK_SECONDS, look for a new index generation and send its alerts."""
    last: str | None = None
    while True:
        try:
            index = await asyncio.to_thread(application.bot_data.holder.get)
            if index.generation != last:
                last = (await check_alerts(application)).generation
        except QABotError as exc:
            logger.warning("Alerts: %s", exc)
        except Exception:  # keep alerting: one bad look must not stop the alerts for good
            logger.exception("Alerts failed")
        await asyncio.sleep(CHECK_SECONDS)
