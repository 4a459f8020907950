"""A role's owner asked by nationality ("the Portuguese central bank governor") is tied to a
holder whose story writes the country ("Portugal ..., its central bank says"), not the
adjective. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "shops.txt": "Shoppers return\n\nPortugal looks set to recover thanks to renewed spending, "
    'its central bank says. "Spending is rising again," said central bank governor Rui '
    'Alvim. "The worst is over."\n',
    "rates.txt": 'Rates held\n\nThe Bank of Ostrin kept rates on hold. "Prices are calm," '
    "said central bank governor Ida Brenn.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("country_owners"), ARTICLES)


def test_a_role_owned_by_a_nationality_is_held_in_a_story_writing_the_country(
    index: Index,
) -> None:
    result = answer(index, "what did the portuguese central bank governor say about spending")
    assert result.quotes and result.quotes[0].speaker == "Rui Alvim"
