"""Filters: which articles pass, what the engine is given, how they read and which win."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

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


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@given(
    since=st.none() | st.dates(),
    until=st.none() | st.dates(),
    sources=st.lists(st.text(max_size=20), max_size=4),
    recent=st.booleans(),
)
def test_filters_survive_their_json(
    since: date | None, until: date | None, sources: list[str], recent: bool
) -> None:
    filters = Filters(since=since, until=until, sources=tuple(sources), recent=recent)
    assert Filters.from_json(filters.to_json()) == filters


@given(
    _json
    | st.fixed_dictionaries({"since": _json, "until": _json, "sources": _json, "recent": _json})
)
def test_filters_from_any_json_are_none_or_filters(data: object) -> None:
    read = Filters.from_json(data)  # stored data is checked like any input: it never raises
    assert read is None or Filters.from_json(read.to_json()) == read


def test_dates_of_a_follow_up_do_not_keep_the_days_skipped_of_the_question_before() -> None:
    """ "in March and May 2005" skips April; "and in April?" after it asks April itself."""
    before = Filters(
        since=date(2005, 3, 1),
        until=date(2005, 5, 31),
        skipped=((date(2005, 4, 1), date(2005, 4, 30)),),
    )
    april = Filters(since=date(2005, 4, 1), until=date(2005, 4, 30)).over(before)
    assert april.skipped == ()
    assert april.spans() == [(date(2005, 4, 1), date(2005, 4, 30))]
    assert april.describe()
    kept = Filters(sources=("BBC",)).over(before)  # no dates of its own: the earlier ones
    assert kept.skipped == before.skipped
