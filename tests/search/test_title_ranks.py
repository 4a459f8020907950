"""A plural group asked ("the associates", "the assistants", "the deputies") is not those the
articles give the word only as the rank of another title ("associate director", "assistant
coach", "Deputy Prime Minister"); one called so is."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.title_ranks import only_as_a_rank
from tests.support.indexes import index_of


@pytest.fixture(scope="module")
def trust(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("trust"),
        {
            "grants.txt": "Grants frozen\n\n"
            '"The grants are frozen for a year," said Fiona Dale, associate director of the '
            "Harbour Trust.\n",
            "tycoon.txt": "Tycoon's ally speaks\n\n"
            '"The charges against the tycoon are absurd," said Pavel Orlov, a close associate '
            "of the jailed tycoon.\n",
            "match.txt": "Cup tie postponed\n\n"
            '"The pitch was frozen solid," said assistant coach Bo Lind.\n\n'
            "The referee and his assistants inspected the pitch at noon.\n",
            "budget.txt": "Budget plans\n\n"
            '"The budget will balance," said Deputy Prime Minister Ada Vale.\n',
            "weather.txt": "Snow expected\n\nSnow is expected across the north tonight.\n",
        },
    )


def test_a_plural_group_is_not_a_title_with_its_word_for_a_rank(trust: Index) -> None:
    # "what did the associates say" answered an associate director's words among them
    result = answer(trust, "what did the associates say")
    speakers = {hit.quote.speaker for hit in result.quotes}
    assert "Fiona Dale" not in speakers, result.lead
    assert "Pavel Orlov" in speakers, result.lead


@pytest.mark.parametrize(
    ("question", "holder"),
    [("what did the assistants say", "Bo Lind"), ("what did the deputies say", "Ada Vale")],
)
def test_a_rank_before_a_title_answers_no_plural(trust: Index, question: str, holder: str) -> None:
    # Bo Lind's story says "his assistants" of someone else: only the sentences naming him count
    result = answer(trust, question)
    assert result.speaker != holder
    assert all(hit.quote.speaker != holder for hit in result.quotes), result.lead


def test_the_title_itself_and_a_singular_still_find_them(trust: Index) -> None:
    assert answer(trust, "what did the associate director say").speaker == "Fiona Dale"
    assert answer(trust, "what did the assistant coach say").speaker == "Bo Lind"
    assert answer(trust, "what did the deputy prime minister say").speaker == "Ada Vale"


@pytest.mark.parametrize(
    ("person", "noun", "expected"),
    [
        ("Fiona Dale", "associates", True),
        ("Pavel Orlov", "associates", False),
        ("Bo Lind", "assistants", True),
        ("Ada Vale", "deputies", True),
        ("Fiona Dale", "directors", False),  # the head of her title
        ("Fiona Dale", "associate", False),  # asked in the singular: not read here
    ],
)
def test_only_as_a_rank(trust: Index, person: str, noun: str, expected: bool) -> None:
    assert only_as_a_rank(trust, person, noun) is expected
