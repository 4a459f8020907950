"""Telegram chat handlers: messages -> `answer()` -> HTML replies (laid out by `bot.html`,
paged by `bot.paging`), with buttons for the questions an answer suggests.

The bot process itself (token check, index, polling or webhook) is `bot.app`; admin commands
and uploads are `bot.admin`; who may ask is `bot.access`.

In private chats every text is a question; in groups the bot answers `/ask@bot ...`, a mention
or a reply to one of its messages, and ignores other chatter. `@bot question` works inline in any
chat. Admins can send article files, and use /reindex and /stats. Press Ctrl-C (or send SIGTERM)
to stop: the last processed update is confirmed to Telegram, so nothing is answered twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Awaitable

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, InlineQueryLimit, ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from qabot.bot.access import SLOW_DOWN, question_from
from qabot.bot.buttons import decode_callback, encode_more, encode_stored
from qabot.bot.data import Context
from qabot.bot.delivery import retry_after, with_retries
from qabot.bot.html import plain_text, render_passage, shorten, source_text
from qabot.bot.overview import example_questions
from qabot.bot.paging import first_page, next_page
from qabot.errors import QABotError
from qabot.indexing import IndexHolder
from qabot.search import MAX_OFFSET, Answer, Conversation, answer

logger = logging.getLogger(__name__)

TYPING_WAIT = 1.0  # seconds an answer waits for its typing indicator to be sent, at most
INLINE_TOP = 10  # inline results offered for `@bot question` (Telegram allows up to 50)
COMMANDS = {
    "start": "what this bot knows, with example questions",
    "help": "how to ask, and every command",
    "ask": "ask a question: /ask What did the minister say?",
    "subscribe": 'alerts on new articles: /subscribe WORDS or /subscribe "Name"',
    "subscriptions": "this chat's subscriptions, numbered",
    "unsubscribe": "stop one: /unsubscribe N",
    "stats": "index statistics (admins)",
    "reindex": "bring the index up to date with the articles folder (admins)",
}
APOLOGY = "Sorry, something went wrong while answering. Please try again later."
SEARCH_FAILED = "Sorry, I could not search for that. Please try other words."
UNDELIVERED = "Telegram would not take the whole answer just now. Please ask again in a minute."


async def send_html(
    context: Context,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    reply_to: int | None = None,
) -> None:
    """Send one HTML message; if Telegram rejects the markup, send the same words as plain text.

    Transient failures (429, 5xx, timeouts) are tried again (`with_retries`).
    """
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None

    def send(body: str, parse_mode: str | None) -> Awaitable[Message]:
        return context.bot.send_message(
            chat_id,
            body,
            parse_mode=parse_mode,
            reply_markup=markup,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_parameters=reply,
        )

    try:
        await with_retries(lambda: send(text, ParseMode.HTML))
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        logger.warning("Telegram rejected our HTML (%s); sent as plain text instead", exc)
        await with_retries(lambda: send(plain_text(text), None))


def _question_data(context: Context, question: str, offset: int, speaker: str | None) -> str:
    """Return callback data that asks `question` (from `offset`), stored when too long."""
    data = None if speaker else encode_more(offset, question)
    if data is None:
        data = encode_stored(offset, context.bot_data.searches.put(question, speaker))
    return data


def _buttons(
    context: Context, result: Answer, offset: int, shown: int
) -> InlineKeyboardMarkup | None:
    """Return the answer's buttons: "Did you mean X?", one per person a shared name may mean,
    "More from X", and "More results" for the next page; None when there are none.

    The next page starts after the `shown` passages (a reply may hold fewer than the answer).
    """
    offers = (
        [(f"Did you mean {result.suggestion}?", result.suggestion)] if result.suggestion else []
    )
    offers += [(name, name) for name in result.choices if name != result.speaker]
    offers += [(f"More from {result.more_from}", result.more_from)] if result.more_from else []
    if offset:  # a further page of passages offers only the page after it
        offers = []
    about = f" about {result.topic}" if result.topic else ""
    rows = [
        [
            InlineKeyboardButton(
                shorten(label, 60),
                # a person offered in place of the one asked about: the same topic
                callback_data=_question_data(
                    context,
                    f"What did {person} say{'' if person == result.more_from else about}?",
                    0,
                    None,
                ),
            )
        ]
        for label, person in offers
    ]
    next_offset = offset + shown
    if (result.more or shown < len(result.passages)) and next_offset <= MAX_OFFSET:
        data = _question_data(context, result.question, next_offset, result.speaker)
        rows.append([InlineKeyboardButton("More results", callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


def _answer_now(
    holder: IndexHolder,
    question: str,
    top: int,
    offset: int,
    conversation: Conversation | None,
    dates_relative_to: str = "newest",
) -> Answer:
    return answer(
        holder.get(),
        question,
        top=top,
        offset=offset,
        conversation=conversation,
        dates_relative_to=dates_relative_to,
    )


async def respond(
    update: Update,
    context: Context,
    question: str,
    offset: int = 0,
    conversation: Conversation | None = None,
) -> None:
    """Answer `question` in the update's chat: typing indicator, answer off the loop, replies.

    The typing indicator is best effort (sent in the background); a search error becomes a
    polite reply; an answer Telegram keeps refusing ends with a note asking to try again.
    """
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:  # the gate lets no such update through
        return
    bucket = context.bot_data.bucket(user.id)
    if not bucket.take():
        if not bucket.warned:  # say it once, not once per flooded message
            bucket.warned = True
            await with_retries(lambda: context.bot.send_message(chat.id, SLOW_DOWN))
        return
    typing = context.bot_data.background(
        context.bot.send_chat_action(chat.id, ChatAction.TYPING), "a typing indicator"
    )
    if conversation is None and offset == 0:
        conversation = context.chat_data.conversation if context.chat_data else None
    try:
        result = await asyncio.to_thread(
            _answer_now,
            context.bot_data.holder,
            question,
            context.bot_data.config.top,
            offset,
            conversation,
            context.bot_data.config.dates_relative_to,
        )
    except QABotError as exc:
        logger.warning("Could not answer %r: %s", question[:200], exc)
        await with_retries(lambda: context.bot.send_message(chat.id, SEARCH_FAILED))
        return
    reply = first_page(result) if offset == 0 else next_page(result, offset, question)
    await asyncio.wait({typing}, timeout=TYPING_WAIT)  # "typing" shown after the answer misleads
    markup = _buttons(context, result, offset, reply.shown)
    reply_to = update.message.message_id if update.message else None
    for number, text in enumerate(reply.messages, 1):
        try:
            await send_html(
                context,
                chat.id,
                text,
                markup if number == len(reply.messages) else None,
                reply_to if number == 1 else None,
            )
        except (BadRequest, Forbidden):
            raise
        except TelegramError as exc:  # still failing after the retries: say so, if we can
            logger.warning("Gave up sending an answer to chat %s: %s", chat.id, exc)
            context.bot_data.background(
                context.bot.send_message(chat.id, UNDELIVERED), "the undelivered note"
            )
            return


async def start(update: Update, context: Context) -> None:
    """Send a welcome when the command /start is issued: what the bot knows, example questions."""
    message = update.effective_message
    if message is None:
        return
    index = await asyncio.to_thread(context.bot_data.holder.get)
    dates = [info.date for info in index.articles.values() if info.date]
    newest = f", the newest from {max(dates)}" if dates else ""
    buttons = []
    for question in example_questions(index):
        data = _question_data(context, question, 0, None)
        buttons.append([InlineKeyboardButton(shorten(question, 60), callback_data=data)])
    text = (
        f"Hello! I answer questions about {len(index.articles)} news articles{newest}, quoting "
        "the passages and their sources. Ask me anything, for example:"
    )
    markup = InlineKeyboardMarkup(buttons) if buttons else None
    await with_retries(lambda: message.reply_text(text, reply_markup=markup))


async def help_command(update: Update, context: Context) -> None:
    """Send how to ask and every command when the command /help is issued."""
    message = update.effective_message
    if message is None:
        return
    lines = [f"/{name} - {description}" for name, description in COMMANDS.items()]
    text = (
        "Write a question, e.g. “What did the minister say about tanks?”. Add “latest”, "
        "“last week”, “since March” or “according to <outlet>” to narrow it. In groups, use "
        f"/ask, mention @{context.bot.username} or reply to me. In any chat, type "
        f"@{context.bot.username} and a question to share a passage.\n\n" + "\n".join(lines)
    )
    await with_retries(lambda: message.reply_text(text))


async def ask_command(update: Update, context: Context) -> None:
    """Answer the question given after /ask."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    if not question:
        await with_retries(lambda: message.reply_text("Usage: /ask What did the minister say?"))
        return
    await respond(update, context, question)


