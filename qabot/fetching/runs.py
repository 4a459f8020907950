"""A fetch run: URLs (pages or feeds) -> new article files in the articles folder, and a report.

Each URL is fetched once; a feed's new items are fetched in turn. A story already saved (same
URL, or the same words under another URL) is skipped; every failure is one warning line naming
the URL, and the run goes on; a feed's items failing alike for a reason that may pass (their
host unreachable, as on a machine offline) are one line for them all. Indexing the new files is
the caller's next step (`update_index`), as after `qabot add`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from qabot.errors import WriteError
from qabot.fetching.addresses import FetchError
from qabot.fetching.client import PoliteClient
from qabot.fetching.feeds import Feed, FeedItem, parse_feed
from qabot.fetching.folded import folded_warning
from qabot.fetching.pages import (
    HTML_TYPES,
    NotAnArticle,
    PageArticle,
    decode_page,
    feed_article,
    page_article,
)
from qabot.fetching.state import FetchState, Validators
from qabot.ingest import check_article_file, save_article_file
from qabot.text import counted

# failures that will not go away by asking again: remembered, so feeds listing the page skip it
_LASTING = ("not an article", "HTTP 404", "HTTP 410", "larger than", "robots.txt", "not fetched")
_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM}


@dataclass(slots=True)
class FetchReport:
    """What a run did: files saved (relative to the articles folder), skips and warnings."""

    saved: list[str] = field(default_factory=list)
    duplicates: int = 0  # stories already in the archive (same URL or same words)
    unchanged_feeds: int = 0  # feeds that answered "nothing new" (304) or listed nothing new
    feeds: int = 0
    skipped_items: int = 0  # feed items with no web link to fetch ("javascript:", none)
    warnings: list[str] = field(default_factory=list)
    # files saved by this run or by one stopped before it indexed them: index these, then call
    # `forget_unindexed`, so that a Ctrl-C between saving and indexing loses nothing
    unindexed: list[str] = field(default_factory=list)
    # of `saved`, stories whose page could not be read, saved from the feed's own text
    from_feeds: list[str] = field(default_factory=list)
    folded: int = 0  # failures told on another one's warning line (a feed's items failing alike)

    def summary(self) -> str:
        """Return one line for people."""
        saved = len(self.saved)
        parts = [f"{counted(saved, 'new article')} saved"]
        if self.from_feeds:
            parts[0] += (
                f" ({len(self.from_feeds)} from the feed's text: the page could not be read)"
            )
        if self.duplicates:
            parts.append(f"{self.duplicates} already saved")
        if self.feeds:
            notes = [f"{self.unchanged_feeds} unchanged"] if self.unchanged_feeds else []
            if self.skipped_items:
                notes.append(f"{counted(self.skipped_items, 'item')} skipped")
            parts.append(
                f"{counted(self.feeds, 'feed')} read" + (f" ({', '.join(notes)})" if notes else "")
            )
        if self.warnings:
            parts.append(counted(len(self.warnings) + self.folded, "failure"))
        return ", ".join(parts) + "."


class _Run:
    """One run's client, state and report."""

    def __init__(
        self, client: PoliteClient, state: FetchState, articles_dir: Path, report: FetchReport
    ) -> None:
        self.client = client
        self.state = state
        self.articles_dir = articles_dir
        self.report = report
        # while a feed's items are fetched: failures that may pass, by host and problem
        self._alike: dict[tuple[str, str], list[str]] | None = None

    def url(self, url: str) -> None:
        """Fetch one URL given by the user or the config: a feed, or a page."""
        validators = self.state.validators(url)
        try:
            fetched = self.client.get(
                url, etag=validators.etag, last_modified=validators.last_modified
            )
        except FetchError as error:
            self.report.warnings.append(f"{url}: {error}")
            return
        if fetched.not_modified:
            self.report.feeds += 1
            self.report.unchanged_feeds += 1
            return
        feed = parse_feed(fetched.content, fetched.url)
        if feed is not None:
            self.report.feeds += 1
            if self.feed(url, feed):  # every item handled: next time, ask "anything new?"
                self.state.remember_validators(
                    url, Validators(fetched.etag, fetched.last_modified)
                )
            return
        if fetched.content_type.endswith(("xml", "json")) and (
            fetched.content_type not in HTML_TYPES
        ):  # served as a feed, not readable as one: cut short or broken, maybe for this time only
            self.report.warnings.append(
                f"{url}: a feed that cannot be read ({fetched.content_type} that is cut short "
                "or not well-formed); it is read again next time"
            )
            return
        if self.state.saved(url) or self.state.saved(fetched.url):
            self.report.duplicates += 1  # a page asked for again is tried again if it failed
            return
        self.page(url, fetched.url, fetched.content, fetched.content_type, fetched.charset)

    def feed(self, feed_url: str, feed: Feed) -> bool:
        """Fetch the feed's new items; return False when one failed for a reason that may pass."""
        complete = True
        self._alike = {}
        new = [item for item in feed.items if self.state.known(item.url) is None]
        if not new and (feed.items or not feed.items_without_link):
            self.report.unchanged_feeds += 1  # not one whose every item was skipped
        for item in new:
            complete &= self._item(feed_url, item)
        # an error that ends the loop (a state that cannot be written) ends the run with no
        # report, so the failures folded so far are not told then
        self._tell_alike(feed_url)
        if feed.items_without_link:
            n = feed.items_without_link
            self.report.skipped_items += n
            self.report.warnings.append(
                f"{feed_url}: {counted(n, 'item')} skipped: no web (http or https) link to fetch"
            )
        return complete

    def _item(self, feed_url: str, item: FeedItem) -> bool:
        """Fetch one new item of a feed; return False when it failed for a reason that may pass."""
        try:
            fetched = self.client.get(item.url, origin=feed_url)
        except FetchError as error:
            return self._failed(item.url, str(error), item)
        if self.state.known(fetched.url) is not None:  # redirected to a page handled before
            self.state.remember_problem(item.url, f"the same page as {fetched.url}")
            self.report.duplicates += bool(self.state.saved(fetched.url))
            return True
        return self.page(
            item.url, fetched.url, fetched.content, fetched.content_type, fetched.charset, item
        )

    def _tell_alike(self, feed_url: str) -> None:
        """Warn once for the feed's items that failed alike (one failing is named)."""
        alike, self._alike = self._alike or {}, None
        for (host, problem), urls in alike.items():
            if len(urls) == 1:
                self.report.warnings.append(f"{urls[0]}: {problem}")
                continue
            self.report.warnings.append(folded_warning(feed_url, len(urls), host, problem))
            self.report.folded += len(urls) - 1

    def page(
        self,
        url: str,
        final_url: str,
        content: bytes,
        content_type: str,
        charset: str | None,
        item: FeedItem | None = None,
    ) -> bool:
        """Save the article in one fetched page; return False on a failure that may pass."""
        if content_type not in HTML_TYPES:
            problem = f"not a web page or feed ({content_type})"
            return self._failed(url, problem, item, lasting=True)
        try:
            article = page_article(decode_page(content, charset), final_url, item)
        except NotAnArticle as error:
            return self._failed(url, str(error), item)
        return self._save(article, [url, final_url, article.url])

    def _save(self, article: PageArticle, urls: list[str]) -> bool:
        """Write `article` unless the archive has its words already; return whether it is kept."""
        earlier = self.state.saved_as(article.content_hash)
        if earlier is not None:
            self.state.remember_saved(urls, article.content_hash, earlier, new=False)
            self.report.duplicates += 1
            return True
        folder = self.articles_dir / article.folder
        data = article.text.encode("utf-8")
        checked = check_article_file(article.name, data, folder)
        if checked.problem:
            return self._failed(urls[0], checked.problem, lasting=True)
        if not checked.unchanged:
            save_article_file(article.name, data, folder)
        path = f"{article.folder}/{article.name}"
        self.state.remember_saved(urls, article.content_hash, path)
        self.report.saved.append(path)
        return True

    def _saved_from_feed(self, url: str, item: FeedItem) -> bool:
        """Save the story `item`'s feed carries whole; return False when it gives a teaser."""
        try:
            article = feed_article(item)
        except NotAnArticle:
            return False
        saved = len(self.report.saved)
        kept = self._save(article, [url, item.url])
        self.report.from_feeds += self.report.saved[saved:]
        return kept

    def _failed(
        self, url: str, problem: str, item: FeedItem | None = None, *, lasting: bool = False
    ) -> bool:
        """Warn about `url`; remember lasting problems; return whether it was one.

        A feed item whose page will not be readable (a paywall, robots.txt, a page gone) is
        saved from the feed's own text when the feed carries the story, not only a teaser; a
        failure that may pass (a timeout, a busy server) is tried again next time instead."""
        lasting = lasting or problem.startswith(_LASTING)
        if lasting and item is not None and self._saved_from_feed(url, item):
            return True
        if not lasting and item is not None and self._alike is not None:
            host = urlsplit(url).hostname or url
            self._alike.setdefault((host, problem), []).append(url)
            return False
        self.report.warnings.append(f"{url}: {problem}")
        if lasting:
            self.state.remember_problem(url, problem)
            return True
        return False


