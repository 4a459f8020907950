"""Telegram front end, alerts side: /subscribe, /subscriptions, /unsubscribe, and sending alerts.

`/subscribe WORDS` asks for new passages about the words, `/subscribe "Speaker Name"` for a
person's new quotes. A task of the running bot looks at the live index every few seconds; when a
generation brings articles it has not looked at (from the feeds, an upload, the watcher or
`qabot index` in another process), it matches them (`qabot.alerts`), claims the alerts in the
store and sends them. A chat gets at most `[alerts] per_hour` alerts an hour, then one summary
per look; a subscriber no longer in the access lists gets nothing.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field

from telegram import Bot, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from qabot.alerts import (
    ALERTS_FILE,
    MAX_QUERY_CHARS,
    MAX_SUBSCRIPTIONS,
    Alert,
    AlertStore,
    Subscription,
    SubscriptionKind,
    find_alerts,
)
from qabot.bot.access import is_allowed
from qabot.bot.data import BotApplication, Context
from qabot.bot.delivery import with_retries
from qabot.bot.html import (
    plain_text,
    render_passage,
    render_quotes,
    shorten,
    source_line,
    split_messages,
)
from qabot.config import Config
from qabot.errors import QABotError
from qabot.indexing import Index
from qabot.text import tokenize

logger = logging.getLogger(__name__)

CHECK_SECONDS = 2.0  # how often the live index is looked at (reading one small file)
HOUR = 3600.0
SUMMARY_LINES = 10
_QUOTED = re.compile(r'^\s*["“«„](.+?)["”»“]\s*$')
USAGE = (
    'Usage: /subscribe WORDS for new passages about them, or /subscribe "Name" (in quotes) '
    "for a person's new quotes. /subscriptions lists yours, /unsubscribe N stops one."
)


def read_subscription(text: str) -> tuple[SubscriptionKind, str] | None:
    """Return what `/subscribe text` asks for: a quoted speaker's name, or words; None if empty."""
    text = " ".join(text.split())
    if not text:
        return None
    quoted = _QUOTED.match(text)
    if quoted and quoted[1].strip():
        return "speaker", quoted[1].strip()
    return "words", text


def _store(config: Config) -> AlertStore:
    return AlertStore(config.index_dir / ALERTS_FILE)


def describe(subscription: Subscription) -> str:
    """Return a subscription for people: “words” or the speaker's name with (quotes)."""
    if subscription.kind == "speaker":
        return f"quotes by {subscription.query}"
    return f"“{subscription.query}”"


def _subscribe(config: Config, index: Index, chat_id: int, user_id: int, text: str) -> str:
    wanted = read_subscription(text)
    if wanted is None:
        return USAGE
    kind, query = wanted
    if len(query) > MAX_QUERY_CHARS:
        return f"That is too long to follow: keep it under {MAX_QUERY_CHARS} characters."
    if kind == "words" and not tokenize(query):
        return f"“{query}” has only common words. Subscribe to a name, a place or an event."
    with _store(config) as store:
        mine = store.subscriptions(chat_id)
        if len(mine) >= MAX_SUBSCRIPTIONS:
            return (
                f"This chat follows {len(mine)} subscriptions already, the most I keep. "
                "/unsubscribe N one first."
            )
        subscription = store.subscribe(chat_id, user_id, kind, query)
        number = [s.id for s in store.subscriptions(chat_id)].index(subscription.id) + 1
    if kind == "words":
        return (
            f"Subscribed ({number}): I will send new passages about “{query}” "
            "as articles arrive. /unsubscribe " + str(number) + " stops it."
        )
    names = index.speakers.resolve(query)
    known = f" (quoted so far as {names[0]})" if names else " (not quoted in the articles yet)"
    return (
        f"Subscribed ({number}): I will send new quotes by {query}{known} as articles arrive. "
        f"/unsubscribe {number} stops it."
    )


async def subscribe_command(update: Update, context: Context) -> None:
    """Follow words or a person (/subscribe WORDS, /subscribe "Name") in this chat."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    config = context.bot_data.config
    text = (message.text or "").partition(" ")[2]
    async with context.bot_data.alerts_lock:
        # look first: what the index holds now is never news to the new subscription
        index = await _look(context.application)
        reply = await asyncio.to_thread(_subscribe, config, index, chat.id, user.id, text)
    await message.reply_text(reply)


def _list(config: Config, chat_id: int) -> str:
    with _store(config) as store:
        mine = store.subscriptions(chat_id)
    if not mine:
        return "This chat has no subscriptions. " + USAGE
    lines = [f"{n}. {describe(s)}" for n, s in enumerate(mine, start=1)]
    return "This chat follows:\n" + "\n".join(lines) + "\n/unsubscribe N stops one."


async def subscriptions_command(update: Update, context: Context) -> None:
    """List this chat's subscriptions, numbered for /unsubscribe."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    reply = await asyncio.to_thread(_list, context.bot_data.config, chat.id)
    await message.reply_text(reply)


def _unsubscribe(config: Config, chat_id: int, text: str) -> str:
    number = text.strip()
    if not number.isdigit():
        return "Usage: /unsubscribe N, with N from /subscriptions."
    with _store(config) as store:
        gone = store.unsubscribe(chat_id, int(number))
    if gone is None:
        return f"There is no subscription {number} in this chat; /subscriptions lists them."
    return f"Unsubscribed from {describe(gone)}."


async def unsubscribe_command(update: Update, context: Context) -> None:
    """Stop one of this chat's subscriptions (/unsubscribe N)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    text = " ".join(context.args or [])
    reply = await asyncio.to_thread(_unsubscribe, context.bot_data.config, chat.id, text)
    await message.reply_text(reply)


@dataclass(slots=True)
class ChatAlerts:
    """What one chat receives from one look: alerts to send, and those only summarised."""

    chat_id: int
    send: list[Alert] = field(default_factory=list)
    summarised: list[Alert] = field(default_factory=list)


def plan_alerts(config: Config, index: Index, now: float | None = None) -> list[ChatAlerts]:
    """Match the articles not looked at yet, claim their alerts, split them by the hourly limit."""
    now = time.time() if now is None else now
    with _store(config) as store:
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
    return split_messages([_escape(head), *blocks])


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


async def _look(application: BotApplication) -> Index:
    """Look at the live index once (under `alerts_lock`): send alerts for articles not looked
    at before; return the index looked at."""
    data = application.bot_data
    index = await asyncio.to_thread(data.holder.get)
    chats = await asyncio.to_thread(plan_alerts, data.config, index)
    await send_alerts(application.bot, chats, data.config.alerts_per_hour)
    return index


async def check_alerts(application: BotApplication) -> Index:
    """Look at the live index once: send alerts for articles not looked at before."""
    async with application.bot_data.alerts_lock:
        return await _look(application)


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
