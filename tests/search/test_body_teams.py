"""A body's team, delegation or mission speaks as the body: "what did the IMF team say"."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.body_forms import team_of
from tests.support.indexes import index_of

ARTICLES = {
    "loan.txt": """Lender praises island reforms

The Ocean Fund said the island's reforms had "steadied the currency" after the storm.
The Ocean Fund added that tourism would recover by the spring.
""",
    "port.txt": """Port fees frozen

Harbour director Lise Amundsen said port fees would stay frozen for a year.
""",
    "ferry.txt": """Ferry timetable changes

The summer ferry timetable starts in May with two extra crossings a day.
""",
}


@pytest.fixture(scope="module")
def fund_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("teams"), ARTICLES)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("the Ocean Fund team", "the Ocean Fund"),
        ("The IMF delegation", "the IMF"),
        ("the UN mission", "the UN"),
        ("the team", None),
        ("the home team", None),
    ],
)
def test_a_bodys_team_is_the_body(name: str, body: str | None) -> None:
    assert team_of(name) == body


def test_a_bodys_team_answers_with_the_bodys_words(fund_index: Index) -> None:
    result = answer(fund_index, "what did the Ocean Fund team say about the reforms?")
    assert result.speaker == "Ocean Fund"
    assert result.quotes and "steadied the currency" in result.quotes[0].quote.text
