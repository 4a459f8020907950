"""A person asked for by their fame in a work ("the matrix star"): the one quoted in the story
the topic finds whom the articles describe by that work ("best known for his role in the
Matrix movies"), when no one is given the role with that owner."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "honour.txt": (
        "Penhale given a star on the Walk of Honour\n\n"
        "Actor Rufus Penhale, best known for his role in the Glimmer films, has been given a "
        "star on the Walk of Honour in Brantford.\n\n"
        '"When I was ten I asked my dad if acting was a real job," Penhale said at the '
        "unveiling.\n"
    ),
    "tour.txt": (
        "Pop star plans long tour\n\n"
        'Pop star Ada Lind said: "We will play forty nights and then rest."\n'
    ),
    "match.txt": (
        "Harwick win the derby\n\n"
        'Harwick star Tom Brede said: "The derby is the game we all wait for."\n'
    ),
}


@pytest.fixture(scope="module")
def stars(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("fame_roles"), ARTICLES)


def test_the_star_of_a_work_is_the_one_the_story_describes_by_it(stars: Index) -> None:
    result = answer(
        stars, "what did the glimmer star say when he got his star on the walk of honour"
    )
    assert result.speaker == "Rufus Penhale"
    assert "asked my dad" in result.quotes[0].quote.text


def test_a_work_no_one_quoted_is_described_by_finds_no_one(stars: Index) -> None:
    result = answer(stars, "what did the moonfall star say when he got his star on the walk")
    assert result.speaker is None
    assert not result.quotes
