"""Short pages: a first page the relevance floor leaves short is filled from a looser floor,
after its own passages; a full page, a later page and a refusal are left as they are."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.conversation import Conversation
from tests.support.indexes import index_of

# the best passage holds every word of the question; the one giving the price holds two
# thirds of its weight (under the floor of COVERAGE_SHARE, over FILL_SHARE), and so does the
# report on grain, which is about no bakery; the weather report shares only "drought"
ARTICLES = {
    "bakery.txt": (
        "Village news\n\n"
        "The Tilby bakery has raised its bread prices, and blames the rise on the summer "
        "drought.\n"
    ),
    "loaf.txt": (
        "Shops\n\n"
        "Bread at the Tilby bakery now costs four crowns, the highest price in the valley.\n"
    ),
    "grain.txt": (
        "Grain\n\nBread and flour prices rise across the county after the drought, millers said.\n"
    ),
    "weather.txt": "Weather\n\nThe summer drought left reservoirs low across the county.\n",
    "mill.txt": "Mill\n\nThe old water mill on the river reopened as a museum of flour making.\n",
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
}
QUESTION = "tilby bakery bread price rise drought"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("short_pages"), ARTICLES)


def test_a_short_page_goes_on_with_passages_a_looser_floor_admits(index: Index) -> None:
    result = answer(index, QUESTION, top=3)
    assert result.found
    assert [hit.article.path for hit in result.passages] == ["bakery.txt", "loaf.txt"]
    assert [hit.rank for hit in result.passages] == [1, 2]
    # the report sharing only "drought" is still too weak to show, and counted so; the grain
    # report, another story, lacks the rarest word the best passage holds ("bakery")
    assert result.omitted == 2


def test_a_passage_filling_a_place_comes_with_its_best_sentence(index: Index) -> None:
    # the looser search leaves best sentences out; the passages taken get theirs afterwards
    filling = answer(index, QUESTION, top=3).passages[1]
    assert (
        filling.highlight
        == "Bread at the Tilby bakery now costs four crowns, the highest price in the valley."
    )


def test_a_full_page_is_not_changed(index: Index) -> None:
    result = answer(index, QUESTION, top=1)
    assert [hit.article.path for hit in result.passages] == ["bakery.txt"]
    assert result.omitted == 3


def test_a_later_page_is_not_filled(index: Index) -> None:
    chat = Conversation()
    first = answer(index, QUESTION, top=1, conversation=chat)
    assert [hit.article.path for hit in first.passages] == ["bakery.txt"]
    more = answer(index, "more", top=1, conversation=chat)
    assert not more.passages
