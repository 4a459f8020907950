"""A country asked by its everyday name ("America") is also the short name the stories write
for it ("the US"): when the first answer refuses or its best sentence writes no short name,
the answer found for the short name is shown if its best sentence writes it, and the lead says
so. Only a name standing alone for the country counts ("Latin America" does not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.country_names import country_forms
from tests.support.indexes import index_of

# our own: a film topping the US chart, and a coach talking of America
ARTICLES = {
    "chart.txt": (
        "Cartoon tops chart\n\n"
        "Animated film Copper Gears has opened at the top of the US box office chart, taking "
        "$20m in its first weekend."
    ),
    "coach.txt": (
        "Coach talks straight\n\n"
        "The coach said his straight talking had made him few friends among officials back in "
        "America, where he coached for ten years and went straight to the top."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("countries")), ARTICLES)


def test_america_is_asked_as_the_us_the_stories_write(index: Index) -> None:
    result = answer(index, "did copper gears go straight to the top in america")
    assert result.found
    assert "top of the US box office chart" in result.passages[0].passage.text
    assert result.lead.endswith("(“america” as “US”):")


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        ("when will china have more users than america", ["america"]),
        ("is America's economy growing", ["America"]),
        ("growth in latin america", []),
        ("bank of america lawsuit", []),
        ("america online profits", []),
    ],
)
def test_only_a_name_standing_alone_for_the_country_is_read_as_it(
    question: str, typed: list[str]
) -> None:
    assert [form.typed for form in country_forms(question)] == typed
