"""Typed bot state: what every handler finds in `context.bot_data` and `context.chat_data`.

python-telegram-bot builds these with `ContextTypes(bot_data=BotData, chat_data=ChatData)` (as in
its `examples/contexttypesbot.py`); `build_application` fills BotData in once.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from qabot.bot.limits import TokenBucket
from qabot.bot.searches import SearchStore
from qabot.config import Config
from qabot.indexing import IndexHolder
from qabot.search import Conversation


class BotData:
    """Shared state of one running bot: config, the live index, stored searches, rate limits."""

    def __init__(self) -> None:
        self._config: Config | None = None
        self._holder: IndexHolder | None = None
        self._searches: SearchStore | None = None
        self.buckets: dict[int, TokenBucket] = {}  # user id -> questions left this minute
        self.index_lock = asyncio.Lock()  # one index update at a time from this process
        self.watch_task: asyncio.Task[None] | None = None
        self.feeds_task: asyncio.Task[None] | None = None

    def setup(self, config: Config, holder: IndexHolder) -> None:
        """Fill in what the bot runs on (once, in `build_application`)."""
        self._config, self._holder = config, holder
        self._searches = SearchStore(config.index_dir / "telegram-searches.json")

    @property
    def config(self) -> Config:
        if self._config is None:
            raise RuntimeError("BotData.setup() was not called")
        return self._config

    @property
    def holder(self) -> IndexHolder:
        if self._holder is None:
            raise RuntimeError("BotData.setup() was not called")
        return self._holder

    @property
    def searches(self) -> SearchStore:
        if self._searches is None:
            raise RuntimeError("BotData.setup() was not called")
        return self._searches

    def bucket(self, user_id: int) -> TokenBucket:
        """Return the rate limit of one user."""
        return self.buckets.setdefault(
            user_id, TokenBucket(self.config.telegram.questions_per_minute)
        )


@dataclass(slots=True)
class ChatData:
    """State of one chat: the conversation follow-ups refer to."""

    conversation: Conversation = field(default_factory=Conversation)


Context = CallbackContext[ExtBot[None], dict[Any, Any], ChatData, BotData]
CONTEXT_TYPES = ContextTypes(context=CallbackContext, bot_data=BotData, chat_data=ChatData)
