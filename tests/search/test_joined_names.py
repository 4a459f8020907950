"""A firm's name joined by "&" or "and" ("Scottish & Newcastle", written "Scottish and
Newcastle") is one name; "league and cup goals" is no League Cup."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.name_patterns import phrase
from tests.support.indexes import index_of

ARTICLES = {
    "brewer.txt": "Brewer buys into Velm\n\nThe brewer Harlow and Penrose is to buy 30% of Velm "
    "Breweries in a deal worth $10m.\n",
    "harlow.txt": "Harlow floods\n\nFloods closed roads in Harlow on Monday.\n",
    "penrose.txt": "Penrose signs\n\nStriker Ned Penrose signed for Dunmere.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("joined_names"), ARTICLES)


def test_a_firm_typed_with_an_ampersand_is_found_written_with_and(index: Index) -> None:
    result = answer(index, "how big a stake is Harlow & Penrose taking in Velm Breweries")
    assert result.found and "30% of Velm" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Scottish and Newcastle (S&N)", True),
        ("Scottish & Newcastle", True),
        ("200 league and cup goals", False),
    ],
)
def test_and_joins_the_words_of_a_name_only_before_a_capital(text: str, joined: bool) -> None:
    words = ["scottish", "newcastle"] if "cup" not in text else ["league", "cup"]
    assert bool(phrase(words).search(text)) is joined
