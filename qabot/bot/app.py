"""The Telegram bot process: token check, index, handlers, then long polling or a webhook
(`webhook`: our own server, which acknowledges an update it cannot read).

Usage:

    QABOT_TELEGRAM_TOKEN=123456:ABC... qabot bot [--config FILE] [--articles DIR] [--index-dir DIR]
    QABOT_WEBHOOK_SECRET=... qabot bot --webhook https://example.org/qabot --listen 0.0.0.0:8443

The handlers live in `commands` (/start, /help, /ask), `questions` (text, buttons, inline),
`subscriptions` and `admin` (admin commands, uploads); the error handler is here. Press Ctrl-C
(or send SIGTERM) to stop: the last processed update is confirmed to Telegram, so nothing is
answered twice.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from urllib.parse import urlsplit

import httpx
from telegram import Bot, BotCommand, Update
from telegram.error import Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from qabot.bot.access import gate
from qabot.bot.admin import (
    admin_only,
    reindex_command,
    stats_command,
    upload_document,
    watch_articles,
)
from qabot.bot.alerts import watch_alerts
from qabot.bot.commands import COMMANDS, ask_command, help_command, start, unknown_command
from qabot.bot.data import CONTEXT_TYPES, BotApplication, Context
from qabot.bot.delivery import BoundedRateLimiter, retry_after
from qabot.bot.feeds import poll_feeds
from qabot.bot.questions import button_pressed, inline_query, text_message, without_text
from qabot.bot.start_checks import check_start
from qabot.bot.subscriptions import (
    subscribe_command,
    subscriptions_command,
    unsubscribe_command,
)
from qabot.bot.updates import UpdatesRequest
from qabot.bot.webhook import serve_webhook
from qabot.config import Config
from qabot.errors import QABotError, TokenError
from qabot.indexing import IndexHolder, ensure_index, old_rules_note

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong while answering. Please try again later."
# what a private chat may send with no text to read: told to type; in a group only a photo or
# voice message replying to the bot is (`access._addressed`), other media there are chatter
WITHOUT_TEXT = (
    ~filters.TEXT
    & ~filters.CAPTION
    & (
        filters.PHOTO
        | filters.VOICE
        | filters.AUDIO
        | filters.VIDEO
        | filters.VIDEO_NOTE
        | (filters.ChatType.PRIVATE & (filters.Sticker.ALL | filters.LOCATION | filters.CONTACT))
    )
)


async def post_init(application: BotApplication) -> None:
    """Publish the command list, warn about open access, and start the background tasks:
    watching the articles, polling the feeds, sending alerts."""
    await application.bot.set_my_commands([BotCommand(n, d) for n, d in COMMANDS.items()])
    config = application.bot_data.config
    if not config.telegram.allowed_user_ids and not config.telegram.allowed_chat_ids:
        logger.warning("allowed_user_ids and allowed_chat_ids are empty: anyone may use this bot")
    if config.watch:
        application.bot_data.watch_task = asyncio.create_task(watch_articles(application))
    if config.feed_urls:
        application.bot_data.feeds_task = asyncio.create_task(poll_feeds(application))
    application.bot_data.alerts_task = asyncio.create_task(watch_alerts(application))
    logger.info("qabot bot @%s is running", application.bot.username)


async def post_stop(application: BotApplication) -> None:
    """Stop watching the articles folder, polling the feeds, sending alerts and best-effort
    calls."""
    data = application.bot_data
    tasks = [data.watch_task, data.feeds_task, data.alerts_task]
    data.watch_task = data.feeds_task = data.alerts_task = None
    for task in tasks:
        if task is not None:
            task.cancel()
    await data.cancel_background()


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


def build_application(
    config: Config, holder: IndexHolder, *, tls: ssl.SSLContext | None = None
) -> BotApplication:
    """Return the Application with every handler registered (tests reuse it); its connections
    use `tls` (see `run`)."""
    shared = {"verify": tls or httpx.create_ssl_context()}
    application = (
        Application.builder()
        .token(config.token or "")
        .base_url(config.telegram.api_base_url)
        .base_file_url(config.telegram.api_base_file_url)
        .request(HTTPXRequest(read_timeout=config.telegram.reply_timeout, httpx_kwargs=shared))
        .rate_limiter(BoundedRateLimiter(max_retries=2))  # waits out a short flood limit twice
        .get_updates_request(UpdatesRequest(httpx_kwargs=shared))  # skips an unreadable update
        .concurrent_updates(True)
        .context_types(CONTEXT_TYPES)
        .post_init(post_init)
        .post_stop(post_stop)
        .build()
    )
    application.bot_data.setup(config, holder)
    application.add_handler(TypeHandler(Update, gate), group=-1)
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("ask", ask_command))
    application.add_handler(CommandHandler("subscribe", subscribe_command))
    application.add_handler(CommandHandler(["subscriptions", "alerts"], subscriptions_command))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe_command))
    application.add_handler(CommandHandler("stats", admin_only(stats_command)))
    application.add_handler(CommandHandler("reindex", admin_only(reindex_command)))
    application.add_handler(MessageHandler(filters.Document.ALL, admin_only(upload_document)))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, text_message))
    application.add_handler(MessageHandler(filters.CAPTION, text_message))  # documents: above
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(WITHOUT_TEXT, without_text))
    application.add_handler(CallbackQueryHandler(button_pressed))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(error_handler)
    return application


async def check_token(config: Config, tls: ssl.SSLContext) -> str:
    """Return the bot's username; raise TokenError if Telegram rejects the token."""
    shared = {"verify": tls}
    try:
        async with Bot(
            config.token or "",
            base_url=config.telegram.api_base_url,
            base_file_url=config.telegram.api_base_file_url,
            request=HTTPXRequest(httpx_kwargs=shared),
            get_updates_request=HTTPXRequest(httpx_kwargs=shared),
        ) as bot:
            return bot.username
    except InvalidToken:
        raise TokenError(
            f"Telegram rejected the token in ${config.telegram.token_env}. Copy it again from "
            "@BotFather (/mybots -> API Token) and set the variable."
        ) from None
    except NetworkError as exc:
        raise QABotError(
            f"Cannot reach the Telegram Bot API at {config.telegram.api_base_url} ({exc}). "
            "Check the network, or [telegram] api_base_url in the config."
        ) from None


