"""A role asked about a topic its likeliest holder never spoke of: the holder who did is the
one likely meant, the others named and the answer said to be a guess; with none who did, the
answer stays the likeliest holder's. Through answer(); invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.other_holders import other_holders
from qabot.text import tokenize
from tests.support.indexes import filler_notes, index_of

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


CREWS = {
    "hunt.txt": "Hunt meets on the moor\n\nThe Vale hunt met on Saturday morning. "
    '"The hounds ran well all day," said Captain Rolf Danner, the hunt master.\n\n'
    "Captain Rolf Danner said the season had been long and the moor was dry.\n",
    "crossing.txt": "Gale holds up crossing\n\nPassengers slept at the harbour overnight. "
    'The captain said "the ferry will sail at dawn" once the wind dropped.\n',
    **filler_notes(6),
}


@pytest.fixture(scope="module")
def crews(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("crews"), CREWS)


def test_a_holder_left_unnamed_answers_for_the_role_on_their_topic(crews: Index) -> None:
    result = answer(crews, "what did the captain say about the ferry?")
    assert result.found
    assert result.speaker == "the captain"
    assert [hit.quote.text for hit in result.quotes] == ["the ferry will sail at dawn"]
    # never "Rolf Danner said nothing about the ferry" while the role's words speak of it
    assert result.lead == (
        "Quoted unnamed as “the captain” (Rolf Danner is also called so). "
        "What the captain said about the ferry:"
    )


def test_the_named_holder_keeps_the_role_on_their_own_topic(crews: Index) -> None:
    result = answer(crews, "what did the captain say about the hounds?")
    assert result.speaker == "Rolf Danner"
    assert result.lead == "What Rolf Danner said about the hounds:"


def test_the_unnamed_holder_is_another_holder_only_on_their_topic(crews: Index) -> None:
    assert other_holders(crews, "the captain", ("Rolf Danner",), ("ferri",)) == ("the captain",)
    assert other_holders(crews, "the captain", ("Rolf Danner",), ("moor",)) == ()
