"""A year asked since ("since 1999") or before ("before 2015") where no dated article answers is
one undated articles tell of in their words: their passages that mention it answer."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of

# our own short articles: a dated story on something else (so that "since 1999" keeps articles
# of a year the archive's dates cover), and undated ones, one of them telling the year
ARTICLES = {
    "bridge.md": ("2024-03-04", "Harbour Gazette", "Bridge closed",
                  "The old bridge closed for a week of repairs to its railings."),
    "pilots.md": (None, None, "Pilots' licences",
                  "Some 300 harbour pilots have lost their licences since 1999, the union "
                  "said on the quay."),
    "fears.md": (None, None, "Pilots fear cuts",
                 "Harbour pilots fear for their licences as the port shrinks."),
    "ferries.md": (None, None, "Ferry fleet",
                   "Half the island's ferries will be scrapped before 2015, the council warned."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def test_a_year_asked_since_is_told_by_the_undated_passage_that_mentions_it(index: Index) -> None:
    result = answer(index, "how many harbour pilots have lost their licences since 1999")
    assert result.found  # it was refused: "Nothing about ... since 1 January 1999, but ..."
    assert result.passages[0].article.path == "pilots.md"
    assert "these mention 1999" in result.lead


def test_a_year_no_undated_passage_mentions_still_refuses(index: Index) -> None:
    result = answer(index, "how many harbour pilots have lost their licences since 1995")
    assert not result.found
    assert result.lead.startswith("Nothing about")  # the dates are the reason, as before


def test_a_year_asked_before_is_told_by_the_undated_passage_that_mentions_it(
    index: Index,
) -> None:
    # "before 2015" reads as the days until the end of 2014; the article writes 2015
    result = answer(index, "how many island ferries will be scrapped before 2015")
    assert result.found  # it was refused: "Nothing about ... until 31 December 2014, but ..."
    assert result.passages[0].article.path == "ferries.md"
    assert "these mention 2015" in result.lead


def test_a_year_asked_before_that_no_undated_passage_mentions_still_refuses(
    index: Index,
) -> None:
    result = answer(index, "how many island ferries will be scrapped before 2010")
    assert not result.found
    assert result.lead.startswith("Nothing about")
