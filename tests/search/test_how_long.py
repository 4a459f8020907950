"""Any "how long ...?" asks a length or a duration ("how long a ban did X get"), which "since"
and a time give too, and a length in matches told of the one asked ("a seven-match
suspension"). Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "ban.txt": "Carr faces ban\n\nThe league is certain to come down hard on Ned Carr after "
    "Ivo Pell was banned for 10 games.\n",
    "index.txt": "Velm index steady\n\nThe Velm index of factory output has now been above "
    "50 since June 2003.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday after a "
    "long winter.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
    "kell.txt": "Kell suspended\n\nMidfielder Brodie Kell, sent off against Orvale, was handed "
    "a seven-match suspension by the league on Tuesday.\n",
    # a spell told beside the name alone: of the diet, not of losing the weight
    "diet.txt": "Soup film honoured\n\nThe film followed Ilsa Marten as she lived on nothing but "
    "soup for a month. It showed her weight loss and its effects on her health.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("how_long"), ARTICLES)


def test_how_long_a_ban_not_given_finds_nothing(index: Index) -> None:
    result = answer(index, "how long a ban did the league give ned carr")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a length or a duration.")


def test_how_long_something_has_been_is_answered_by_since(index: Index) -> None:
    result = answer(index, "how long has the velm index been above 50")
    assert result.found and "since June 2003" in result.passages[0].passage.text


def test_how_long_a_ban_is_answered_by_a_length_in_matches(index: Index) -> None:
    result = answer(index, "how long a ban did brodie kell get")
    assert result.found and "seven-match suspension" in result.passages[0].passage.text


def test_a_spell_beside_the_name_alone_is_not_the_one_asked(index: Index) -> None:
    result = answer(index, "how long did it take ilsa marten to put the weight back on")
    assert not result.found
    assert result.lead.endswith("gives a length or a duration.")
