"""A role owned by a country is one role whichever way the country is written: "said the
Italian coach" after "Italy coach Marco Bellini" is Bellini's. Through answer(), on short
invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "rugby.txt": "Nerves will help Italy - Bellini\n\nItaly coach Marco Bellini believes his "
    'side will be nervous at Murrayfield. "We will go to Murrayfield with some fear and it '
    'will sharpen us," said the Italian coach. He added: "We play better as the underdogs."\n',
    "drink.txt": "Drink remark\n\nOla Brenn, chief executive of Drink Watch Scotland, said the "
    "remark was unwise. But the Scottish Executive has insisted the minister was speaking "
    'about adults and his words were "a plain fact of life". "It was unwise," Mr Brenn said.\n',
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("country_owned_roles"), ARTICLES)


def test_a_role_by_nationality_is_the_one_noted_with_the_country(index: Index) -> None:
    result = answer(index, "what did Marco Bellini say about going to Murrayfield")
    assert result.quotes[0].speaker == "Marco Bellini"
    assert "some fear" in result.quotes[0].quote.text


def test_a_body_named_with_a_nationality_is_no_holder_of_a_role_owned_by_a_country(
    index: Index,
) -> None:
    result = answer(index, "what did Ola Brenn say")
    assert all("plain fact" not in q.quote.text for q in result.quotes)
