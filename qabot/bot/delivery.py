"""Telegram front end, sending side: getting a reply through a Bot API that fails now and then.

`AIORateLimiter` already waits out a flood limit (429) twice, holding every other request
meanwhile, so `BoundedRateLimiter` hands a wait over `MAX_WAIT` to the caller at once: one chat's
flood limit of minutes must not silence every chat (and SIGTERM) that long. `with_retries` adds
a few attempts with a pause for what passes by itself (a 429 again, a 5xx, a timeout, a dropped
connection, a reply that is not JSON), and gives up at once on what will not (a bad request, a
blocked bot).
After a timeout the message may have arrived after all: a rare duplicate beats a lost answer.
Alerts, which must never come twice, are sent again only after a failure that shows the Bot API
did not take the message (`not_delivered`).
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter
from telegram.warnings import PTBDeprecationWarning

logger = logging.getLogger(__name__)

ATTEMPTS = 3  # per message, each after the rate limiter's own retries
BACKOFF = 0.5  # seconds before the second attempt, twice that before the third
MAX_WAIT = 30.0  # a longer flood wait is not waited out for one message

T = TypeVar("T")


def retry_after(error: RetryAfter) -> float:
    """Return how many seconds Telegram asked us to wait."""
    with warnings.catch_warnings():  # PTB 22 warns that the value becomes a timedelta
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class _LongWait(Exception):
    """Carries a RetryAfter past AIORateLimiter, which would wait it out whatever its length."""

    def __init__(self, error: RetryAfter) -> None:
        super().__init__(str(error))
        self.error = error


class BoundedRateLimiter(AIORateLimiter):
    """AIORateLimiter that waits out flood limits of up to MAX_WAIT seconds only: a longer one
    is raised to the caller at once, and the other requests go on."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        async def bounded(*call_args: Any, **call_kwargs: Any) -> Any:
            try:
                return await callback(*call_args, **call_kwargs)
            except RetryAfter as error:
                if retry_after(error) > MAX_WAIT:
                    raise _LongWait(error) from error
                raise

        try:
            return await super().process_request(
                bounded, args, kwargs, endpoint, data, rate_limit_args
            )
        except _LongWait as wrapped:
            logger.warning(
                "Telegram asked us to wait %.0f s: not waited out", retry_after(wrapped.error)
            )
            raise wrapped.error from None


def passes(error: TelegramError) -> bool:
    """Return whether the same call may succeed if tried again a little later."""
    final = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated, EndPointNotFound)
    return not isinstance(error, final)


def not_delivered(error: TelegramError) -> bool:
    """Return whether the Bot API surely did not take the message, for a reason that may pass:
    it answered with an error status (a 5xx, a flood limit) or no connection was made. After a
    timeout waiting for the reply, a dropped connection or a reply that is not JSON, it may
    have arrived; a bad request or a blocked bot will not pass."""
    if isinstance(error, RetryAfter):
        return True
    if not passes(error) or not isinstance(error, NetworkError):  # BadRequest is one
        return False
    cause = error.__cause__
    if isinstance(error, TimedOut):
        return isinstance(cause, httpx.ConnectTimeout | httpx.PoolTimeout)
    # an error status has no cause (or the JSON error of its body); a transport error its own
    return cause is None or isinstance(cause, TelegramError | httpx.ConnectError)


async def with_retries(
    call: Callable[[], Awaitable[T]],
    what: str = "a message",
    again: Callable[[TelegramError], bool] = passes,
) -> T:
    """Return `call()`, trying again after transient Bot API failures (those `again` accepts);
    re-raise the last one."""
    for attempt in range(1, ATTEMPTS):
        try:
            return await call()
        except TelegramError as error:
            wait = retry_after(error) if isinstance(error, RetryAfter) else BACKOFF * attempt
            if not passes(error) or not again(error) or wait > MAX_WAIT:
                raise
            logger.warning("Could not send %s (%s); trying again in %.1f s", what, error, wait)
            await asyncio.sleep(wait)
    return await call()
