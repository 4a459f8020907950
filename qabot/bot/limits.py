"""Rate limits: how many questions one user may ask per minute, and how often strangers hear no."""

from __future__ import annotations

import time

REFUSAL_INTERVAL = 600.0  # a stranger is told "this bot is private" once per 10 minutes
REFUSALS_PER_MINUTE = 20  # ... and all strangers together hear it at most this often
STRANGERS_REMEMBERED = 10_000  # refusal times kept; older entries are forgotten first


class TokenBucket:
    """Allow `rate` questions per minute per user, with bursts up to `rate`."""

    def __init__(self, rate: int) -> None:
        self.rate, self.tokens, self.stamp = rate, float(rate), time.monotonic()
        self.warned = False  # told "slow down" since the bucket ran dry

    def take(self) -> bool:
        """Spend one token if there is one; refill at rate/60 tokens per second."""
        now = time.monotonic()
        self.tokens = min(self.rate, self.tokens + (now - self.stamp) * self.rate / 60)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            self.warned = False
            return True
        return False


class RefusalLimiter:
    """Decide whether a stranger is told no, or refused in silence.

    Every refusal is a Bot API call, and calls share one rate limit with the answers to allowed
    users: 300 strangers must not delay anyone's answer. So each stranger hears the refusal at
    most once per `interval`, and all strangers together at most `per_minute` times a minute.
    """

    def __init__(
        self,
        interval: float = REFUSAL_INTERVAL,
        per_minute: int = REFUSALS_PER_MINUTE,
        remembered: int = STRANGERS_REMEMBERED,
    ) -> None:
        self.interval, self.remembered = interval, remembered
        self.budget = TokenBucket(per_minute)
        self.last: dict[int, float] = {}  # user id -> when last refused, oldest first

    def allow(self, user_id: int) -> bool:
        """Return whether to send this stranger a refusal now (and note that they had one)."""
        now = time.monotonic()
        last = self.last.pop(user_id, None)
        if last is not None and now - last < self.interval:
            self.last[user_id] = last
            return False
        self._forget(now)
        self.last[user_id] = now  # silence counts too: a flood is not answered later
        return self.budget.take()

    def _forget(self, now: float) -> None:
        """Drop strangers refused long ago; keep at most `remembered` (oldest go first)."""
        while self.last:
            user_id, at = next(iter(self.last.items()))
            if now - at < self.interval and len(self.last) < self.remembered:
                break
            del self.last[user_id]
