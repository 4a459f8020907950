"""Sending despite Bot API failures: what is tried again, what is not, and how long is waited."""

from __future__ import annotations

import warnings

import httpx
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBDeprecationWarning

from qabot.bot import delivery
from qabot.bot.delivery import ATTEMPTS, with_retries


def flood(seconds: int) -> RetryAfter:
    """Return a 429 error (python-telegram-bot 22 warns about its type as it is made)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        return RetryAfter(seconds)


def failing(errors: list[Exception], calls: list[int]):
    """Return a call that raises the given errors in turn, then returns "sent"."""

    async def call() -> str:
        calls.append(1)
        if errors:
            raise errors.pop(0)
        return "sent"

    return call


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(delivery.asyncio, "sleep", sleep)
    return waits


@pytest.mark.parametrize(
    "error",
    [
        flood(2),
        TimedOut(),
        NetworkError("Bad Gateway"),
        TelegramError("Invalid server response"),
    ],
)
async def test_transient_failures_are_tried_again(
    error: Exception, no_pauses: list[float]
) -> None:
    calls: list[int] = []
    assert await with_retries(failing([error, error], calls)) == "sent"
    assert len(calls) == ATTEMPTS
    if isinstance(error, RetryAfter):
        assert no_pauses == [2, 2]


@pytest.mark.parametrize("error", [BadRequest("message is too long"), Forbidden("blocked")])
async def test_final_failures_are_not_tried_again(error: Exception) -> None:
    calls: list[int] = []
    with pytest.raises(type(error)):
        await with_retries(failing([error], calls))
    assert len(calls) == 1


async def test_a_long_flood_wait_is_not_waited_out() -> None:
    calls: list[int] = []
    with pytest.raises(RetryAfter):
        await with_retries(failing([flood(3600)], calls))
    assert len(calls) == 1


async def test_the_last_failure_is_raised() -> None:
    calls: list[int] = []
    with pytest.raises(TimedOut):
        await with_retries(failing([TimedOut()] * ATTEMPTS, calls))
    assert len(calls) == ATTEMPTS


def _caused(error: TelegramError, cause: Exception) -> TelegramError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "surely_not"),
    [
        (NetworkError("Internal Server Error"), True),  # a 5xx reply
        (flood(3), True),
        (_caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")), True),
        (_caused(TimedOut(), httpx.ConnectTimeout("no connection")), True),
        (_caused(TimedOut(), httpx.ReadTimeout("no reply")), False),
        (_caused(NetworkError("dropped"), httpx.RemoteProtocolError("no reply")), False),
        (TelegramError("Invalid server response"), False),  # a 200 that is not JSON
        (BadRequest("Chat not found"), False),
        (Forbidden("bot was blocked by the user"), False),
    ],
)
def test_an_alert_is_sent_again_only_when_the_bot_api_surely_did_not_take_it(
    error: TelegramError, surely_not: bool
) -> None:
    assert delivery.not_delivered(error) is surely_not


async def test_with_retries_tries_again_only_what_the_caller_accepts() -> None:
    calls: list[int] = []
    unsure = _caused(TimedOut(), httpx.ReadTimeout("no reply"))
    with pytest.raises(TimedOut):
        await with_retries(failing([unsure], calls), "an alert", delivery.not_delivered)
    assert len(calls) == 1