def run(config: Config, *, webhook: str | None = None, listen: str | None = None) -> None:
    """Run the bot until SIGINT/SIGTERM: long polling, or a webhook server behind a proxy."""
    address = check_start(config, webhook=webhook, listen=listen)
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs every poll at INFO
    # one TLS context for the four connections (two to check the token, two to run): each
    # would read the certificate authorities again, ~0.06 CPU-s apiece at every start
    tls = httpx.create_ssl_context()
    asyncio.run(check_token(config, tls))  # before indexing: a wrong token should fail at once
    asyncio.set_event_loop(asyncio.new_event_loop())  # asyncio.run closed its loop
    opened = ensure_index(config.articles_dir, config.index_dir, engine=config.engine)
    index, report = opened.index, opened.report
    if report is not None:
        done = "Updated" if opened.updated else "Built"
        logger.info(
            "%s the index: %d articles, %d passages", done, report.articles, report.passages
        )
    elif (note := old_rules_note(index.meta)) is not None:
        logger.warning("%s", note)
    if opened.note is not None:
        logger.warning("%s", opened.note)
    application = build_application(config, IndexHolder(config.index_dir, index), tls=tls)
    if address is None or webhook is None:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    loop = asyncio.get_event_loop()
    try:
        loop.run_until_complete(
            serve_webhook(
                application,
                listen=address.host,
                port=address.port,
                url_path=urlsplit(webhook).path.strip("/"),
                webhook_url=webhook,
                secret=config.webhook_secret or "",
            )
        )
    finally:
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
