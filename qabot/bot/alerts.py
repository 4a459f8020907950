"""Telegram front end, alerts side: sending what subscriptions (`bot.subscriptions`) ask for.

A task of the running bot looks at the live index every `[alerts] check_seconds`; when a
generation brings articles it has not looked at (from the feeds, an upload, the watcher or
`qabot index` in another process), it matches them (`qabot.alerts`), claims the alerts and
queues their messages in the store, then delivers the queue. A chat gets at most
`[alerts] per_hour` alerts an hour, then one summary per look; a subscriber no longer in the
access lists gets nothing. A message the Bot API surely did not take (a 5xx outage, no
connection) waits in the queue for a later look, `[alerts] retry_seconds` then twice as long
each time, until `[alerts] retry_hours` have passed; one that may have arrived (a timeout on the
reply) is never sent again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field

from telegram import Bot, LinkPreviewOptions
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError

from qabot.alerts import (
    ALERTS_FILE,
    Alert,
    AlertStore,
    Outgoing,
    Subscription,
    find_alerts,
)
from qabot.bot.access import is_allowed
from qabot.bot.data import BotApplication
from qabot.bot.delivery import not_delivered, passes, retry_after, with_retries
from qabot.bot.html import (
    plain_text,
    render_passage,
    render_quotes,
    source_line,
    telegram_length,
)
from qabot.config import Config
from qabot.errors import QABotError
from qabot.indexing import Index
from qabot.text import counted, shortened, strip_controls

logger = logging.getLogger(__name__)

HOUR = 3600.0
RETRY_LONGEST = 900.0  # seconds: the longest wait between two tries of one alert message
SUMMARY_LINES = 10


def alert_store(config: Config) -> AlertStore:
    """Open the alert store beside the index."""
    return AlertStore(config.index_dir / ALERTS_FILE)


def describe(subscription: Subscription) -> str:
    """Return a subscription for people: “words” or the speaker's name with (quotes), without
    control characters (one stored before they were dropped may hold some)."""
    if subscription.kind == "speaker":
        return f"quotes by {strip_controls(subscription.query)}"
    return f"“{strip_controls(subscription.query)}”"


@dataclass(slots=True)
class ChatAlerts:
    """What one chat receives from one look: alerts to send, and those only summarised."""

    chat_id: int
    send: list[Alert] = field(default_factory=list)
    summarised: list[Alert] = field(default_factory=list)


def plan_alerts(config: Config, index: Index, now: float | None = None) -> list[ChatAlerts]:
    """Match the articles not looked at yet, claim their alerts, split them by the hourly
    limit and queue their messages (`deliver` sends them); return the split."""
    now = time.time() if now is None else now
    chats: dict[int, ChatAlerts] = {}
    with alert_store(config) as store:
        unseen = store.unseen(index.articles)
        if not unseen:
            return []
        allowed = [  # Telegram's group ids are negative, its users' (private chats') positive
            s
            for s in store.subscriptions()
            if is_allowed(config, s.user_id, s.chat_id, group=s.chat_id < 0)
        ]
        alerts = find_alerts(index, config.articles_dir, unseen, allowed)
        before = {
            a.subscription.chat_id: store.sent_since(a.subscription.chat_id, now - HOUR)
            for a in alerts
        }

        def compose(claims: list[tuple[int, str, int]]) -> list[tuple[int, str]]:
            claimed = set(claims)
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
            return [
                (chat.chat_id, message)
                for chat in chats.values()
                for message in chat_messages(chat, config.alerts_per_hour)
            ]

        store.claim(
            [(a.subscription.chat_id, a.article.id, a.subscription.id) for a in alerts],
            unseen,
            compose,
        )
    return list(chats.values())


def chat_messages(chat: ChatAlerts, per_hour: int) -> list[str]:
    """Return the messages one look sends a chat: each alert's, then the summary, if any."""
    messages = [m for alert in chat.send for m in alert_messages(alert)]
    if chat.summarised:
        messages.append(summary_message(chat.summarised, per_hour))
    return messages


