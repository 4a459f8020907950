"""The alert store: subscriptions numbered per chat, articles looked at once, alerts sent once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qabot.alerts import AlertStore


def test_subscriptions_are_numbered_per_chat_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "alerts.sqlite"
    with AlertStore(path) as store:
        store.subscribe(1, 10, "words", "harbour strike")
        store.subscribe(2, 20, "speaker", "Maria Keller")
        store.subscribe(1, 10, "speaker", "Tom Briggs")
        again = store.subscribe(1, 10, "words", "Harbour Strike")  # the same, kept once
    with AlertStore(path) as store:
        mine = store.subscriptions(1)
        assert [(s.kind, s.query) for s in mine] == [
            ("words", "harbour strike"),
            ("speaker", "Tom Briggs"),
        ]
        assert again.id == mine[0].id
        assert store.unsubscribe(1, 3) is None and store.unsubscribe(2, 1) is not None
        gone = store.unsubscribe(1, 1)
        assert gone is not None and gone.query == "harbour strike"
        assert [s.query for s in store.subscriptions()] == ["Tom Briggs"]


def test_the_first_look_marks_the_archive_seen(tmp_path: Path) -> None:
    with AlertStore(tmp_path / "a.sqlite") as store:
        assert store.unseen(["a", "b"]) == []
        assert store.unseen(["a", "b", "c"]) == ["c"]
        store.claim([], ["c"])
        assert store.unseen(["a", "b", "c"]) == []


def test_an_alert_is_claimed_once_and_counted_for_the_hour(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    with AlertStore(path) as store:
        assert store.claim([(1, "x", 5), (2, "x", 6)], ["x"]) == [(1, "x", 5), (2, "x", 6)]
    with AlertStore(path) as store:
        assert store.claim([(1, "x", 7), (1, "y", 5)], ["y"]) == [(1, "y", 5)]
        assert store.sent_since(1, 0) == 2 and store.sent_since(3, 0) == 0


def test_a_subscription_keeps_its_number_and_no_later_one_takes_it(tmp_path: Path) -> None:
    with AlertStore(tmp_path / "a.sqlite") as store:
        for query in ("harbour strike", "ferry fares", "night market"):
            store.subscribe(1, 10, "words", query)
        assert store.unsubscribe(1, 1) is not None
        assert store.unsubscribe(1, 1) is None  # sent twice: the next one stays
        assert store.unsubscribe(1, 3) is not None
        assert store.subscribe(1, 10, "words", "pier repairs").number == 4
        assert [(s.number, s.query) for s in store.subscriptions(1)] == [
            (2, "ferry fares"),
            (4, "pier repairs"),
        ]


def test_a_store_from_before_numbers_were_kept_keeps_the_numbers_shown(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE subscriptions (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER "
            "NOT NULL, user_id INTEGER NOT NULL, kind TEXT NOT NULL, query TEXT NOT NULL, "
            "created_at REAL NOT NULL)"
        )
        db.executemany(
            "INSERT INTO subscriptions (chat_id, user_id, kind, query, created_at) "
            "VALUES (?, 10, 'words', ?, 0)",
            [(1, "harbour strike"), (2, "regatta"), (1, "ferry fares")],
        )
    db.close()
    with AlertStore(path) as store:
        assert [(s.number, s.query) for s in store.subscriptions(1)] == [
            (1, "harbour strike"),
            (2, "ferry fares"),
        ]
        assert store.subscribe(2, 10, "words", "pier").number == 2


def test_subscriptions_made_at_once_in_one_chat_get_numbers_of_their_own(tmp_path: Path) -> None:
    """The bot answers updates concurrently, each with its own connection: two /subscribe in
    one chat at once read the highest number before either wrote, and shared the next."""
    import threading

    path = tmp_path / "alerts.sqlite"
    AlertStore(path).close()
    threads, each = 6, 40
    start = threading.Barrier(threads)

    def subscribe_many(thread: int) -> None:
        with AlertStore(path) as store:
            start.wait()
            for n in range(each):
                store.subscribe(1, 10, "words", f"topic {thread} {n}")

    workers = [threading.Thread(target=subscribe_many, args=(t,)) for t in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    with AlertStore(path) as store:
        numbers = [s.number for s in store.subscriptions(1)]
    assert sorted(numbers) == list(range(1, threads * each + 1))


def test_a_store_with_numbers_shared_in_a_chat_gives_the_later_its_next_number(
    tmp_path: Path,
) -> None:
    """Before /subscribe took a write lock, two at once in one chat could share a number;
    "/unsubscribe 2" then stopped one of them, the other kept the number."""
    path = tmp_path / "a.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE subscriptions (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER "
            "NOT NULL, user_id INTEGER NOT NULL, kind TEXT NOT NULL, query TEXT NOT NULL, "
            "created_at REAL NOT NULL, number INTEGER)"
        )
        db.execute("CREATE TABLE numbered (chat_id INTEGER PRIMARY KEY, last INTEGER NOT NULL)")
        db.executemany(
            "INSERT INTO subscriptions (chat_id, user_id, kind, query, created_at, number) "
            "VALUES (?, 10, 'words', ?, 0, ?)",
            [
                (1, "harbour strike", 1),
                (1, "ferry fares", 2),
                (2, "regatta", 1),
                (1, "night market", 2),
                (2, "pier", 1),
            ],
        )
        db.executemany("INSERT INTO numbered VALUES (?, ?)", [(1, 2), (2, 1)])
    db.close()
    with AlertStore(path) as store:
        assert [(s.number, s.query) for s in store.subscriptions(1)] == [
            (1, "harbour strike"),
            (2, "ferry fares"),
            (3, "night market"),
        ]
        assert [(s.number, s.query) for s in store.subscriptions(2)] == [
            (1, "regatta"),
            (2, "pier"),
        ]
        gone = store.unsubscribe(1, 2)
        assert gone is not None and gone.query == "ferry fares"
        assert store.unsubscribe(1, 2) is None
        assert store.subscribe(1, 10, "words", "fish prices").number == 4
    with AlertStore(path) as store:  # opened again: nothing renumbered twice
        assert [s.number for s in store.subscriptions(1)] == [1, 3, 4]


def test_no_two_subscriptions_of_a_chat_can_share_a_number(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    with AlertStore(path) as store:
        store.subscribe(1, 10, "words", "harbour strike")
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO subscriptions (chat_id, user_id, kind, query, created_at, number) "
            "VALUES (1, 10, 'words', 'ferry fares', 0, 1)"
        )
    db.close()
