"""Answering a question in a chat: `answer()` off the event loop, the reply laid out by
`bot.html` and paged by `bot.paging`, with buttons for the questions an answer suggests.

Every handler that answers a question (`commands`, `questions`) ends here, in `respond`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from qabot.bot.access import SLOW_DOWN
from qabot.bot.buttons import encode_more, encode_stored
from qabot.bot.data import Context
from qabot.bot.delivery import with_retries
from qabot.bot.html import plain_text
from qabot.bot.paging import first_page, next_page
from qabot.errors import QABotError
from qabot.indexing import IndexHolder
from qabot.search import MAX_OFFSET, Answer, Conversation, Filters, answer
from qabot.text import shortened

logger = logging.getLogger(__name__)

TYPING_WAIT = 1.0  # seconds an answer waits for its typing indicator to be sent, at most
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


def question_data(
    context: Context,
    question: str,
    offset: int,
    speaker: str | None,
    filters: Filters | None = None,
) -> str:
    """Return callback data that asks `question` (from `offset`), stored when too long or
    when it carries a speaker or filters."""
    data = None if speaker or filters else encode_more(offset, question)
    if data is None:
        data = encode_stored(offset, context.bot_data.searches.put(question, speaker, filters))
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
                shortened(label, 60),
                # a person offered in place of the one asked about: the same topic
                callback_data=question_data(
                    context,
                    f"What did {person} say{'' if person == result.more_from else about}?",
                    0,
                    None,
                ),
            )
        ]
        for label, person in offers
    ]
    next_offset = max(offset, result.offset) + shown  # a typed "more" starts further on
    if (result.more or shown < len(result.passages)) and next_offset <= MAX_OFFSET:
        # a follow-up ("and in 2005?") pages through the search it stood for
        question = result.searched or result.question
        filters = result.filters if result.searched else None
        data = question_data(context, question, next_offset, result.speaker, filters)
        rows.append([InlineKeyboardButton("More results", callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


def answer_now(
    holder: IndexHolder,
    question: str,
    top: int,
    offset: int,
    conversation: Conversation | None,
    dates_relative_to: str = "newest",
    filters: Filters | None = None,
) -> Answer:
    """Answer `question` with the index loaded now (run in a worker thread)."""
    return answer(
        holder.get(),
        question,
        top=top,
        offset=offset,
        conversation=conversation,
        filters=filters,
        dates_relative_to=dates_relative_to,
    )


async def respond(
    update: Update,
    context: Context,
    question: str,
    offset: int = 0,
    conversation: Conversation | None = None,
    filters: Filters | None = None,
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
            answer_now,
            context.bot_data.holder,
            question,
            context.bot_data.config.top,
            offset,
            conversation,
            context.bot_data.config.dates_relative_to,
            filters,
        )
    except QABotError as exc:
        logger.warning("Could not answer %r: %s", question[:200], exc)
        await with_retries(lambda: context.bot.send_message(chat.id, SEARCH_FAILED))
        return
    reply = first_page(result) if offset == 0 else next_page(result, offset, question)
    if conversation is not None and offset == 0:
        conversation.saw_passages(reply.shown)  # a typed "more" goes on after what was shown
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
