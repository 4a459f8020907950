"""What `qabot bot` checks before it imports python-telegram-bot or builds an index."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qabot.bot.start_checks import Listen, check_start
from qabot.config import Config
from qabot.errors import ConfigError, QABotError, TokenError

TOKEN = "123456:ABC-def_1"
WEBHOOK = "https://example.org/qabot"


def test_polling_needs_only_a_token_of_the_right_shape() -> None:
    assert check_start(Config(token=TOKEN), webhook=None, listen=None) is None


@pytest.mark.parametrize(
    ("token", "message"),
    [(None, "No Telegram bot token"), ("", "No Telegram bot token"), ("123456:A\nB", "does not")],
)
def test_a_missing_or_misshapen_token_stops_the_start(token: str | None, message: str) -> None:
    with pytest.raises(TokenError, match=message):
        check_start(Config(token=token), webhook=None, listen=None)


@pytest.mark.parametrize(("webhook", "listen"), [(WEBHOOK, None), (None, "127.0.0.1:8443")])
def test_webhook_mode_needs_both_the_url_and_where_to_listen(
    webhook: str | None, listen: str | None
) -> None:
    with pytest.raises(QABotError, match="needs both --webhook URL and --listen"):
        check_start(Config(token=TOKEN, webhook_secret="s"), webhook=webhook, listen=listen)


@pytest.mark.parametrize("secret", [None, "", "has space", "x" * 257])
def test_webhook_mode_needs_a_secret_telegram_takes(secret: str | None) -> None:
    config = Config(token=TOKEN, webhook_secret=secret)
    with pytest.raises(ConfigError, match="Webhook mode needs a secret"):
        check_start(config, webhook=WEBHOOK, listen="127.0.0.1:8443")


@pytest.mark.parametrize(
    "listen",
    ["127.0.0.1:99999", "127.0.0.1:0", "127.0.0.1:²", "127.0.0.1", ":8443", "host:", "[]:8443"],
)
def test_listen_must_be_a_host_and_a_port_that_exists(listen: str) -> None:
    with pytest.raises(ConfigError, match="--listen must be HOST:PORT"):
        check_start(Config(token=TOKEN, webhook_secret="s"), webhook=WEBHOOK, listen=listen)


@pytest.mark.parametrize(
    ("listen", "expected"),
    [
        ("127.0.0.1:8443", Listen("127.0.0.1", 8443)),
        # brackets, as a URL writes an IPv6 address, are no part of it: the server was asked
        # to listen on "[::1]" and stopped with "Name or service not known"
        ("[::1]:65535", Listen("::1", 65535)),
        ("::1:8443", Listen("::1", 8443)),
    ],
)
def test_webhook_mode_listens_where_told(listen: str, expected: Listen) -> None:
    config = Config(token=TOKEN, webhook_secret="s")
    assert check_start(config, webhook=WEBHOOK, listen=listen) == expected


def test_checking_the_settings_imports_no_telegram() -> None:
    # the checks run before the bot is imported, so a wrong setting is told at once
    script = (
        "import sys, qabot.bot.start_checks\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'telegram', 'httpx'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout == "[]\n", result.stderr
