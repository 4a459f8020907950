"""A question typed with capitals is held to what it asks of its subject no more strictly than
the same question typed in lower case, when the lower-case reading finds the same person
("Maria Delacroix engagement news" over a story that she is to marry): the capitals told
nothing new of whom it is about. A name only the capitals tell ("Olwen Tarrant", quoted,
is firm either way) keeps the refusal. Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "singer.txt": (
        "Singer to wed\n\n"
        "Pop singer Maria Delacroix is to marry record producer Tomas Brandt, her agent has "
        "confirmed. The couple met on a video shoot two years ago."
    ),
    "rovers.txt": (
        "Rovers coach under pressure\n\n"
        "Harbour Rovers coach Olwen Tarrant faces questions from the board after a third "
        "defeat in a row. Tarrant said the squad was tired after a long winter."
    ),
    "society.txt": (
        "A harbour wedding\n\n"
        "The wedding of the harbour master drew crowds to the quay on Sunday, with a brass "
        "band playing until dusk."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        "herring, traders said. They praised the council's engagement with the harbour."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("capitalised_refusals")), ARTICLES)


@pytest.mark.parametrize(
    "question", ["Maria Delacroix engagement news", "maria delacroix engagement news"]
)
def test_a_person_typed_with_capitals_is_answered_as_in_lower_case(
    index: Index, question: str
) -> None:
    # before: capitalised, 'no sentence about “Maria Delacroix” has “engagement”'
    result = answer(index, question)
    assert result.found
    assert result.passages[0].article.path == "singer.txt"


def test_a_quoted_person_asked_of_a_thing_never_reported_is_still_no_answer(
    index: Index,
) -> None:
    result = answer(index, "Olwen Tarrant wedding")
    assert not result.found
    assert result.lead.endswith(" has “wedding”.")
