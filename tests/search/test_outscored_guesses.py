"""Words typed in lower case that some passages write as a name ("harbour cup": "Harbour
Cup") are a guess: dropped when a passage holding them apart scores well above the best one
writing them as the name."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": (
        "Harbour win\n\n"
        "Kell scored two goals as Harbour won the cup final against Dunmore on Saturday.\n"
    ),
    "draw.txt": "Draw made\n\nThe Harbour Cup draw was made on Monday at the town hall.\n",
    "tickets.txt": "Tickets\n\nHarbour Cup tickets go on sale next week, the organisers said.\n",
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
    "mill.txt": "Mill\n\nThe old water mill on the river reopened as a museum of flour making.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("outscored_guesses"), ARTICLES)


def test_a_guessed_name_outscored_by_its_words_apart_is_dropped(index: Index) -> None:
    # before: only passages writing "Harbour Cup" could answer, and none held the rest
    result = answer(index, "kell goals harbour cup final")
    assert result.found
    assert result.passages[0].article.path == "final.txt"


def test_a_guessed_name_the_best_passage_writes_still_holds(index: Index) -> None:
    result = answer(index, "harbour cup tickets")
    assert [hit.article.path for hit in result.passages] == ["tickets.txt"]
