"""Folded warnings: a feed's items failing alike, told in one line (a step of `runs`), and
what makes two such lines the same failure.

A host down or a machine offline fails every item of a feed on it with the same error; one line
says how many. A watch polling again tells a warning only once while it lasts, and the count in
a folded line may change between polls (a new item on the host) while the failure is the same.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

_FOLDED = "{feed}: {count} items on {host} not fetched: {problem}; they are tried again next time"
_COUNT = lazy(r": \d+ items on ")


def folded_warning(feed_url: str, count: int, host: str, problem: str) -> str:
    """Return the one warning for `count` items of a feed on `host` that failed with `problem`."""
    return _FOLDED.format(feed=feed_url, count=count, host=host, problem=problem)


def warning_kind(warning: str) -> str:
    """Return `warning` as compared across polls: a folded one without its count of items."""
    return _COUNT.sub(": some items on ", warning, count=1)
