"""Telegram front end, before anything starts: what `qabot bot` cannot run without (a token of
the right shape; in webhook mode a secret and a --listen address that exists), checked before
python-telegram-bot is imported and the index is built or loaded. A typo in --listen was told
only after the token check and, on a folder not yet indexed, after the whole build."""

from __future__ import annotations

from dataclasses import dataclass

from qabot.config import Config
from qabot.errors import ConfigError, QABotError, TokenError
from qabot.text.patterns import lazy

TOKEN = lazy(r"[0-9]+:[A-Za-z0-9_-]+")
SECRET = lazy(r"[A-Za-z0-9_-]{1,256}")  # what Telegram takes as a secret_token
# ASCII digits ("²" is a digit to str.isdigit) of a port that exists: the server would take
# 99999 modulo 65536 and listen, in silence, where no proxy sends anything
PORT = lazy(r"[0-9]{1,5}")


@dataclass(frozen=True, slots=True)
class Listen:
    """Where the webhook server listens."""

    host: str
    port: int


def check_start(config: Config, *, webhook: str | None, listen: str | None) -> Listen | None:
    """Raise the error `qabot bot` would stop with for these settings; return where the
    webhook server listens (None: long polling)."""
    if bool(webhook) != bool(listen):
        raise QABotError("Webhook mode needs both --webhook URL and --listen HOST:PORT.")
    if not config.token:
        raise TokenError(
            f"No Telegram bot token: set ${config.telegram.token_env}. Talk to @BotFather on "
            "Telegram, send /newbot, and copy the token it gives you."
        )
    if not TOKEN.fullmatch(config.token):
        raise TokenError(  # httpx would fail on it as an unreachable network, misleadingly
            f"${config.telegram.token_env} does not hold a bot token (digits, a colon, then "
            "letters, digits, _ or -, like 123456:ABC-def). Copy it again from @BotFather "
            "(/mybots -> API Token) and set the variable."
        )
    if not webhook:
        return None
    if not SECRET.fullmatch(config.webhook_secret or ""):
        raise ConfigError(
            f"Webhook mode needs a secret: set ${config.telegram.webhook_secret_env} to 1-256 "
            "letters, digits, _ or - (e.g. the output of `openssl rand -hex 32`)."
        )
    host, _, port = (listen or "").rpartition(":")
    if host.startswith("[") and host.endswith("]"):  # an IPv6 address, written as in a URL
        host = host[1:-1]
    if not host or not PORT.fullmatch(port) or not 0 < int(port) < 65536:
        raise ConfigError(
            f"--listen must be HOST:PORT (a port from 1 to 65535), like 127.0.0.1:8443, "
            f"not {listen!r}."
        )
    return Listen(host, int(port))
