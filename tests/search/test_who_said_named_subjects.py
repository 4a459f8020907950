"""'Who said ...?': a person the question names, even by surname alone, is what the words were
about, not who said them ("which Spaniard called beating Moya his best win?")."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "chess.txt": """Young Dane stuns champion Ostrander in Riga

Mikkel Havgaard beat the world number one Viktor Ostrander in the quarter-finals in Riga.

"I played badly and he deserved the win. It was the best chess of his life, and my worst day
in years," said Ostrander.

"Ostrander is one of the greatest players ever. This is the biggest win of my career," said
Havgaard, who is 19.

"We have never had a crowd like this in the hall," said organiser Ilze Kalnina.
""",
    "draughts.txt": """Draughts club opens in Tallinn

A draughts club opened in Tallinn on Sunday with forty members and two tables.
""",
    "tennis.txt": """Rain stops play in Vilnius

Rain stopped the tennis in Vilnius for the second day, and the final moves to Monday.
""",
}


@pytest.fixture(scope="module")
def chess_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("named"), ARTICLES)


def test_a_person_named_by_surname_is_not_who_said_it(chess_index: Index) -> None:
    result = answer(chess_index, "which dane called beating ostrander the best win of his life?")
    assert result.quotes
    assert result.quotes[0].speaker == "Mikkel Havgaard"


def test_the_speaker_named_in_another_story_still_answers(chess_index: Index) -> None:
    result = answer(chess_index, "who said the hall had never had a crowd like this?")
    assert result.quotes
    assert result.quotes[0].speaker == "Ilze Kalnina"
