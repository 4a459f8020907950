"""A feed's items failing alike are one warning, the same failure at every poll whatever the
count of items it gives."""

from __future__ import annotations

from qabot.fetching import warning_kind
from qabot.fetching.folded import folded_warning

FEED = "http://127.0.0.1:8000/feed.xml"


def test_a_folded_warning_names_the_feed_the_count_the_host_and_the_problem() -> None:
    assert folded_warning(FEED, 12, "news.example.org", "cannot connect (refused)") == (
        f"{FEED}: 12 items on news.example.org not fetched: cannot connect (refused); they are "
        "tried again next time"
    )


def test_a_folded_warning_is_the_same_failure_whatever_its_count() -> None:
    twelve = folded_warning(FEED, 12, "news.example.org", "timed out after 15 s")
    thirteen = folded_warning(FEED, 13, "news.example.org", "timed out after 15 s")
    assert twelve != thirteen
    assert warning_kind(twelve) == warning_kind(thirteen)
    other_host = folded_warning(FEED, 12, "other.example.org", "timed out after 15 s")
    assert warning_kind(other_host) != warning_kind(twelve)


def test_a_warning_of_one_url_is_its_own_kind() -> None:
    warning = "http://news.example.org/story: HTTP 404 Not Found"
    assert warning_kind(warning) == warning
