""" "What did X die of?" asks a cause, which "has died aged 93" does not give. Through answer(),
on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "judge.txt": "Judge Harlow dies\n\nRetired judge Ned Harlow, who led the Velm inquiry, has "
    "died aged 93.\n",
    "singer.txt": "Singer remembered\n\nFans remember singer Ada Penrose. She was found in her "
    "flat and died from heart problems.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("cause_of_death"), ARTICLES)


def test_a_death_told_without_its_cause_does_not_answer(index: Index) -> None:
    result = answer(index, "what did ned harlow die of")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a cause of death.")


def test_a_cause_told_of_her_answers(index: Index) -> None:
    result = answer(index, "what did ada penrose die of")
    assert result.found and "died from heart problems" in result.passages[0].passage.text
