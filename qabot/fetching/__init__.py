"""Fetching: URLs of web pages and feeds -> new article files in the articles folder.

Enters: URLs given to `qabot fetch` or listed in `[feeds] urls`. Leaves: .md article files with
front matter (title, source, date, url) under `web/<host>/`, which ingest reads like any other,
and a `FetchReport` (files saved, duplicates skipped, one warning per failure). `addresses` says
which URLs may be fetched, the `client` fetches politely (robots.txt, one request at a time per
host, conditional requests), `feeds` reads RSS, Atom and JSON Feed, `pages` extracts the story,
`state` remembers what was saved, `folded` words a feed's items failing alike as one warning.
"""

from qabot.fetching.addresses import FetchError
from qabot.fetching.client import USER_AGENT, Fetched, PoliteClient
from qabot.fetching.feeds import Feed, FeedItem, parse_feed
from qabot.fetching.folded import warning_kind
from qabot.fetching.pages import NotAnArticle, PageArticle, article_file_text, page_article
from qabot.fetching.runs import FetchReport, fetch_urls, forget_unindexed
from qabot.fetching.state import STATE_FILE, FetchState, Validators

__all__ = [
    "STATE_FILE",
    "USER_AGENT",
    "Feed",
    "FeedItem",
    "FetchError",
    "FetchReport",
    "FetchState",
    "Fetched",
    "NotAnArticle",
    "PageArticle",
    "PoliteClient",
    "Validators",
    "article_file_text",
    "fetch_urls",
    "forget_unindexed",
    "page_article",
    "parse_feed",
    "warning_kind",
]
