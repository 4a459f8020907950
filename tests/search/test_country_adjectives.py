"""A country asked by name ("France") is mentioned by its adjective where that shares no word
with it ("the French government"). Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "wine.txt": "Vintners get help\n\nThe French government will hand its struggling wine "
    "makers 70m euros in aid.\n",
    "cheese.txt": "Cheese makers\n\nCheese makers in Ostrin asked for aid after a dry summer.\n",
    "rail.txt": "Rail link\n\nA new rail link to France opens in May.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("country_adjectives"), ARTICLES)


def test_a_country_asked_is_mentioned_by_its_adjective(index: Index) -> None:
    result = answer(index, "how much aid is France giving its wine makers")
    assert result.found and "70m euros in aid" in result.passages[0].passage.text
