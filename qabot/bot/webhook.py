"""Telegram front end, webhook mode: an HTTP server that hands Telegram's updates to the bot.

python-telegram-bot's own webhook server (`Application.run_webhook`) answers 400 to a body it
cannot turn into an Update and 500 to one that is not JSON. Telegram retries every delivery that
is not answered 2xx, for up to a day, so one update python-telegram-bot cannot read would come
back again and again. This server, set up as python-telegram-bot's custom webhook examples do
(tornado, which its webhooks extra brings; updates go into `application.update_queue`), checks
the secret token as python-telegram-bot does (403) and acknowledges a body that is not an
update with 200 after one warning in the log, as polling skips one (`bot.updates`).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from http import HTTPStatus
from types import TracebackType

import tornado.httpserver
import tornado.web
from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.ext import ExtBot

from qabot.bot.data import BotApplication
from qabot.errors import QABotError

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
MAX_BODY_BYTES = 4 * 1024 * 1024  # an update is a few kilobytes; a bigger body is refused


class UpdateHandler(tornado.web.RequestHandler):
    """Receive one update: check the secret, queue the update, always acknowledge a read body."""

    bot_application: BotApplication
    secret: bytes

    def initialize(self, bot_application: BotApplication, secret: str) -> None:
        """Take what every request needs (tornado calls this for each request)."""
        self.bot_application = bot_application
        self.secret = secret.encode()

    def log_exception(
        self,
        typ: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log a refused request (403, 405) in one debug line; anything else is a bug: logged
        with its traceback."""
        if isinstance(value, tornado.web.HTTPError):
            logger.debug("Webhook request refused: %s", value)
        else:
            logger.error("Webhook request failed", exc_info=value)

    async def post(self) -> None:
        """Queue the update in the body; answer 200 even when it cannot be read."""
        if self.request.headers.get("Content-Type") != "application/json":
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        self.set_status(HTTPStatus.OK)
        bot = self.bot_application.bot
        update = read_update(self.request.body, bot)
        if update is None:
            return
        if isinstance(bot, ExtBot):
            bot.insert_callback_data(update)
        await self.bot_application.update_queue.put(update)


def read_update(body: bytes, bot: Bot | None) -> Update | None:
    """Return the update in a webhook body, or None (with a warning) when it holds none."""
    try:
        update = Update.de_json(json.loads(body.decode("utf-8")), bot)
    except Exception as exc:  # any shape Telegram or anyone else may send
        logger.warning(
            "Skipped a webhook update: it cannot be read (%s: %s); acknowledged so that "
            "Telegram does not send it again",
            type(exc).__name__,
            str(exc)[:200],
        )
        return None
    if not isinstance(update, Update):
        logger.warning("Skipped a webhook body that holds no update; acknowledged")
        return None
    return update


async def serve_webhook(
    application: BotApplication,
    *,
    listen: str,
    port: int,
    url_path: str,
    webhook_url: str,
    secret: str,
) -> None:
    """Run the bot behind a webhook until SIGINT or SIGTERM, as `run_webhook` would."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in STOP_SIGNALS:
        loop.add_signal_handler(number, stop.set)
    arguments = {"bot_application": application, "secret": secret}
    routes = [(rf"/{url_path}/?", UpdateHandler, arguments)]
    server = tornado.httpserver.HTTPServer(
        tornado.web.Application(routes, log_function=_quiet), max_body_size=MAX_BODY_BYTES
    )
    async with application:  # initialize, and shut down however this ends
        if application.post_init:
            await application.post_init(application)
        try:
            try:  # listening before Telegram is told where to send updates
                server.listen(port, address=listen)
            except OSError as exc:
                raise QABotError(
                    f"Cannot listen on {listen}:{port} ({exc.strerror or exc}). Give a free "
                    "port and an address of this machine in --listen."
                ) from None
            try:
                await application.bot.set_webhook(
                    url=webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
                )
            except TelegramError as exc:
                raise QABotError(
                    f"Telegram did not accept the webhook {webhook_url} ({exc}). Give the "
                    "public HTTPS URL that reaches --listen."
                ) from None
            await application.start()
            logger.info("Receiving updates at %s", webhook_url)
            await stop.wait()
        finally:
            server.stop()
            await server.close_all_connections()
            if application.running:
                await application.stop()
            if application.post_stop:  # the background tasks post_init started
                await application.post_stop(application)


def _quiet(handler: tornado.web.RequestHandler) -> None:
    """Log no line per request (tornado logs every request by default)."""
