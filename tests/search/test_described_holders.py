"""A description quoted as it stands ("Ivo Kell's agent has confirmed ...") is the one its story
names with that role in the next sentence ("Tom Reed says ...", Reed given "agent" and no other
word), whatever the role's noun: not only a person's noun of the lexicon. Through answer()."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

_PLACES = "harbour river market ferry council school bridge garden tower station mill".split()
ARTICLES = {
    f"note{i:04}.txt": f"Note {i}\n\nThe {_PLACES[i % 11]} and the {_PLACES[i * 7 % 11]} were "
    f"busy on day {i}, officials said."
    for i in range(60)
}
ARTICLES |= {
    "move.txt": (
        "Kell wants talks\n\nIvo Kell's agent has confirmed that the winger wants talks with "
        "the manager.\n\nAgent Tom Reed says no offer has been made. "
        '"I know there is interest from a Spanish club, but he wants to stay," said Reed.\n'
    ),
    "goal.txt": ('Kell scores\n\nIvo Kell scored twice. "It was a great night," said Ivo Kell.\n'),
    "fees.txt": (
        "Fees rise\n\nAgent Tom Reed said fees for players would rise next year. "
        '"Fees only go up," said Tom Reed.\n'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("described-holders"), ARTICLES)


def test_a_described_role_is_the_one_its_story_names_with_it(index: Index) -> None:
    result = answer(index, "what did Ivo Kell's agent say about a spanish club?")
    assert result.speaker == "Tom Reed"
    assert "interest from a Spanish club" in result.quotes[0].quote.text
