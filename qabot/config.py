"""Configuration: the settings, each declared once (key, default, help), and `Config`.

`config_file.load_config` fills a Config from config.toml, the environment and the options.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

DEFAULT_ENGINE = "tantivy"  # qabot.engines.registry names the others
DATES_RELATIVE_TO = ("newest", "today")


def _setting(default: Any, key: str, help: str, *, repr: bool = True) -> Any:
    """Declare a config key once: its TOML place ("table.key"), default and help text."""
    return field(default=default, repr=repr, metadata={"key": key, "help": help})


@dataclass(frozen=True, slots=True)
class TelegramConfig:
    """The `[telegram]` table."""

    token_env: str = _setting(
        "QABOT_TELEGRAM_TOKEN",
        "telegram.token_env",
        "name of the environment variable that holds the bot token (never the token itself)",
    )
    api_base_url: str = _setting(
        "https://api.telegram.org/bot",
        "telegram.api_base_url",
        "Bot API endpoint; change it to use a self-hosted Bot API server",
    )
    api_base_file_url: str = _setting(
        "https://api.telegram.org/file/bot",
        "telegram.api_base_file_url",
        "Bot API endpoint for file downloads",
    )
    allowed_user_ids: tuple[int, ...] = _setting(
        (),
        "telegram.allowed_user_ids",
        "who may ask; empty lists = everyone (a warning is logged)",
    )
    allowed_chat_ids: tuple[int, ...] = _setting(
        (), "telegram.allowed_chat_ids", "chats (groups) whose members may ask"
    )
    admin_user_ids: tuple[int, ...] = _setting(
        (), "telegram.admin_user_ids", "who may upload articles and use /reindex and /stats"
    )
    questions_per_minute: int = _setting(
        20, "telegram.questions_per_minute", "questions one user may ask per minute"
    )
    reply_timeout: float = _setting(
        5.0,
        "telegram.reply_timeout",
        "seconds to wait for the Bot API's reply to a message sent (an alert timed out may have "
        "arrived: it is not sent again)",
    )
    webhook_secret_env: str = _setting(
        "QABOT_WEBHOOK_SECRET",
        "telegram.webhook_secret_env",
        "name of the environment variable holding the webhook secret (webhook mode only)",
    )


@dataclass(frozen=True, slots=True)
class Config:
    """Everything the commands need, resolved to absolute paths and plain values."""

    articles_dir: Path = _setting(
        Path("seeds"),
        "paths.articles",
        "folder of articles (.txt .md .html .json .jsonl), walked recursively",
    )
    index_dir: Path = _setting(
        Path("index"), "paths.index", "where `qabot index` writes the index (a folder it owns)"
    )
    engine: str = _setting(
        DEFAULT_ENGINE,
        "index.engine",
        'ranking engine: "tantivy" (millions of passages, incremental) or "rank-bm25" '
        "(pure Python, a few thousand articles)",
    )
    watch: bool = _setting(
        False, "index.watch", "let a running bot notice new, changed or removed article files"
    )
    watch_interval: float = _setting(
        5.0, "index.watch_interval", "seconds between checks of the articles folder (watch)"
    )
    top: int = _setting(3, "answer.top", "how many passages an answer shows (1-50)")
    feed_urls: tuple[str, ...] = _setting(
        (),
        "feeds.urls",
        "RSS, Atom or JSON feeds (or pages) that `qabot bot` and `qabot watch` poll",
    )
    feed_interval: float = _setting(
        900.0, "feeds.interval", "seconds between two polls of the feeds"
    )
    dates_relative_to: str = _setting(
        "newest",
        "answer.dates_relative_to",
        '"today", "last week", "in March" count from: "newest" (the newest article\'s date; '
        'an archive answers as of its last day) or "today"',
    )
    alerts_per_hour: int = _setting(
        10,
        "alerts.per_hour",
        "alerts one chat receives per hour at most; beyond that, one summary per look",
    )
    alerts_check_seconds: float = _setting(
        2.0,
        "alerts.check_seconds",
        "seconds between two looks of a running bot for new articles to alert about and alerts "
        "due again (each look reads one small file)",
    )
    alerts_retry_seconds: float = _setting(
        60.0,
        "alerts.retry_seconds",
        "an alert the Bot API did not take (an error reply, no connection) is sent again after "
        "this many seconds, then after twice as long each time (at most 15 minutes)",
    )
    alerts_retry_hours: float = _setting(
        6.0,
        "alerts.retry_hours",
        "hours after which an alert not delivered is given up (with a line in the log)",
    )
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    token: str | None = field(default=None, repr=False)  # a secret: never in logs or reprs
    webhook_secret: str | None = field(default=None, repr=False)
    source: Path | None = None  # the config file read, if any
    # --articles or [paths] articles named the folder; when neither did, an index built from
    # another folder keeps reading that one (a bare `qabot ask` must not rebuild it from seeds)
    articles_named: bool = False


def settings() -> list[tuple[str, Any, str]]:
    """Return every config key as ("table.key", default, help), in declaration order."""
    found = []
    for cls in (Config, TelegramConfig):
        for f in fields(cls):
            if "key" in f.metadata:
                default = f.default
                found.append((f.metadata["key"], default, f.metadata["help"]))
    return found
