"""The alert store: subscriptions, which articles were already looked at, and what was sent.

A small SQLite file beside the index (stdlib sqlite3, WAL), so subscriptions, "already sent" and
the messages still to deliver survive restarts. An article is looked at once: when a generation
brings articles not yet `seen`, they are matched, the alerts are claimed (one per chat and
article, `INSERT OR IGNORE`), their messages queued in the `outbox` and the articles marked
seen, in one transaction. Each message is marked `sending` before it goes out and removed once
delivered; one the Bot API surely did not take (an error reply, no connection) is due again
later, until it is `given_up`; one left `sending` by a process that stopped mid-send may have
arrived, so it is dropped (`unfinished`): never sent twice. The first look marks the whole
archive seen, so a new bot does not alert about the backlog.

A subscription keeps the number it was given in its chat ("/unsubscribe 2 stops it") and no
later one takes it again: numbered by position, "/unsubscribe 1" sent twice (a double tap, a
resend over a slow link) stopped the first subscription and then the next. A unique index holds
one number to one subscription of a chat; a store from before it, where two /subscribe at once
could share a number, gives the later of two the chat's next number when first opened.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from qabot.alerts.store_schema import open_schema, take_number

ALERTS_FILE = "alerts.sqlite"
MAX_SUBSCRIPTIONS = 20  # per chat
MAX_QUERY_CHARS = 200

SubscriptionKind = Literal["words", "speaker"]


Claim = tuple[int, str, int]  # (chat, article, subscription)
Compose = Callable[[list[Claim]], list[tuple[int, str]]]  # claimed alerts -> (chat, message)


@dataclass(frozen=True, slots=True, kw_only=True)
class Outgoing:
    """One queued alert message, with what its delivery went through so far."""

    id: int
    chat_id: int
    text: str
    queued_at: float
    due_at: float
    tries: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    """One chat's standing question: words to match, or a speaker whose new quotes it wants."""

    id: int
    chat_id: int
    user_id: int  # who subscribed: the access lists are checked against them at each alert
    kind: SubscriptionKind
    query: str
    created_at: float = 0.0  # time.time()
    number: int = 0  # its number in its chat, kept for good (see module)


_SELECT = "SELECT id, chat_id, user_id, kind, query, created_at, number FROM subscriptions"


def _subscription(row: tuple[Any, ...]) -> Subscription:
    """Return a subscription read by `_SELECT`."""
    return Subscription(
        id=row[0],
        chat_id=row[1],
        user_id=row[2],
        kind=row[3],
        query=row[4],
        created_at=row[5],
        number=row[6] or 0,
    )


