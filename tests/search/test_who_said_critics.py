"""'Who criticised Varna Air for moving jobs abroad?': the airline's own chief, quoted defending
the move with more of the question's words, is the one criticised, not the critic; a question
that criticises no one, or blames a thing, weighs no one down."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.criticised_names import criticised_names
from tests.support.indexes import index_of

ARTICLES = {
    "jobs.txt": "Varna Air to move jobs abroad\n\n"
    "The airline Varna Air is to move 400 cabin crew jobs abroad, despite record profits. "
    '"Moving these jobs abroad is the only way to keep our costs down while profits are '
    'high," said Varna Air chief executive Tomas Ruiz. '
    'Union secretary Ada Vale said: "It is a disgrace to send jobs overseas when the '
    'airline is making record profits."\n',
    "fares.txt": "Varna Air fares\n\nIn spring Varna Air cut its fares. "
    "Since May Varna Air flies to twelve cities.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def jobs_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("jobs"), ARTICLES)


def test_one_of_the_body_criticised_is_not_its_critic(jobs_index: Index) -> None:
    result = answer(
        jobs_index, "who criticised varna air for moving jobs abroad with record profits"
    )
    assert [hit.speaker for hit in result.quotes][:1] == ["Ada Vale"]


def test_without_criticism_the_body_s_own_chief_still_answers(jobs_index: Index) -> None:
    result = answer(jobs_index, "who said moving jobs abroad keeps costs down")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tomas Ruiz"]


@pytest.mark.parametrize(
    ("verb", "topic", "names"),
    [
        ("criticised", "varna air for moving jobs abroad", {"varna", "air"}),
        ("accused", "Varna Air of greed", {"varna", "air"}),
        ("attack", "varna air over the jobs", {"varna", "air"}),  # "hit out at"
        ("blasted", "Varna Air over its profits", {"varna", "air"}),
        ("said", "varna air was moving jobs abroad", set()),  # no criticism
        ("blamed", "Varna Air's profits for the move", set()),  # a cause, not an opponent
        ("criticised", "the move to send jobs abroad", set()),  # no name criticised
    ],
)
def test_only_a_name_a_verb_of_criticism_takes_as_object_is_criticised(
    jobs_index: Index, verb: str, topic: str, names: set[str]
) -> None:
    assert criticised_names(jobs_index, verb, topic) == names
