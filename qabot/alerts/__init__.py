"""Alerts: newly indexed articles + standing subscriptions -> alerts for chats.

Enters: the live `Index`, the ids of articles it did not hold at the last look, and the
subscriptions ("words", or a speaker's name) kept in the `AlertStore` (SQLite beside the index).
Leaves: `Alert`s (a passage above the relevance floor, or a speaker's new quotes, with the
article), one per chat and article; the store remembers what was claimed, so nothing is sent
twice. Sending, access checks and the hourly limit belong to the front end (`qabot.bot.alerts`).
"""

from qabot.alerts.matching import COVERAGE, Alert, find_alerts
from qabot.alerts.store import (
    ALERTS_FILE,
    MAX_QUERY_CHARS,
    MAX_SUBSCRIPTIONS,
    AlertStore,
    Outgoing,
    Subscription,
    SubscriptionKind,
)

__all__ = [
    "ALERTS_FILE",
    "COVERAGE",
    "MAX_QUERY_CHARS",
    "MAX_SUBSCRIPTIONS",
    "Alert",
    "AlertStore",
    "Outgoing",
    "Subscription",
    "SubscriptionKind",
    "find_alerts",
]