class AlertStore:
    """The alert store file; open one per thread (`with AlertStore(path) as store:`)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        open_schema(self._db)

    def __enter__(self) -> AlertStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def subscribe(
        self, chat_id: int, user_id: int, kind: SubscriptionKind, query: str
    ) -> Subscription:
        """Add a subscription (the same one twice is kept once) and return it."""
        now = time.time()
        with self._db:
            # the bot answers updates concurrently: a write lock before reading what is there,
            # or two /subscribe at once take the same number (or add one subscription twice)
            self._db.execute("BEGIN IMMEDIATE")
            for existing in self.subscriptions(chat_id):
                if existing.kind == kind and existing.query.casefold() == query.casefold():
                    return existing
            number = take_number(self._db, chat_id)
            cursor = self._db.execute(
                "INSERT INTO subscriptions (chat_id, user_id, kind, query, created_at, number) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (chat_id, user_id, kind, query, now, number),
            )
        return Subscription(
            id=int(cursor.lastrowid or 0),
            chat_id=chat_id,
            user_id=user_id,
            kind=kind,
            query=query,
            created_at=now,
            number=number,
        )

    def subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """Return one chat's subscriptions (by their numbers), or everyone's."""
        rows = (
            self._db.execute(_SELECT + " WHERE chat_id = ? ORDER BY number, id", (chat_id,))
            if chat_id is not None
            else self._db.execute(_SELECT + " ORDER BY id")
        )
        return [_subscription(row) for row in rows]

    def unsubscribe(self, chat_id: int, number: int) -> Subscription | None:
        """Remove the chat's subscription numbered `number`; return it, or None."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")  # two /unsubscribe at once: one finds it
            row = self._db.execute(
                _SELECT + " WHERE chat_id = ? AND number = ?", (chat_id, number)
            ).fetchone()
            if row is None:
                return None
            self._db.execute("DELETE FROM subscriptions WHERE id = ?", (row[0],))
        return _subscription(row)

    def unseen(self, article_ids: Iterable[str]) -> list[str]:
        """Return the articles not looked at yet; on the very first look, none (see module)."""
        ids = list(article_ids)
        if self._db.execute("SELECT 1 FROM meta WHERE key = 'baseline'").fetchone() is None:
            with self._db:
                self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((a,) for a in ids))
                self._db.execute("INSERT INTO meta VALUES ('baseline', ?)", (str(time.time()),))
            return []
        seen = {row[0] for row in self._db.execute("SELECT article_id FROM seen")}
        return [article_id for article_id in ids if article_id not in seen]

    def claim(
        self, alerts: Iterable[Claim], seen: Iterable[str], compose: Compose | None = None
    ) -> list[Claim]:
        """Record (chat, article, subscription) alerts as sent, `seen` as looked at and the
        messages `compose` makes of the claimed alerts as queued, in one transaction; return
        the alerts not sent before (the ones to send now)."""
        claimed = []
        now = time.time()
        with self._db:
            for chat_id, article_id, subscription_id in alerts:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO sent VALUES (?, ?, ?, ?)",
                    (chat_id, article_id, subscription_id, now),
                )
                if cursor.rowcount:
                    claimed.append((chat_id, article_id, subscription_id))
            self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((a,) for a in seen))
            if compose is not None and claimed:
                self._db.executemany(
                    "INSERT INTO outbox (chat_id, text, queued_at, due_at) VALUES (?, ?, ?, ?)",
                    [(chat_id, text, now, now) for chat_id, text in compose(claimed)],
                )
        return claimed

    def queued(self) -> list[Outgoing]:
        """Return the messages waiting to be delivered, oldest first."""
        rows = self._db.execute(
            "SELECT id, chat_id, text, queued_at, due_at, tries FROM outbox "
            "WHERE sending = 0 ORDER BY id"
        )
        return [
            Outgoing(id=r[0], chat_id=r[1], text=r[2], queued_at=r[3], due_at=r[4], tries=r[5])
            for r in rows
        ]

    def sending(self, message_id: int) -> None:
        """Mark a message as going out now (committed before the Bot API is asked)."""
        with self._db:
            self._db.execute("UPDATE outbox SET sending = 1 WHERE id = ?", (message_id,))

    def done(self, message_id: int) -> None:
        """Forget a message: delivered, refused for good, or given up."""
        with self._db:
            self._db.execute("DELETE FROM outbox WHERE id = ?", (message_id,))

    def later(self, message_id: int, due_at: float) -> None:
        """Queue a message the Bot API surely did not take again, due at `due_at`."""
        with self._db:
            self._db.execute(
                "UPDATE outbox SET sending = 0, tries = tries + 1, due_at = ? WHERE id = ?",
                (due_at, message_id),
            )

    def unfinished(self, now: float) -> int:
        """At a start: drop the messages a stopped process was sending (they may have arrived),
        make the others due now; return how many were dropped."""
        with self._db:
            dropped = self._db.execute("DELETE FROM outbox WHERE sending = 1").rowcount
            self._db.execute("UPDATE outbox SET due_at = ? WHERE due_at > ?", (now, now))
        return int(dropped)

    def next_due(self) -> float | None:
        """Return when the next queued message is due (the first of its chat: the others wait
        behind it), or None when nothing waits."""
        row = self._db.execute(
            "SELECT min(due_at) FROM outbox AS o WHERE sending = 0 AND id = "
            "(SELECT min(id) FROM outbox WHERE chat_id = o.chat_id AND sending = 0)"
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def sent_since(self, chat_id: int, since: float) -> int:
        """Return how many alerts the chat received since `since` (a time.time() value)."""
        row = self._db.execute(
            "SELECT count(*) FROM sent WHERE chat_id = ? AND sent_at >= ?", (chat_id, since)
        ).fetchone()
        return int(row[0])
