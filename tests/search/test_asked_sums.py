"""A sum asked ("how much did X cost / pay / earn?") is answered by a passage holding a sum of
money or a share: a count of the things recalled, a size or a date is no cost."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

# our own articles: Tolvane's recall is counted in chargers and never costed; the Marrow Hall
# works and the Pellin ferry fares are given as sums and a share
ARTICLES = {
    "recall.txt": (
        "Tolvane recalls chargers\n\n"
        "Tolvane has said it will replace more than three million chargers for its Orbix "
        "lamps because of fire worries. The recall covers every Orbix lamp sold since 2019."
    ),
    "hall.txt": (
        "Marrow Hall reopens\n\n"
        "Marrow Hall reopened on Saturday after two years of building work. The renovation "
        "cost £4.2m, most of it raised by the town."
    ),
    "ferry.txt": (
        "Ferry fares rise\n\n"
        "Passengers on the Pellin ferry will pay 12% more for tickets from March, the "
        "operator said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("sums")), ARTICLES)


def test_a_count_of_the_things_recalled_tells_no_cost(index: Index) -> None:
    result = answer(index, "how much is the orbix charger recall costing tolvane")
    assert not result.found and not result.passages
    assert result.lead.startswith("None of the passages that best match")
    assert " gives a sum for “orbix”" in result.lead


def test_a_sum_answers_what_something_cost(index: Index) -> None:
    result = answer(index, "how much did the marrow hall renovation cost")
    assert result.found and "£4.2m" in result.passages[0].passage.text


def test_a_share_answers_how_much_more_is_paid(index: Index) -> None:
    result = answer(index, "how much more will pellin ferry passengers pay")
    assert result.found and "12% more" in result.passages[0].passage.text