async def text_message(update: Update, context: Context) -> None:
    """Answer a plain text message (in groups only when it mentions or replies to us)."""
    message = update.effective_message
    if message is None:
        return
    question = question_from(message.text or "", context.bot.username)
    if question:
        await respond(update, context, question)


async def unknown_command(update: Update, context: Context) -> None:
    """Point to /help when a command is not one of ours (in groups: only if it names us)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    words = (message.text or "").split()
    if chat.type != ChatType.PRIVATE and (not words or "@" not in words[0]):
        return  # "/command" without a bot name may be for another bot in the group
    await with_retries(lambda: message.reply_text("I don't know that command. See /help."))


async def button_pressed(update: Update, context: Context) -> None:
    """Answer an example-question button or show the next page of a search."""
    query = update.callback_query
    if query is None:
        return
    decoded = decode_callback(query.data)
    stored = None
    if decoded and decoded.kind == "s":
        stored = context.bot_data.searches.get(decoded.value)
    if decoded is None or (decoded.kind == "s" and stored is None):
        await query.answer("This search has expired. Please ask again.", show_alert=True)
        return
    try:
        await query.answer()
    except TelegramError as exc:  # only stops the spinner on the button; answering matters more
        logger.info("Could not acknowledge a button: %s", exc)
    offset = decoded.offset
    if stored is None:
        question, speaker = decoded.value, None
    else:
        question = stored["question"]
        speaker = stored["speaker"] if isinstance(stored["speaker"], str) else None
    if offset and query.message is not None:
        try:  # the old button would page again from the same place
            await query.edit_message_reply_markup(None)
        except TelegramError as exc:
            logger.info("Could not remove a used button: %s", exc)
    conversation = None
    if speaker:  # "what else did he say?" must still mean him on the next page
        conversation = Conversation()
        conversation.remember(speaker, time.monotonic())
    await respond(update, context, question, offset, conversation)


async def inline_query(update: Update, context: Context) -> None:
    """Offer the top passages for `@bot question` as results the user can send."""
    inline = update.inline_query
    if inline is None:
        return
    question = inline.query.strip()
    if not question:
        await inline.answer([], cache_time=5)
        return
    try:
        result = await asyncio.to_thread(
            _answer_now,
            context.bot_data.holder,
            question,
            INLINE_TOP,
            0,
            None,
            context.bot_data.config.dates_relative_to,
        )
    except QABotError as exc:
        logger.warning("Could not answer inline %r: %s", question[:200], exc)
        await inline.answer([], cache_time=5)
        return
    results = [
        InlineQueryResultArticle(
            id=hashlib.sha256(hit.passage.id.encode()).hexdigest()[:32],
            title=shorten(hit.article.title or hit.article.path, 100),
            description=shorten(source_text(hit.article) + hit.highlight, 200),
            input_message_content=InputTextMessageContent(
                render_passage(hit)[0],
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        for hit in result.passages[: InlineQueryLimit.RESULTS]
    ]
    await with_retries(lambda: inline.answer(results, cache_time=30))


async def error_handler(update: object, context: Context) -> None:
    """Log the error and tell the user briefly; blocked bots and flood waits are not crashes."""
    error = context.error
    if isinstance(error, Forbidden):
        logger.info("Telegram refused a message (the user blocked the bot?): %s", error)
        return
    if isinstance(error, RetryAfter):
        logger.warning("Telegram asked us to wait %s s before sending more", retry_after(error))
        return
    logger.error("Exception while handling an update:", exc_info=error)
    if isinstance(update, Update) and update.effective_chat and not update.inline_query:
        try:
            await context.bot.send_message(update.effective_chat.id, APOLOGY)
        except Exception:  # the apology is best effort; the error is already logged
            logger.warning("Could not send the apology", exc_info=True)
