"""The alert store's file: its tables, and the changes a store made by an older qabot gets when
first opened (numbers for subscriptions, one number to one subscription of a chat).

`qabot.alerts.store` opens the file; every write that numbers a subscription goes through
`take_number`, so no two subscriptions of a chat are given one number.
"""

from __future__ import annotations

import sqlite3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at REAL NOT NULL,
    number INTEGER
);
CREATE INDEX IF NOT EXISTS subscriptions_by_chat ON subscriptions (chat_id);
CREATE TABLE IF NOT EXISTS numbered (chat_id INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS seen (article_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sent (
    chat_id INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    subscription_id INTEGER NOT NULL,
    sent_at REAL NOT NULL,
    PRIMARY KEY (chat_id, article_id)
);
CREATE INDEX IF NOT EXISTS sent_by_time ON sent (chat_id, sent_at);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    queued_at REAL NOT NULL,
    due_at REAL NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    sending INTEGER NOT NULL DEFAULT 0
);
"""


def open_schema(db: sqlite3.Connection) -> None:
    """Create the store's tables where missing and bring an older store's up to date."""
    db.executescript(_SCHEMA)
    _number_old_subscriptions(db)
    _number_twins_apart(db)


def _number_old_subscriptions(db: sqlite3.Connection) -> None:
    """Give the subscriptions of a store made before numbers were kept the numbers their
    chats were shown (their positions)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(subscriptions)")}
    if "number" in columns:
        return
    try:
        with db:
            db.execute("ALTER TABLE subscriptions ADD COLUMN number INTEGER")
            db.execute(
                "UPDATE subscriptions SET number = (SELECT COUNT(*) FROM subscriptions AS s "
                "WHERE s.chat_id = subscriptions.chat_id AND s.id <= subscriptions.id)"
            )
    except sqlite3.OperationalError as exc:  # another process numbered them first
        if "duplicate column" not in str(exc):
            raise


def _number_twins_apart(db: sqlite3.Connection) -> None:
    """Give each subscription sharing its chat's number with an older one the chat's next
    number, then let no two share one again (a unique index)."""
    if db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'subscriptions_numbers'"
    ).fetchone():
        return
    with db:
        db.execute("BEGIN IMMEDIATE")  # one process renumbers; the next finds none
        twins = db.execute(
            "SELECT id, chat_id FROM subscriptions AS s WHERE EXISTS (SELECT 1 FROM "
            "subscriptions AS t WHERE t.chat_id = s.chat_id AND t.number = s.number "
            "AND t.id < s.id) ORDER BY id"
        ).fetchall()
        for subscription_id, chat_id in twins:
            number = take_number(db, chat_id)
            db.execute(
                "UPDATE subscriptions SET number = ? WHERE id = ?", (number, subscription_id)
            )
        db.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS subscriptions_numbers "
            "ON subscriptions (chat_id, number)"
        )


def take_number(db: sqlite3.Connection, chat_id: int) -> int:
    """Return the chat's next subscription number, kept as taken (inside a write)."""
    [last] = db.execute(
        "SELECT MAX(n) FROM (SELECT MAX(number) AS n FROM subscriptions WHERE chat_id = ?"
        " UNION ALL SELECT last FROM numbered WHERE chat_id = ?)",
        (chat_id, chat_id),
    ).fetchone()
    number = int(last or 0) + 1
    db.execute(
        "INSERT INTO numbered VALUES (?, ?) ON CONFLICT (chat_id) "
        "DO UPDATE SET last = excluded.last",
        (chat_id, number),
    )
    return number
