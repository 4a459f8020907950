""" "When ...?" about a person's life is answered by an age ("at age 18") as well as a date;
a passage giving neither is no answer. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "trust.txt": "Saving for children\n\nMoney put into a bare trust belongs to the child, "
    "and children gain full control of the trust money at age 18.\n",
    "pension.txt": "Pension pots\n\nSavers gain control of their pension pots under new "
    "rules, but the rules say little about tax.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes after a long winter "
    "of delays.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("when_ages"), ARTICLES)


def test_when_is_answered_by_an_age(index: Index) -> None:
    result = answer(index, "when do children gain control of trust money")
    assert result.found and "at age 18" in result.passages[0].passage.text


def test_when_with_neither_date_nor_age_finds_nothing(index: Index) -> None:
    result = answer(index, "when do savers gain control of their pension pots")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a date.")
