"""Handlers of the chat commands everyone may use: /start, /help, /ask, and unknown ones.

Admin commands are `bot.admin`, subscription commands `bot.subscriptions`; `COMMANDS` lists
them all for /help and for the command menu `bot.app` publishes.
"""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType

from qabot.bot.answering import question_data, respond
from qabot.bot.data import Context
from qabot.bot.delivery import with_retries
from qabot.bot.overview import example_questions, welcome
from qabot.text import shortened

COMMANDS = {
    "start": "what this bot knows, with example questions",
    "help": "how to ask, and every command",
    "ask": "ask a question: /ask What did the minister say?",
    "subscribe": 'alerts on new articles: /subscribe WORDS or /subscribe "Name"',
    "subscriptions": "this chat's subscriptions, numbered",
    "alerts": "the same as /subscriptions",
    "unsubscribe": "stop one: /unsubscribe N",
    "stats": "index statistics (admins)",
    "reindex": "bring the index up to date with the articles folder (admins)",
}


async def start(update: Update, context: Context) -> None:
    """Send a welcome when the command /start is issued: what the bot knows, example questions."""
    message = update.effective_message
    if message is None:
        return
    index = await asyncio.to_thread(context.bot_data.holder.get)
    questions = example_questions(index)
    buttons = []
    for question in questions:
        data = question_data(context, question, 0, None)
        buttons.append([InlineKeyboardButton(shortened(question, 60), callback_data=data)])
    text = welcome(index, questions)
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
        "“last week”, “since March” or “according to <outlet>” to narrow it, and follow up "
        "with “more”, “and in 2005?” or “what else did he say?”. In groups, use "
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


async def unknown_command(update: Update, context: Context) -> None:
    """Point to /help when a command is not one of ours (in groups: only if it names us)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    words = (message.text or "").split()
    if chat.type != ChatType.PRIVATE and (not words or "@" not in words[0]):
        return  # "/command" without a bot name may be for another bot in the group
    await with_retries(lambda: message.reply_text("I don't know that command. See /help."))
