"""Telegram front end, access side: who may ask, which group messages are for us, how fast.

`gate` runs before every handler (handler group -1) and fails closed: it drops channel posts,
updates without a user and group chatter not addressed to the bot, and stops every update of a
user outside the allow-lists (in a group, once chats are listed: of a chat off the list),
whether or not their refusal could be sent. Refusals go out in the background and rarely
(`RefusalLimiter`), so strangers cannot slow down anyone's answers.
`TokenBucket` keeps one allowed user from queueing questions without bound.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.ext import ApplicationHandlerStop

from qabot.bot.data import Context
from qabot.config import Config

logger = logging.getLogger(__name__)

REFUSAL = "Sorry, this bot is private. Ask its owner to add you."
GROUP_REFUSAL = "Sorry, this bot does not answer in this group. Ask its owner to add the group."
SLOW_DOWN = "You're asking faster than I can read. Please slow down and try again in a minute."


def is_allowed(config: Config, user_id: int | None, chat_id: int | None, group: bool) -> bool:
    """Return whether this user may ask in this chat; empty lists mean everyone may.

    A group (or supergroup) goes by the chat alone once `allowed_chat_ids` names any: an
    answer there is read by every member, so an allowed user (an admin too) asking in a group
    off the list must not post the archive's text to its strangers. Private chats and inline
    queries go by the user (or a listed chat).
    """
    telegram = config.telegram
    if group and telegram.allowed_chat_ids:
        return chat_id in telegram.allowed_chat_ids
    if not telegram.allowed_user_ids and not telegram.allowed_chat_ids:
        return True
    return (
        user_id in telegram.allowed_user_ids
        or user_id in telegram.admin_user_ids
        or chat_id in telegram.allowed_chat_ids
    )


def _addressed(message: Message, username: str, bot_id: int) -> bool:
    """Return whether a group message is for us: our command, a mention, or a reply to us
    (with text, or a photo or voice message without it)."""
    text = message.text or message.caption or ""
    for entity in message.entities or message.caption_entities or ():
        value = (
            message.parse_entity(entity) if message.text else message.parse_caption_entity(entity)
        )
        if entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0:
            target = value.partition("@")[2]
            return not target or target.lower() == username.lower()
        if entity.type == MessageEntityType.MENTION and value[1:].lower() == username.lower():
            return True
    reply = message.reply_to_message
    if not (reply and reply.from_user and reply.from_user.id == bot_id):
        return False
    # a photo or voice message with no text, in reply, is asking (told to type: as in a
    # private chat); a sticker in reply is a reaction to the answer, and gets no reply
    return bool(text) or bool(
        message.photo or message.voice or message.audio or message.video or message.video_note
    )


def question_from(text: str, username: str) -> str:
    """Return the question in a message: without a leading /ask(@bot) and without @bot."""
    words = text.split()
    if words and words[0].startswith("/"):
        words = words[1:]
    return " ".join(w for w in words if w.lower().rstrip(",:") != f"@{username.lower()}")


def _for_us(update: Update, context: Context) -> bool:
    """Return whether an update is someone asking us something (not chatter, not a channel)."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if update.channel_post or update.edited_channel_post or user is None:
        return False  # channels and service updates have no one to answer
    if message is not None and chat is None:
        return False  # a message from nowhere: nowhere to reply
    return not (
        message is not None
        and chat is not None
        and chat.type != ChatType.PRIVATE
        and update.callback_query is None
        and not _addressed(message, context.bot.username, context.bot.id)
    )


def _refuse(update: Update, context: Context, user_id: int, text: str) -> None:
    """Tell a stranger no, in the background and not too often (see RefusalLimiter). A group
    off the chat list is refused as one: its members all read the one refusal posted there,
    so each asking again within the interval is silence (chat ids of groups are negative,
    user ids positive: they share the limiter's memory without clashing)."""
    chat = update.effective_chat
    posted = text == GROUP_REFUSAL and update.message is not None and chat is not None
    # a flood of strangers floods no log either
    if not context.bot_data.refusals.allow(chat.id if posted and chat else user_id):
        logger.debug("Refused user %s in chat %s in silence", user_id, chat and chat.id)
        if update.callback_query:  # unanswered, the client's spinner runs until it times out
            context.bot_data.background(update.callback_query.answer(), "a silent refusal")
        elif update.inline_query:  # likewise the inline results the client waits for
            silent = update.inline_query.answer([], cache_time=0, is_personal=True)
            context.bot_data.background(silent, "a silent refusal")
        return
    logger.info("Refused user %s in chat %s", user_id, chat and chat.id)
    call: Coroutine[Any, Any, object]
    if update.inline_query:
        call = update.inline_query.answer([], cache_time=0, is_personal=True)
    elif update.callback_query:
        call = update.callback_query.answer(text, show_alert=True)
    elif update.message is not None and chat is not None:
        call = context.bot.send_message(chat.id, text)  # not a reply: it may be deleted
    else:
        return
    context.bot_data.background(call, "a refusal")


async def gate(update: Update, context: Context) -> None:
    """Decide before any handler runs; let the update on only if it is for us and allowed.

    Fails closed: whatever goes wrong here (a refusal that cannot be sent, an update missing
    fields, a bug), the update stops, because a handler group that raises would otherwise hand
    the update on to the next group, the question handlers.
    """
    allowed = False
    try:
        user, chat = update.effective_user, update.effective_chat
        if user is None or not _for_us(update, context):
            return
        group = chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
        allowed = is_allowed(context.bot_data.config, user.id, chat.id if chat else None, group)
        if not allowed:  # in a group off the chat list, the group is what is refused
            off_list = group and bool(context.bot_data.config.telegram.allowed_chat_ids)
            _refuse(update, context, user.id, GROUP_REFUSAL if off_list else REFUSAL)
    except Exception:
        allowed = False
        logger.exception("The access check failed; update %s dropped", update.update_id)
    finally:
        if not allowed:
            raise ApplicationHandlerStop
