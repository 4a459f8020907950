"""Date words asked of articles that have no date: left out of the search and named in the
lead ("what did X say yesterday?" is not "X said nothing about yesterday"); a question of news
alone says that nothing tells which articles are new; words someone said keep their dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.answer import UNDATED_NEWS
from qabot.search.filter_reading import read_filters
from qabot.search.undated_words import may_hold_dates, unread_dates
from tests.support.indexes import index_of

ARTICLES = {
    "ferry.txt": """Ferry crews return to work

"We will sail again on Monday," union leader Maria Keller said.

Harbour master Tom Reed said the ferry would sail on Friday after the repairs.
""",
    "market.txt": """Turnip prices climb

Turnip prices rose again at the county market, trader Ida Brandt said.
""",
}


@pytest.fixture(scope="module")
def undated_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("undated"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what did Maria Keller say yesterday?", "yesterday"),
        ("what did maria keller say last week about the ferry", "last week"),
    ],
)
def test_date_words_are_left_out_and_named(
    undated_index: Index, question: str, words: str
) -> None:
    result = answer(undated_index, question)
    assert result.found and result.speaker == "Maria Keller"
    assert result.lead.startswith(f"The articles have no dates, so “{words}” was not applied.")
    assert "nothing about" not in result.lead


@pytest.mark.parametrize(
    "question", ["what's new?", "latest news", "news from last week", "what's the latest?"]
)
def test_news_alone_cannot_be_told(undated_index: Index, question: str) -> None:
    result = answer(undated_index, question)
    assert not result.found and result.lead == UNDATED_NEWS


def test_a_date_in_the_words_someone_said_stays(undated_index: Index) -> None:
    result = answer(undated_index, "who said the ferry would sail on Friday?")
    assert result.quotes and result.quotes[0].speaker == "Tom Reed"
    assert "no dates" not in result.lead


def test_plain_words_are_untouched(undated_index: Index) -> None:
    result = answer(undated_index, "turnip prices")
    assert result.found and "no dates" not in result.lead


@given(st.lists(st.sampled_from(["ferry", "last", "week", "in", "March", "the", "latest", "?"])))
def test_the_words_kept_are_the_question_without_some_of_its_words(words: list[str]) -> None:
    text = " ".join(words)
    unread = unread_dates(text)
    if unread is not None:
        assert unread.dates
        asked = iter(w.strip("?") for w in text.split())
        kept = [w.strip("?") for w in unread.words.split() if w.strip("?")]
        assert all(word in asked for word in kept)  # in order: a subsequence


_VOCABULARY = [
    *"ferry strike in on the last this past next since until before after between and".split(),
    *"monday mon week weeks month year days today yesterday latest newest most recent".split(),
    *"march sept 2024 2024-03 5 3 ago weekend from to of".split(),
]


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=8))
def test_a_question_said_to_hold_no_date_holds_none(words: list[str]) -> None:
    text = " ".join(words)
    found = read_filters(text, reference=date(2024, 6, 1), dated=True).filters
    if found.since or found.until or found.recent:
        assert may_hold_dates(text)
