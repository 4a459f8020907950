"""Typed bot state: what every handler finds in `context.bot_data` and `context.chat_data`.

python-telegram-bot builds these with `ContextTypes(bot_data=BotData, chat_data=ChatData)` (as in
its `examples/contexttypesbot.py`); `build_application` fills BotData in once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from qabot.bot.limits import RefusalLimiter, TokenBucket
from qabot.bot.searches import SearchStore
from qabot.config import Config
from qabot.indexing import IndexHolder
from qabot.search import Conversation

logger = logging.getLogger(__name__)


class BotData:
    """Shared state of one running bot: config, the live index, stored searches, rate limits."""

    def __init__(self) -> None:
        self._config: Config | None = None
        self._holder: IndexHolder | None = None
        self._searches: SearchStore | None = None
        self.buckets: dict[int, TokenBucket] = {}  # user id -> questions left this minute
        self.refusals = RefusalLimiter()  # which strangers are told no, and how often
        self.tasks: set[asyncio.Task[None]] = set()  # best-effort calls nobody waits for
        self.index_lock = asyncio.Lock()  # one index update at a time from this process
        self.watch_task: asyncio.Task[None] | None = None
        self.feeds_task: asyncio.Task[None] | None = None
        self.alerts_task: asyncio.Task[None] | None = None
        self.alerts_lock = asyncio.Lock()  # one look at new articles at a time
        self.alerts_due: float | None = None  # when the next queued alert message is due

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

    def background(self, call: Coroutine[Any, Any, object], what: str) -> asyncio.Task[None]:
        """Run a best-effort Bot API call without waiting for it; a failure is only logged.

        Refusals and typing indicators go this way, so that neither a slow nor a failing call
        holds up the update (or the answer) that caused it.
        """

        async def run() -> None:
            try:
                await call
            except Exception as exc:  # best effort by design: the log is enough
                logger.info("Could not send %s: %s", what, exc)

        task = asyncio.get_running_loop().create_task(run(), name=what)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def cancel_background(self) -> None:
        """Cancel best-effort calls still running (when the bot stops)."""
        tasks = list(self.tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

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
# the builder types the bot by its rate limiter and the context loosely; the state is what matters
BotApplication = Application[Any, Any, dict[Any, Any], ChatData, BotData, Any]
CONTEXT_TYPES = ContextTypes(context=CallbackContext, bot_data=BotData, chat_data=ChatData)
