"""A "when" question is answered first by the passages dating its event: a calendar date in a
sentence holding the event's word, not a weekday beside it, nor the date of something the word
only describes ("storm-hit towns") or is the topic of ("talks about the storm")."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.event_dates import calendar_date, dates_event_in
from tests.support.indexes import filler_notes, index_of

ARTICLES = {
    "aid.txt": (
        "Storm aid will not be cut\n\n"
        "Aid for the storm will not be cut, the minister said. The storm left many homeless "
        "and the storm fund is growing. He added he would give new figures on storm damage to "
        "parliament on Monday."
    ),
    "talks.txt": (
        "Storm talks\n\n"
        "Talks about the storm were held in Paris during January. Storm-hit towns will get "
        "loans from March."
    ),
    "banks.txt": (
        "Banks face losses\n\n"
        "Banks face losses after the storm, which flattened the harbour town on 14 October."
    ),
    **filler_notes(6),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("event_dates"), ARTICLES)


def test_the_passage_dating_the_event_comes_first_with_the_date_marked(index: Index) -> None:
    result = answer(index, "when did the storm happen")
    assert result.found
    first = result.passages[0]
    assert first.article.path == "banks.txt"
    assert "14 October" in first.highlight


def test_a_weekday_or_a_date_of_something_else_dates_no_event() -> None:
    weights = {"storm": 4.0, "happen": 3.0}
    assert dates_event_in("The storm struck on 14 October.", weights)
    assert not dates_event_in("He gave figures on the storm on Monday.", weights)
    assert not dates_event_in("Storm-hit towns get loans from March.", weights)
    assert not dates_event_in("Talks about the storm were held during January.", weights)
    assert calendar_date("It was 2004.") and not calendar_date("It was yesterday at 10am.")


def test_may_and_march_are_months_only_where_they_place_a_time() -> None:
    assert calendar_date("The vote is due in May.") and calendar_date("It opens on 3 May.")
    assert calendar_date("Sales fell in March 2005.") and calendar_date("May 12 was chosen.")
    assert calendar_date("Prices rose between March and May.")
    assert not calendar_date("May I say how pleased we are?")
    assert not calendar_date("Guitarist Brian May said the storm was frightening.")
    assert not calendar_date("March on, the crowd shouted.")
