"""A role asked about a topic its likeliest holder never spoke of: the holder who did is the
one likely meant, the others named and the answer said to be a guess; with none who did, the
answer stays the likeliest holder's. Through answer(); invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.other_holders import other_holders
from qabot.text import tokenize
from tests.support.indexes import index_of

WORDS = ("trained", "travelled", "recovered", "defended", "listened", "rested", "scored")
COACHES = {
    f"match{n}.txt": f"Rivertown result {n}\n\n"
    f'"We played with real heart in game {n}," said Rivertown coach Tom Brack.\n\n'
    f"Rivertown coach Tom Brack said the squad {word} well. The pitch at the ground was heavy.\n"
    for n, word in enumerate(WORDS)
}
COACHES["hillford.txt"] = (
    "Hillford frustrated\n\nHillford coach Ana Lind said the rain had ruined the game. "
    '"Nobody could pass the ball on that pitch," she said.\n'
)
COACHES["weather.txt"] = (
    "Storm floods grounds\n\nSeveral grounds were waterlogged after the storm, and groundsmen "
    "worked through the night.\n"
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("coaches"), COACHES)


def test_the_holder_who_spoke_on_the_topic_answers_for_the_role(index: Index) -> None:
    result = answer(index, "what did the coach say about the pitch")
    assert result.speaker == "Ana Lind"
    assert {hit.speaker for hit in result.quotes} == {"Ana Lind"}
    # a guess among the role's holders, said so: never one holder's words as sure
    assert result.lead == (
        "“the coach” may mean Ana Lind or Tom Brack; ask by full name. "
        "What Ana Lind said about the pitch:"
    )


def test_with_no_holder_on_the_topic_the_likeliest_holder_answers(index: Index) -> None:
    result = answer(index, "what did the coach say about the storm")
    assert result.speaker == "Tom Brack"
    assert result.lead.startswith("Tom Brack said nothing about the storm in the articles")
    assert not result.found


def test_the_likeliest_holder_on_the_topic_keeps_the_answer(index: Index) -> None:
    result = answer(index, "what did the coach say about heart")
    assert result.speaker == "Tom Brack"
    assert result.lead == "What Tom Brack said about heart:"


@pytest.mark.parametrize(
    ("phrase", "topic", "expected"),
    [
        ("the coach", "pitch", ("Ana Lind",)),
        ("the coach", "storm", ()),
        ("Ana Lind", "pitch", ()),  # a name is no role: no other holders
    ],
)
def test_other_holders_are_those_quoted_on_the_topic(
    index: Index, phrase: str, topic: str, expected: tuple[str, ...]
) -> None:
    assert other_holders(index, phrase, ("Tom Brack",), tuple(tokenize(topic))) == expected
