"""Rate limits: strangers hear "this bot is private" rarely, so they cannot slow anyone down."""

from __future__ import annotations

from qabot.bot.limits import RefusalLimiter


def test_a_stranger_is_refused_once_then_silently() -> None:
    limiter = RefusalLimiter(interval=600, per_minute=20)
    assert limiter.allow(1) is True
    assert [limiter.allow(1) for _ in range(5)] == [False] * 5


def test_all_strangers_together_hear_at_most_the_budget() -> None:
    limiter = RefusalLimiter(interval=600, per_minute=20)
    refused = sum(limiter.allow(user) for user in range(300))
    assert refused == 20


def test_a_stranger_is_refused_again_after_the_interval() -> None:
    limiter = RefusalLimiter(interval=0.0, per_minute=20)
    assert limiter.allow(1) and limiter.allow(1)


def test_memory_of_strangers_is_bounded() -> None:
    limiter = RefusalLimiter(interval=600, per_minute=20, remembered=100)
    for user in range(1000):
        limiter.allow(user)
    assert len(limiter.last) <= 100