def alert_messages(alert: Alert) -> list[str]:
    """Return the HTML messages of one alert: what it is for, then the passage or the quotes."""
    if alert.passage is not None:
        head = f"🔔 New about “{shortened(strip_controls(alert.subscription.query), 100)}”:"
        blocks = render_passage(alert.passage)
    else:
        head = f"🔔 New from {shortened(strip_controls(alert.subscription.query), 100)}:"
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
        f"🔔 {counted(len(alerts), 'more new article')} match your "
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
    """Send one HTML message; Telegram rejecting the markup falls back to plain text. Tries
    again at once only when the Bot API surely did not take it: an alert never comes twice."""
    preview = LinkPreviewOptions(is_disabled=True)
    try:
        await with_retries(
            lambda: bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=preview
            ),
            "an alert",
            not_delivered,
        )
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        await with_retries(
            lambda: bot.send_message(chat_id, plain_text(text), link_preview_options=preview),
            "an alert",
            not_delivered,
        )


def _retry_wait(config: Config, tries: int) -> float:
    """Return how long a message that failed `tries` times before waits for its next try."""
    return float(min(RETRY_LONGEST, config.alerts_retry_seconds * 2 ** min(tries, 20)))


async def _deliver_one(bot: Bot, config: Config, store: AlertStore, message: Outgoing) -> bool:
    """Try one queued message; return False when the chat's later messages must wait."""
    now = time.time()
    if now - message.queued_at > config.alerts_retry_hours * HOUR:
        store.done(message.id)
        logger.warning(
            "Alert for chat %s given up: not delivered in %g hours of tries",
            message.chat_id,
            config.alerts_retry_hours,
        )
        return True
    store.sending(message.id)
    try:
        await _send(bot, message.chat_id, message.text)
    except TelegramError as exc:
        if not_delivered(exc):
            wait = _retry_wait(config, message.tries)
            if isinstance(exc, RetryAfter):  # a flood limit longer than delivery waits out
                wait = max(wait, retry_after(exc))
            store.later(message.id, now + wait)
            logger.warning(
                "Alert for chat %s not delivered (%s): trying again in %.0f s",
                message.chat_id,
                exc,
                wait,
            )
            return False
        store.done(message.id)
        if passes(exc):  # a timeout on the reply, a dropped connection: it may have arrived
            logger.warning(
                "Alert for chat %s may not have arrived (%s): not sent again, never twice",
                message.chat_id,
                exc,
            )
        else:  # blocked, gone, refused: it never will
            logger.warning("Alert for chat %s not delivered: %s", message.chat_id, exc)
        return True
    store.done(message.id)
    return True


async def deliver(bot: Bot, config: Config) -> float | None:
    """Send the queued alert messages that are due, each chat's in order; return when the next
    queued message is due (None: the queue is empty)."""
    with alert_store(config) as store:
        waiting: set[int] = set()  # chats whose earlier message waits: theirs wait too
        for message in store.queued():
            if message.chat_id in waiting:
                continue
            if message.due_at > time.time() or not await _deliver_one(bot, config, store, message):
                waiting.add(message.chat_id)
        return store.next_due()


async def look(application: BotApplication) -> Index:
    """Look at the live index once (hold `alerts_lock`): queue alerts for articles not looked
    at before, deliver what is due; return the index looked at."""
    data = application.bot_data
    index = await asyncio.to_thread(data.holder.get)
    await asyncio.to_thread(plan_alerts, data.config, index)
    data.alerts_due = await deliver(application.bot, data.config)
    return index


async def check_alerts(application: BotApplication) -> Index:
    """Look at the live index once: send alerts for articles not looked at before."""
    async with application.bot_data.alerts_lock:
        return await look(application)


async def watch_alerts(application: BotApplication) -> None:
    """Every `[alerts] check_seconds`, look for a new index generation and alerts now due."""
    data = application.bot_data
    with alert_store(data.config) as store:
        dropped = store.unfinished(time.time())
        data.alerts_due = store.next_due()
    if dropped:
        logger.warning(
            "%d alert message(s) were being sent when the bot stopped: they may have arrived, "
            "so they are not sent again",
            dropped,
        )
    last: str | None = None
    while True:
        try:
            index = await asyncio.to_thread(data.holder.get)
            if index.generation != last:
                last = (await check_alerts(application)).generation
            elif data.alerts_due is not None and data.alerts_due <= time.time():
                async with data.alerts_lock:
                    data.alerts_due = await deliver(application.bot, data.config)
        except QABotError as exc:
            logger.warning("Alerts: %s", exc)
        except Exception:  # keep alerting: one bad look must not stop the alerts for good
            logger.exception("Alerts failed")
        await asyncio.sleep(data.config.alerts_check_seconds)
