"""A body's name typed with a slip after "the" is that body, read as a misspelt name, not the
people its other words are roles of."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("films"),
        {
            "list.txt": "Best films listed\n\n"
            '"These are the films that shaped a century," the Northern Film Institute said '
            "of its list of one hundred films.\n",
            "critic.txt": "Critic on the list\n\n"
            '"The list forgets every northern comedy," said film critic Ada Vale, a northern '
            "writer.\n",
            "director.txt": "Director honoured\n\n"
            '"I owe it all to my crew," said film director Bo Lind at the ceremony.\n',
            "snow.txt": "Snow expected\n\nSnow is expected across the north tonight.\n",
        },
    )


@pytest.mark.parametrize(
    "question",
    [
        "what did the northern film institue say",
        "what did the northen film institute say about the list",
    ],
)
def test_a_slip_in_a_body_s_name_is_the_body(films: Index, question: str) -> None:
    # "the american film institue" asked which of two film people given "American" was meant
    result = answer(films, question)
    assert result.speaker == "Northern Film Institute", result.lead
    assert "read as Northern Film Institute" in result.lead
    assert all(hit.quote.speaker not in {"Ada Vale", "Bo Lind"} for hit in result.quotes)


def test_the_name_written_right_and_roles_are_as_before(films: Index) -> None:
    assert answer(films, "what did the northern film institute say").speaker == (
        "Northern Film Institute"
    )
    assert answer(films, "what did the film director say").speaker == "Bo Lind"
