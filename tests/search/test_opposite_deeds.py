"""A "why" question takes what it asks about as told: passages telling the opposite ("a rise in
profits" for "why did profits fall") answer nothing. Through answer(), on short invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "orla.txt": "Orla Mills results\n\nOrla Mills reported a 20% rise in profits for the year, "
    "helped by strong sales of wool.\n",
    "kelso.txt": "Kelso Mills results\n\nKelso Mills profits fell by 5% after a poor year for "
    "its cotton sales.\n",
    "brant.txt": "Brant rebuffed\n\nThe Velm board rejected the Brant Group's bid for the "
    "harbour, saying it undervalued the port.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday, and fares "
    "will fall.\n",
    "rovers.txt": "Rovers pay row\n\nVelm Rovers say they will not pay their striker more "
    "after losing the cup final.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("opposites"), ARTICLES)


@pytest.mark.parametrize(
    "question", ["why did orla mills' profits fall", "why did orla's profits fall"]
)
def test_a_why_question_over_its_opposite_is_no_answer(index: Index, question: str) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead.endswith(
        "the best passages tell no “fall” but “rise” (“Orla Mills reported a 20% rise in "
        "profits for the year, helped by strong sales of wool.”)."
    )


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("why did kelso mills profits fall", "profits fell by 5%"),
        # "won't" is no "won": the question asks of losing nothing
        ("why won't velm rovers pay their striker more", "will not pay their striker"),
        # a figure asked, not a reason: the story of a rise may give it
        ("how much did orla mills profits fall", "20% rise"),
    ],
)
def test_a_deed_told_as_asked_or_a_question_not_asking_why_is_answered(
    index: Index, question: str, given: str
) -> None:
    result = answer(index, question)
    assert result.found and given in result.passages[0].passage.text