def fetch_urls(
    urls: list[str],
    *,
    articles_dir: Path,
    state_path: Path,
    client: PoliteClient | None = None,
) -> FetchReport:
    """Fetch every URL (a page, or a feed and its new items) into `articles_dir`.

    Raises WriteError when the fetch state cannot be written (a full disk): the files saved
    before that stay, and the next run saves or skips them by their words."""
    report = FetchReport()
    own_client = client is None
    http = client or PoliteClient()
    try:
        with _state(state_path) as state:
            run = _Run(http, state, articles_dir, report)
            for url in dict.fromkeys(u.strip() for u in urls):
                if url:
                    run.url(url)
                else:  # `qabot fetch "$A" "" "$B"`: a variable left empty is said, not dropped
                    report.warnings.append('an empty URL ("") was given: nothing to fetch')
            report.unindexed = state.unindexed()
    finally:
        if own_client:
            http.close()
    return report


def forget_unindexed(state_path: Path, paths: list[str]) -> None:
    """Record that an index update has read the saved files `paths` (see `FetchReport`)."""
    with _state(state_path) as state:
        state.forget_unindexed(paths)


def _cannot_write(state_path: Path, error: OSError) -> bool:
    """Return whether `error` means the state file cannot be written: a full or read-only disk,
    or its folder (or one above it) that cannot be made (ENOENT under /proc), not a missing
    file elsewhere, which is a bug to show."""
    if error.errno in _CANNOT_WRITE:
        return True
    if error.errno != errno.ENOENT or error.filename is None:
        return False
    missing = Path(os.fsdecode(error.filename))
    return missing == state_path or missing in state_path.parents


@contextlib.contextmanager
def _state(state_path: Path) -> Iterator[FetchState]:
    """Open the fetch state; a disk that is full or read-only is a user error naming it."""
    try:
        with FetchState(state_path) as state:
            yield state
    except (sqlite3.Error, OSError) as error:
        if isinstance(error, OSError) and not _cannot_write(state_path, error):
            raise
        reason = getattr(error, "strerror", None) or str(error)
        raise WriteError(
            f"Cannot write the fetch state {state_path} ({reason}). Free some space, or make "
            "the index folder writable, and fetch again: nothing saved is lost."
        ) from error
