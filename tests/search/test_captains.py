"""A team's captain is its skipper: readers ask by one word where the articles write the
other."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": """Rovers reach the cup final

"We played for the town today," Rovers captain Mo Tarrant said after the semi-final.
""",
    "regatta.txt": """Rowing club wins regatta

"The crew never stopped pulling," said club skipper Lise Ahn after the regatta.
""",
    "ferry.txt": """Ferry timetable changes

"Crossings will start an hour earlier," said harbour master Piet Onk.
""",
}


@pytest.fixture(scope="module")
def teams(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("captains"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the Rovers skipper say after the semi-final?", "Mo Tarrant"),
        ("what did the rowing club captain say?", "Lise Ahn"),
    ],
)
def test_a_skipper_asked_is_the_captain_written_and_back(
    teams: Index, question: str, speaker: str
) -> None:
    result = answer(teams, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].speaker == speaker
