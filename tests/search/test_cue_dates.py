"""Words whose cue dates them ("she told the Herald in 2005") count as said then, whatever
their article's date, under a date asked; through answer() on short invented articles too."""

from __future__ import annotations

from datetime import date

import pytest

from qabot.records import Quote
from qabot.search import answer
from qabot.search.cue_dates import said_within
from qabot.search.filters import Filters
from tests.support.indexes import dated_index_of


def _quote(cue: str) -> Quote:
    return Quote("a1", "Ada Vale", "We will build it", "direct", cue, 0, 16, "")


YEAR_2005 = Filters(since=date(2005, 1, 1), until=date(2005, 12, 31))


@pytest.mark.parametrize(
    ("cue", "filters", "within"),
    [
        ("told the Herald in 2005", YEAR_2005, True),
        ("said during 2005", YEAR_2005, True),
        (
            "told the Herald in 2005",
            Filters(since=date(2000, 1, 1), until=date(2009, 12, 31)),
            True,
        ),
        (
            "told the Herald in 2005",
            Filters(since=date(2005, 3, 1), until=date(2005, 3, 31)),
            False,
        ),
        ("told the Herald in 2004", YEAR_2005, False),
        ("said", YEAR_2005, False),
        ("told the 2005 conference", YEAR_2005, False),  # no "in": the year of something else
        ("told the Herald in 2005", Filters(), False),  # no dates asked
        (
            "told the Herald in 2005",
            Filters(since=date(2005, 1, 1), until=date(2005, 12, 31), sources=("Herald",)),
            False,
        ),
    ],
)
def test_a_cue_dates_words_within_the_dates_asked(
    cue: str, filters: Filters, within: bool
) -> None:
    assert said_within(_quote(cue), filters) is within


def test_words_dated_by_their_cue_answer_a_question_of_that_year(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    body = (
        'Singer Ada Vale looked back on her career. "I want to sing until I drop," Ms Vale told '
        'the Herald in 2005. "I am tired now," Ms Vale said last week.'
    )
    index = dated_index_of(
        tmp_path_factory.mktemp("cue-dates"),
        {"vale.md": ("2019-05-01", "Daily Note", "Singer looks back", body)},
    )
    result = answer(index, "what did ada vale say in 2005?")
    # her words of 2005, not those of the page's own year
    assert [hit.quote.text for hit in result.quotes] == ["I want to sing until I drop"]
    assert result.speaker == "Ada Vale"
