"""Fetch state: which URLs and stories were already saved, and each feed's validators.

A small SQLite file beside the index (stdlib sqlite3, WAL), so a poll every few minutes never
saves a story twice, whether it comes back under the same URL or under another one (the same
words: content hash), and asks a feed only "anything new since this ETag / date?". Pages that
will never be articles (not one, too large, gone) are remembered too, so that a feed listing them
does not cost a request and a warning at every poll.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

STATE_FILE = "fetched.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,       -- as listed or given, and after redirects / canonical
    content_hash TEXT,          -- NULL for a page remembered as never an article
    path TEXT,                  -- the article file, relative to the articles folder
    problem TEXT,
    fetched_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_by_hash ON pages (content_hash);
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT
);
CREATE TABLE IF NOT EXISTS unindexed (  -- saved files no index update has read yet
    path TEXT PRIMARY KEY
);
"""


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said identifies its last response (sent back as a conditional request)."""

    etag: str | None = None
    last_modified: str | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FetchState:
    """The fetch state file; use one per thread (`with FetchState(path) as state:`)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def __enter__(self) -> FetchState:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def known(self, url: str) -> str | None:
        """Return the saved file of `url`, or its problem, or None when it was never handled."""
        row = self._db.execute("SELECT path, problem FROM pages WHERE url = ?", (url,)).fetchone()
        return None if row is None else str(row[0] or row[1] or "")

    def saved(self, url: str) -> str | None:
        """Return the file the story at `url` was saved as, or None."""
        row = self._db.execute("SELECT path FROM pages WHERE url = ?", (url,)).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def saved_as(self, content_hash: str) -> str | None:
        """Return the file that holds these words already, if any."""
        row = self._db.execute(
            "SELECT path FROM pages WHERE content_hash = ? LIMIT 1", (content_hash,)
        ).fetchone()
        return None if row is None else str(row[0])

    def remember_saved(
        self, urls: list[str], content_hash: str, path: str, *, new: bool = True
    ) -> None:
        """Record that the story at `urls` was saved as `path` (`new`: just now, to index)."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO pages (url, content_hash, path, problem, fetched_at) "
                "VALUES (?, ?, ?, NULL, ?)",
                [(url, content_hash, path, _now()) for url in dict.fromkeys(urls)],
            )
            if new:
                self._db.execute("INSERT OR IGNORE INTO unindexed VALUES (?)", (path,))

    def unindexed(self) -> list[str]:
        """Return the files saved (by this run or one stopped before indexing) not yet indexed."""
        return [str(row[0]) for row in self._db.execute("SELECT path FROM unindexed ORDER BY 1")]

    def forget_unindexed(self, paths: list[str]) -> None:
        """Record that an index update has read `paths`."""
        with self._db:
            self._db.executemany("DELETE FROM unindexed WHERE path = ?", [(p,) for p in paths])

    def remember_problem(self, url: str, problem: str) -> None:
        """Record that `url` is never an article, so that feeds listing it skip it."""
        with self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO pages (url, content_hash, path, problem, fetched_at) "
                "VALUES (?, NULL, NULL, ?, ?)",
                (url, problem, _now()),
            )

    def validators(self, url: str) -> Validators:
        row = self._db.execute(
            "SELECT etag, last_modified FROM validators WHERE url = ?", (url,)
        ).fetchone()
        return Validators() if row is None else Validators(row[0], row[1])

    def remember_validators(self, url: str, validators: Validators) -> None:
        with self._db:
            if validators.etag or validators.last_modified:
                self._db.execute(
                    "INSERT OR REPLACE INTO validators VALUES (?, ?, ?)",
                    (url, validators.etag, validators.last_modified),
                )
            else:
                self._db.execute("DELETE FROM validators WHERE url = ?", (url,))
