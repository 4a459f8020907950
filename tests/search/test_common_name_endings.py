"""A capitalised word that closes many names ("Cup": the World Cup, the Davis Cup, the League
Cup) typed after a word in lower case that the articles write with it as a name ("league Cup")
is read as that name; a word closing one name only ("Falcons") stays a name by itself, so
"Newcastle ... the Falcons" still answers "newcastle Falcons". Through answer(), on short
invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "league.txt": (
        "Rovers lift the League Cup\n\n"
        "Tom Hale put Rovers ahead after two minutes of the League Cup final, and they beat "
        "Town 2-1 at the national stadium on Sunday."
    ),
    "davis.txt": (
        "Davis Cup final set for Madrid\n\n"
        "The Davis Cup final will be played in Madrid, where the hosts scored first in the draw "
        "for the order of play."
    ),
    "world.txt": (
        "World Cup final tickets go on sale\n\n"
        "The first tickets for the World Cup final scored record sales, the organisers said."
    ),
    "falcons.txt": (
        "Falcons beat Gloucester\n\n"
        "Newcastle beat Gloucester 20-10 at Kingston Park on Saturday. The Falcons scored three "
        "tries in the second half."
    ),
    "winger.txt": (
        "Winger joins the Falcons\n\n"
        "Newcastle Falcons have signed the winger Sam Ode from a French club for two seasons."
    ),
    "harbour.txt": (
        "Harbour wall finished\n\n"
        "The new harbour wall was finished on Friday, a month early, the council said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("name_endings")), ARTICLES)


def test_answer_reads_a_lower_case_word_before_a_common_name_ending_as_the_name(
    index: Index,
) -> None:
    result = answer(index, "who scored first in the league Cup final")
    assert result.found
    assert result.passages[0].article.title == "Rovers lift the League Cup"


def test_answer_keeps_a_name_ending_one_name_only_as_a_name_by_itself(index: Index) -> None:
    result = answer(index, "newcastle Falcons v gloucester score")
    assert result.found
    assert result.passages[0].article.title == "Falcons beat Gloucester"
