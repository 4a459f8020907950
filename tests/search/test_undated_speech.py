"""A date in "what did X say on Monday / in 2019?" over an archive where X's words are in
undated articles: their words are shown, under a lead that says the dates could not apply."""

from __future__ import annotations

from datetime import date

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.filters import Filters
from tests.support.indexes import dated_index_of

# our own articles: dated stories of March 2024 quote a harbour master; an undated story
# quotes a mayor "on Monday"
ARTICLES = {
    "harbour.md": ("2024-03-04", "Harbour Gazette", "Harbour dredging starts",
                   'Work to dredge the harbour began on Monday. "The channel will be deeper '
                   'by summer," harbour master Ivo Brandt said.'),
    "ferry.md": ("2024-03-11", "Harbour Gazette", "Ferry timetable changes",
                 "The island ferry will sail twice a day from April, the operator said."),
    "tram.md": (None, None, "Mayor backs tram extension",
                "Mayor Mara Quill said on Monday that the tram line would reach the stadium. "
                '"Every fan should be able to ride to the match," Ms Quill said. "We have '
                'the money for the first stretch," she added.'),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def test_a_weekday_no_dated_article_quotes_the_speaker_on_shows_their_undated_words(
    index: Index,
) -> None:
    result = answer(index, "what did mara quill say on monday about the tram")
    assert result.found and result.speaker == "Mara Quill"
    assert any("ride to the match" in hit.quote.text for hit in result.quotes)
    assert all(not hit.article.date for hit in result.quotes + result.passages)
    # one short line: what was asked, then that these are undated and none dated then quotes her
    assert result.lead == (
        "What Mara Quill said about the tram (from undated articles: none dated on Monday "
        "11 March 2024 quotes her):"
    )
    assert result.to_json()["filters"]["since"] is None  # no date limit was applied


def test_a_year_works_alike(index: Index) -> None:
    result = answer(index, "what did mara quill say about the tram in 2019")
    assert result.found and result.quotes
    assert result.lead.endswith("(from undated articles: none dated in 2019 quotes her):")


def test_words_in_a_dated_article_of_those_days_are_answered_as_before(index: Index) -> None:
    result = answer(index, "what did ivo brandt say in march 2024")
    assert result.found and result.quotes
    assert "undated" not in result.lead
    assert result.to_json()["filters"]["since"] == "2024-03-01"


def test_dates_given_as_options_still_leave_undated_words_out(index: Index) -> None:
    limits = Filters(since=date(2024, 3, 1), until=date(2024, 3, 31))
    result = answer(index, "what did mara quill say about the tram", filters=limits)
    assert not result.quotes and not result.found


def test_dates_given_as_options_that_leave_no_words_say_where_their_words_are(
    index: Index,
) -> None:
    # as a plain answer says of passages: how many quotes lie outside the dates (her two and
    # the sentence that reports her) and where
    limits = Filters(since=date(2024, 3, 1), until=date(2024, 3, 31))
    result = answer(index, "what did mara quill say", filters=limits)
    assert not result.found and not result.quotes
    assert result.lead == (
        "No quotes from Mara Quill in March 2024, but 3 quotes in articles without a date: "
        "ask without the dates to see them."
    )
    assert result.to_json()["filters"]["since"] == "2024-03-01"  # the filters stay reported


def test_an_outlet_given_as_an_option_that_leaves_no_words_names_where_they_are(
    index: Index,
) -> None:
    result = answer(index, "what did ivo brandt say", filters=Filters(sources=("Valley Herald",)))
    assert not result.found
    assert result.lead == (
        "No quotes from Ivo Brandt in Valley Herald, but 1 quote in Harbour Gazette: "
        "ask without the outlet to see it."
    )
