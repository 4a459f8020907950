"""Rate limits: how many questions one user may ask per minute."""

from __future__ import annotations

import time


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
