"""A month or weekday asked of undated articles is searched as a word: their days are in it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of

# our own short articles: two dated stories (so that "in october" is a month of a year the
# archive's dates cover), and undated ones, only one of each pair telling its day
ARTICLES = {
    "strike.md": ("2024-03-04", "Harbour Gazette", "Rail workers strike over pay",
                  "Rail workers began a strike on Monday in a dispute over pay and rosters."),
    "bridge.md": ("2023-10-10", "Harbour Gazette", "Bridge closed",
                  "The old bridge closed for a week of repairs to its railings."),
    "crowds.md": (None, None, "Crowds on the quay",
                  "The harbour fair drew crowds to the harbour fair grounds again."),
    "month.md": (None, None, "Quay events",
                 "The harbour fair is held every October on the quay, with music at night."),
    "tuesday.md": (None, None, "Ferry repairs",
                   "The island ferry was back in service on Tuesday after repairs to its "
                   "engine."),
    "engine.md": (None, None, "Ferry engine",
                  "The island ferry engine failed, and the island ferry engine repairs took "
                  "the island ferry out of service."),
    "vote.md": (None, None, "Council vote",
                "Councillors voted against the harbour plan last week."),
    "plan.md": (None, None, "Harbour plan",
                "Councillors held a vote on the harbour plan."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def test_a_month_no_dated_article_answers_is_a_word_of_the_undated_ones(index: Index) -> None:
    result = answer(index, "harbour fair in october")
    assert result.found
    assert "none dated in October" in result.lead  # the dates were read
    assert result.passages[0].article.path == "month.md"  # ... and "October" searched


def test_a_weekday_no_dated_article_answers_is_a_word_of_the_undated_ones(index: Index) -> None:
    result = answer(index, "why was the island ferry out of service on a tuesday")
    assert result.found
    assert result.passages[0].article.path == "tuesday.md"


def test_a_week_no_dated_article_answers_is_a_word_of_the_undated_ones(index: Index) -> None:
    result = answer(index, "how did councillors vote on the harbour plan last week")
    assert result.found
    assert result.passages[0].article.path == "vote.md"
