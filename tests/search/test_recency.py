"""answer() with dates and outlets: filters applied, newest first, the newest articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Filters, answer
from tests.support.indexes import dated_index_of

# our own short articles about one strike, from two outlets over three weeks, and one undated
ARTICLES = {
    "walkout.md": ("2024-03-04", "Harbour Gazette", "Rail workers strike over pay",
                   "Rail workers began a strike on Monday in a dispute over pay and rosters.\n\n"
                   '"We have waited two years for an offer," organiser Petra Lind said.'),
    "talks.md": ("2024-03-11", "Valley Herald", "Strike talks stall",
                 "Talks to end the rail strike stalled on Monday without a new pay offer.\n\n"
                 '"Nobody at the table wants to move," Petra Lind told the Valley Herald.'),
    "deal.md": ("2024-03-18", "Harbour Gazette", "Rail strike ends with a pay deal",
                "The rail strike ended on Monday after workers accepted a new pay deal.\n\n"
                '"This offer finally matches what we asked for," Petra Lind said.'),
    "museum.md": (None, None, "Museum reopens",
                  "The harbour museum reopened after a rail strike delayed its repairs."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def _paths(result) -> list[str]:
    return [hit.article.path for hit in result.passages]


def test_latest_orders_relevant_passages_newest_first(index: Index) -> None:
    result = answer(index, "latest on the rail strike", top=5)
    assert result.filters.recent
    assert _paths(result)[:3] == ["deal.md", "talks.md", "walkout.md"]
    assert result.lead.endswith("(newest first):")


def test_outlet_in_the_question_filters_and_leaves_the_words(index: Index) -> None:
    result = answer(index, "what did the Valley Herald report on the strike?", top=5)
    assert result.filters.sources == ("Valley Herald",)
    assert _paths(result) == ["talks.md"]
    assert result.to_json()["filters"]["sources"] == ["Valley Herald"]


def test_dates_count_from_the_newest_article_or_from_today(index: Index) -> None:
    newest = answer(index, "rail strike last week", top=5)
    assert (newest.filters.since, newest.filters.until) == (date(2024, 3, 11), date(2024, 3, 17))
    assert _paths(newest) == ["talks.md"]
    today = answer(
        index, "rail strike last week", top=5, dates_relative_to="today", today=date(2024, 3, 6)
    )
    assert _paths(today) == []
    assert not today.found


def test_options_win_over_the_question_words(index: Index) -> None:
    options = Filters(since=date(2024, 3, 15))
    result = answer(index, "rail strike since January 2024", top=5, filters=options)
    assert result.filters.since == date(2024, 3, 15)
    assert _paths(result) == ["deal.md"]


def test_a_persons_quotes_are_newest_first_and_filtered(index: Index) -> None:
    result = answer(index, "what did Petra Lind say?")
    assert [hit.article.date for hit in result.quotes] == [
        "2024-03-18",
        "2024-03-11",
        "2024-03-04",
    ]
    gazette = answer(index, "what did Petra Lind say in the Harbour Gazette?")
    assert {hit.article.source for hit in gazette.quotes} == {"Harbour Gazette"}
    none = answer(index, "what did Petra Lind say in 2023?")
    assert none.quotes == []
    # the dates are named, and where her words are instead (as a plain answer says)
    assert none.lead == (
        "No quotes from Petra Lind in 2023, but 3 quotes dated 4 to 18 March 2024: "
        "ask without the dates to see them."
    )
    assert none.passages == []
    assert not none.found  # nothing shown under the lead: an honest "not found"


def test_latest_with_a_topic_puts_the_newest_quotes_on_it_first(index: Index) -> None:
    result = answer(index, "what did Petra Lind say recently about the offer?")
    assert [hit.article.date for hit in result.quotes] == [
        "2024-03-18",
        "2024-03-04",
        "2024-03-11",
    ]


def test_news_without_a_topic_lists_the_newest_articles(index: Index) -> None:
    result = answer(index, "what's new from the Harbour Gazette?", top=5)
    assert result.found
    assert result.lead == "The newest articles (Harbour Gazette):"
    assert _paths(result) == ["deal.md", "walkout.md"]
    assert [hit.passage.position for hit in result.passages] == [0, 0]
    latest = answer(index, "latest news", top=2)
    assert _paths(latest) == ["deal.md", "talks.md"] and latest.more
    assert not answer(index, "news from 2023").found


def test_undated_articles_are_left_out_by_date_filters_only(index: Index) -> None:
    assert "museum.md" in _paths(answer(index, "rail strike repairs", top=5))
    options = Filters(since=date(2024, 3, 1))
    assert "museum.md" not in _paths(answer(index, "rail strike repairs", filters=options))
    assert "museum.md" not in _paths(answer(index, "rail strike repairs in March 2024"))
    # ... and only the undated answer a date counted from a day ("this month") that no dated
    # article answers: under a lead that says so, the dates not applied
    result = answer(index, "rail strike repairs this month", top=5)
    assert _paths(result) == ["museum.md"]
    assert "none dated from 1 to 18 March 2024 answers it" in result.lead
    assert result.filters.since is None


def test_whats_new_alone_lists_the_newest_articles_of_a_dated_archive(index: Index) -> None:
    result = answer(index, "what's new?", top=2)
    assert result.found and result.lead == "The newest articles:"
    assert _paths(result) == ["deal.md", "talks.md"]
    assert answer(index, "what happened?", top=1).lead == "The newest articles:"


def test_stories_from_an_outlet_typed_in_lower_case(index: Index) -> None:
    result = answer(index, "stories from the valley herald about the strike", top=5)
    assert result.filters.sources == ("Valley Herald",)
    assert _paths(result) == ["talks.md"]
    newest = answer(index, "articles from harbour gazette", top=5)
    assert newest.filters.sources == ("Harbour Gazette",)
    assert _paths(newest) == ["deal.md", "walkout.md"]  # its newest first


def test_the_newest_articles_emphasise_a_statement_not_a_columns_opening_question(
    tmp_path: Path,
) -> None:
    column = (
        "2024-05-03",
        "Harbour Gazette",
        "Council elections",
        "Do you know who sits on your council? The town votes for nine councillors on "
        "Thursday.\n\nPolls open at seven in the morning.",
    )
    aside = (
        "2024-05-02",
        "Harbour Gazette",
        "Ferry fares",
        "Who sets the fares? \u2014 the harbour board does, and it met on Tuesday.",
    )
    quiz = ("2024-05-01", "Harbour Gazette", "Quiz night", "Who won the quiz? Was it you?")
    articles = {"column.md": column, "aside.md": aside, "quiz.md": quiz}
    index = dated_index_of(tmp_path, articles)

    result = answer(index, "what's new?", top=3)

    assert [hit.highlight for hit in result.passages] == [
        "The town votes for nine councillors on Thursday.",
        # a question going on after a dash in lower case is one sentence with it, a statement
        "Who sets the fares? \u2014 the harbour board does, and it met on Tuesday.",
        "Who won the quiz?",  # all questions: the first
    ]
