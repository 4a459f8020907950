"""How many examples a property test runs where it says why it runs more than its Hypothesis
profile's (tests/conftest.py: "qabot" every run, "thorough" on purpose)."""

from __future__ import annotations

from hypothesis import settings


def at_least(count: int) -> int:
    """Return `count`, or the profile's count where that is more (a thorough run's)."""
    return max(count, settings.default.max_examples)


def share(fraction: float) -> int:
    """Return `fraction` of the profile's count (at least one): for a test whose every example
    costs as much as dozens of others'."""
    return max(1, round(settings.default.max_examples * fraction))
