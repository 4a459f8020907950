"""A name's word typed as a contraction ("Utd": a few letters, no vowel after the first) is
also the word written out with its letters in order ("United"), as a name writes it: "Man Utd"
is "Manchester United". Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.name_patterns import contraction, name_phrase
from tests.support.indexes import index_of

ARTICLES = {
    "united.txt": (
        "Rovers held at Portmore\n\n"
        "Portmore United held the leaders Dunmore Rovers to a goalless draw on Saturday, with "
        "their striker Kell missing the game through a hamstring injury."
    ),
    "fixtures.txt": (
        "Cup fixtures\n\n"
        "Portmore Utd v Dunmore Rovers\n\nHarbour Athletic v Town\n\nWanderers v Albion"
    ),
    "port.txt": (
        "Port to expand\n\n"
        "The port will take bigger ships from next year, and Kell, its harbour master, said "
        "the game had changed for the town's docks."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("contracted_names")), ARTICLES)


def test_a_contracted_word_of_a_name_is_the_word_written_out() -> None:
    pattern = name_phrase(["Portmore", "Utd"])
    assert pattern.search("Portmore United held")
    assert pattern.search("Portmore Utd v Rovers")
    assert not pattern.search("portmore unsettled")  # written out, a name has its capital
    assert contraction("Utd") and contraction("Intl")
    assert not contraction("Man") and not contraction("Co")


def test_answer_finds_a_name_typed_with_a_contraction_written_out(index: Index) -> None:
    result = answer(index, "why did Kell miss the Portmore Utd game")
    assert result.found
    assert result.passages[0].article.path == "united.txt"
