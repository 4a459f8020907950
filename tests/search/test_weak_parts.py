"""A neighbour's part too weak to show leaves its sentences to the passages after it: the
opening of a story that shares a paragraph with a weak part of its neighbour is shown whole,
not cut to what it adds beside that part. Short invented articles, searched through
`search()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import search
from tests.support.indexes import index_of

OPENING = (
    "Two riders from Porthmere are about to set off on a tour of the coast, the richest "
    "race of its kind, after a winter of training on the coast roads above the town and long "
    "weekends spent on the hills behind the old quarry, where the wind off the sea is at its "
    "worst in January and February."
)
WINNERS = (
    "Ann Vale and Tom Reed won the right to take part after a long series of trials held across "
    "the county last autumn, beating more than forty others in the wet, and both will have "
    "their costs paid by the club that entered them, which has never sent anyone so far from "
    "home before now."
)
START = (
    "The Harbour Cycle Tour starts in March and the first stage of the Harbour Cycle Tour will "
    "be ridden along the harbour road, with ten stages of the tour in all, each in a different "
    "harbour town, and a prize for the tour's winner at each harbour that is larger than any "
    "the riders have won."
)
QUALIFYING = (
    "Other riders are winning places on the Harbour Cycle Tour through qualifying rides, and "
    "riders who win those rides start the Harbour Cycle Tour higher up the field, the tour's "
    "organisers said, adding that riders from the harbour towns have done well in the tour "
    "in the past few years."
)
ARTICLES = {
    "tour.txt": f"Tour for riders\n\n{OPENING}\n\n{WINNERS}\n\n{START}\n\n{QUALIFYING}\n",
    "ferry.txt": "Ferry late\n\nThe morning ferry to the islands was late again on Friday.\n",
    "choir.txt": "Choir wins\n\nThe town choir won the county prize for the third time.\n",
    "bridge.txt": "Bridge shut\n\nThe old bridge will shut for repairs in the spring.\n",
}
QUESTION = "which two riders are going on the harbour cycle tour"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("weak_parts"), ARTICLES)


def test_the_story_is_cut_into_overlapping_passages(index: Index) -> None:
    tour = next(info.id for info in index.articles.values() if info.path == "tour.txt")
    texts = [passage.text for passage in index.passages_of(tour)]
    assert any(OPENING in text and WINNERS in text for text in texts)
    assert any(WINNERS in text and START in text for text in texts)


def test_the_opening_is_shown_whole_beside_a_weak_part_of_its_neighbour(index: Index) -> None:
    ranked = search(index, QUESTION, 3)
    opening = [hit.passage.text for hit in ranked.hits if OPENING in hit.passage.text]
    assert opening
    assert WINNERS in opening[0]
