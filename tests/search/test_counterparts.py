"""A role an article gives someone only by naming whose counterpart they are ("Dale boss Ivo
Brandt ... Brandt's Rovers counterpart Gus Penrose"): asked as the owner's role ("rovers'
manager"), it is that person's, the role being the other's. Short invented articles, asked
through `answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "cup.txt": """Dale frustrated after cup defeat

Dale manager Ivo Brandt said his side had thrown away the tie after the 3-1 defeat against
Harbour Rovers.

"We gave away three soft goals and the players know it," Brandt said.

But Brandt's Rovers counterpart Gus Penrose was not celebrating either. He said: "We should
have scored five. The second leg will be much harder than tonight."
""",
    "league.txt": """Dale held at home

Dale boss Ivo Brandt said: "A draw is a fair result after a long week."
""",
    "derby.txt": """Derby ends level

Rovers midfielder Tam Orr said: "The fans deserved a winner tonight."
""",
}


@pytest.fixture(scope="module")
def cup_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("cup"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did the rovers manager say after the cup win",
        "what did the harbour rovers coach say about the second leg",
    ],
)
def test_a_counterpart_holds_the_others_role_for_the_owner_asked(
    cup_index: Index, question: str
) -> None:
    reply = answer(cup_index, question, top=5)
    assert reply.speaker == "Gus Penrose"
    assert any("second leg" in hit.quote.text for hit in reply.quotes)


def test_a_counterpart_is_no_holder_for_another_owner(cup_index: Index) -> None:
    # Penrose is Rovers' counterpart of the Dale manager, not a manager of any other club
    reply = answer(cup_index, "what did the city manager say after the cup win", top=5)
    assert reply.speaker != "Gus Penrose"


@pytest.mark.parametrize(
    "question", ["what did the rovers' boss say", "what did the rovers’ boss say"]
)
def test_an_owner_written_as_a_plural_possessive_is_still_the_owner(
    cup_index: Index, question: str
) -> None:
    # "rovers'" is Rovers: not any boss at all (the Dale boss is quoted most)
    assert answer(cup_index, question).speaker == "Gus Penrose"
