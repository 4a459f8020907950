"""Telegram front end, subscriptions: /subscribe, /subscriptions and /unsubscribe.

`/subscribe WORDS` asks for new passages about the words, `/subscribe "Speaker Name"` (in
quotes) for a person's new quotes; both are kept per chat in the alert store, and sent by the
alerts task (`qabot.bot.alerts`) as matching articles arrive.
"""

from __future__ import annotations

import asyncio

from telegram import Update

from qabot.alerts import MAX_QUERY_CHARS, MAX_SUBSCRIPTIONS, SubscriptionKind
from qabot.bot.alerts import alert_store, describe, look
from qabot.bot.data import Context
from qabot.config import Config
from qabot.indexing import Index
from qabot.text import strip_controls, tokenize
from qabot.text.patterns import lazy

_QUOTED = lazy(r'^\s*["“«„](.+?)["”»“]\s*$')
USAGE = (
    'Usage: /subscribe WORDS for new passages about them, or /subscribe "Name" (in quotes) '
    "for a person's new quotes. /subscriptions lists yours, /unsubscribe N stops one."
)


def read_subscription(text: str) -> tuple[SubscriptionKind, str] | None:
    """Return what `/subscribe text` asks for: a quoted speaker's name, or words; None if empty.
    Control and bidi characters go: echoed in every alert, a right-to-left override reversed
    the rest of the bot's line."""
    text = " ".join(strip_controls(text).split())
    if not text:
        return None
    quoted = _QUOTED.match(text)
    if quoted and quoted[1].strip():
        return "speaker", quoted[1].strip()
    return "words", text


def _subscribe(config: Config, index: Index, chat_id: int, user_id: int, text: str) -> str:
    wanted = read_subscription(text)
    if wanted is None:
        return USAGE
    kind, query = wanted
    if len(query) > MAX_QUERY_CHARS:
        return f"That is too long to follow: keep it under {MAX_QUERY_CHARS} characters."
    if kind == "words" and not tokenize(query):
        return f"“{query}” has only common words. Subscribe to a name, a place or an event."
    with alert_store(config) as store:
        mine = store.subscriptions(chat_id)
        if len(mine) >= MAX_SUBSCRIPTIONS:
            return (
                f"This chat follows {len(mine)} subscriptions already, the most I keep. "
                "/unsubscribe N one first."
            )
        number = store.subscribe(chat_id, user_id, kind, query).number
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
        index = await look(context.application)
        reply = await asyncio.to_thread(_subscribe, config, index, chat.id, user.id, text)
    await message.reply_text(reply)


def _list(config: Config, chat_id: int) -> str:
    with alert_store(config) as store:
        mine = store.subscriptions(chat_id)
    if not mine:
        return "This chat has no subscriptions. " + USAGE
    lines = [f"{s.number}. {describe(s)}" for s in mine]
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
    with alert_store(config) as store:
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
