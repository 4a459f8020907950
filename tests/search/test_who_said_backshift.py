"""'Who said the strike will end by Friday?': a report of the words writes "would", which the
question's "will" (a stop word) is looked for as, and "could" for "can"."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.who_said_written import reported_modals
from tests.support.indexes import index_of

ARTICLES = {
    "strike.txt": """Dock strike talks go on

Union leader Marta Kessel told members the dock strike would end within a week. "We have the
owners' word and the members' patience," she said.

Harbour manager Tom Ridley said the strike had cost the port trade. "The dock talks end within
a week, whatever happens to the strike," he said.
""",
}


@pytest.fixture(scope="module")
def strike_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("backshift"), ARTICLES)


@pytest.mark.parametrize(
    ("topic", "terms", "expected"),
    [
        ("the strike will end within a week", (), ("would",)),
        ("they'll end the strike", (), ("would",)),
        ("the union can't win and owners can wait", (), ("could",)),
        ("the union cannot win", ("cannot",), ("could",)),
        ("it will end but can drag on", (), ("could", "would")),
        ("it would end", ("would",), ()),  # asked already
        ("the strike is over", (), ()),
        ("you need a stubborn will to win", (), ()),  # the noun
        ("the will of the members and a can of worms", (), ()),
    ],
)
def test_reported_modals_backshift_will_and_can(
    topic: str, terms: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert reported_modals(topic, terms) == expected


def test_will_asked_finds_would_reported(strike_index: Index) -> None:
    # Ridley's own words hold the rest of the question too: the report's "would" tells them
    result = answer(strike_index, "who said the dock strike will end within a week?")
    assert result.quotes
    assert result.quotes[0].speaker == "Marta Kessel"
