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
# a story whose opening sets the scene in the question's words and whose next paragraph tells
# what happened in others
FETE = {
    "fete.txt": (
        "Fete on Kelby Green\n\n"
        "The summer fete on Kelby Green was meant to be a quiet afternoon of cake stalls, "
        "a tombola and a brass band, and the organisers had spent months planning every "
        "detail of the fete on Kelby Green, from the bunting to the raffle prizes, hoping "
        "that the weather would hold and that the whole village would turn out for it.\n\n"
        "Then a hot air balloon drifted low over the rooftops and came down in the duck "
        "pond, scattering the brass band and sending the tombola table flying. Nobody was "
        "hurt, and the pilot, dripping wet, was cheered as he waded ashore and then handed "
        "out free rides for the rest of the day to anyone brave enough to climb in.\n\n"
        "Next year the organisers plan to hold the event in the cricket pavilion, away from "
        "the water, and they have already booked the brass band, the cake stalls and the "
        "tombola again, though they say the balloon will not be invited back this time.\n"
    ),
    "band.txt": "Band news\n\nThe Kelby brass band is looking for a new trombone player.\n",
}


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


def test_what_happened_goes_on_with_the_next_passage_of_the_story(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    fete = index_of(tmp_path_factory.mktemp("fete"), FETE)
    result = answer(fete, "what happened at the fete on kelby green", top=3)
    texts = [hit.passage.text for hit in result.passages]
    assert result.found and "summer fete" in texts[0]
    assert any("hot air balloon drifted" in text for text in texts[1:])
    # a question asking no event is not told on
    other = answer(fete, "who planned the fete on kelby green", top=3)
    assert not any("hot air balloon drifted" in hit.passage.text for hit in other.passages)
