"""Filters: which articles pass, what the engine is given, how they read and which win."""

from __future__ import annotations

from datetime import date

from qabot.records import ArticleInfo
from qabot.search import Filters


def test_filters_admit_articles_by_day_and_outlet() -> None:
    filters = Filters(since=date(2024, 3, 1), sources=("BBC News",))
    assert filters.admits(ArticleInfo("a", "a.txt", "A", "BBC News", "2024-03-02"))
    assert not filters.admits(ArticleInfo("a", "a.txt", "A", "BBC News", "2024-02-28"))
    assert not filters.admits(ArticleInfo("a", "a.txt", "A", "BBC News", None))
    assert not filters.admits(ArticleInfo("a", "a.txt", "A", "Reuters", "2024-03-02"))
    assert Filters().admits(ArticleInfo("a", "a.txt", "A"))


def test_filters_describe_themselves_and_give_the_engine_nothing_when_empty() -> None:
    assert not Filters()
    assert Filters().passage_filter() is None
    assert Filters().describe() == ""
    monday = Filters(since=date(2024, 3, 18), until=date(2024, 3, 18), recent=True)
    assert monday.describe() == "Monday 2024-03-18, newest first"
    assert Filters(sources=("BBC News",), since=date(2024, 3, 1)).describe() == (
        "BBC News, since 2024-03-01"
    )


def test_options_win_over_the_words_of_the_question() -> None:
    options = Filters(since=date(2024, 3, 1))
    words = Filters(since=date(2024, 2, 1), until=date(2024, 3, 5), recent=True)
    assert options.over(words) == Filters(
        since=date(2024, 3, 1), until=date(2024, 3, 5), recent=True
    )
