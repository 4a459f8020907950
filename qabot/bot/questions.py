"""Handlers of questions asked without a command: text messages, button presses and
inline queries; each answers through `bot.answering`.

In private chats every text (or a photo's caption) is a question; in groups the bot answers
`/ask@bot ...`, a mention or a reply to one of its messages, and ignores other chatter.
`@bot question` works inline in any chat.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time

from telegram import InlineQueryResultArticle, InputTextMessageContent, LinkPreviewOptions, Update
from telegram.constants import InlineQueryLimit, ParseMode
from telegram.error import TelegramError

from qabot.bot.access import question_from
from qabot.bot.answering import answer_now, respond
from qabot.bot.buttons import decode_callback
from qabot.bot.data import Context
from qabot.bot.delivery import with_retries
from qabot.bot.html import render_passage, source_text
from qabot.errors import QABotError
from qabot.search import Conversation, Hit
from qabot.text import shortened, strip_controls

logger = logging.getLogger(__name__)

BARE_MENTION = (
    "Ask me a question after the mention, e.g. “What did the minister say about tanks?”. "
    "/help lists what I can do."
)
CAPTION_COMMAND = "Send commands as a text message, not as a photo's caption. /help lists them."
NO_TEXT = (
    "I read only text: type your question (or send it as a photo's caption), e.g. “What did "
    "the minister say about tanks?”. /help lists what I can do."
)
INLINE_TOP = 10  # inline results offered for `@bot question` (Telegram allows up to 50)


async def text_message(update: Update, context: Context) -> None:
    """Answer a plain text message, or the caption of a photo (or any media) sent with a
    question, as readers do (in groups only when it mentions or replies to us)."""
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption or ""
    command = text.split(maxsplit=1)[0].partition("@")[0].lower() if text.strip() else ""
    if message.text is None and command.startswith("/") and command != "/ask":
        await with_retries(lambda: message.reply_text(CAPTION_COMMAND))  # handlers read text
        return
    question = question_from(text, context.bot.username)
    if question:
        await respond(update, context, question)
    elif text.strip():  # "@bot" alone: someone calling, not chatter
        await with_retries(lambda: message.reply_text(BARE_MENTION))


async def without_text(update: Update, context: Context) -> None:
    """Tell a private chat's photo without a caption, sticker or voice message, or a group's
    photo or voice message replying to us, that questions are read as text (silence looked
    like a dead bot)."""
    message = update.effective_message
    if message is not None:
        await with_retries(lambda: message.reply_text(NO_TEXT))


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
    filters = None
    if stored is None:
        question, speaker = decoded.value, None
    else:
        question = stored["question"]
        speaker = stored["speaker"] if isinstance(stored["speaker"], str) else None
        filters = stored["filters"]  # the dates or outlets a follow-up asked within
    if offset and query.message is not None:
        try:  # the old button would page again from the same place
            await query.edit_message_reply_markup(None)
        except TelegramError as exc:
            logger.info("Could not remove a used button: %s", exc)
    conversation = None
    if speaker:  # "what else did he say?" must still mean him on the next page
        conversation = Conversation()
        conversation.remember(speaker, time.monotonic())
    await respond(update, context, question, offset, conversation, filters)


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
            answer_now,
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
    results = inline_results(result.passages)
    await with_retries(lambda: inline.answer(results, cache_time=30))


def inline_results(hits: list[Hit]) -> list[InlineQueryResultArticle]:
    """Return the inline results offered for `hits`: title and description are plain text,
    without control or bidi characters (an override in a page's title reversed the line)."""
    return [
        InlineQueryResultArticle(
            id=hashlib.sha256(hit.passage.id.encode()).hexdigest()[:32],
            title=shortened(strip_controls(hit.article.title or hit.article.path), 100),
            description=shortened(strip_controls(source_text(hit.article) + hit.highlight), 200),
            input_message_content=InputTextMessageContent(
                render_passage(hit)[0],
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        for hit in hits[: InlineQueryLimit.RESULTS]
    ]
