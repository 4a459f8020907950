"""A role asked with its owner that no sentence ties to anyone as asked ("what did velmar's
central bank governor say about the flood bill?"), held in the story the topic finds by the one
person it names beside a word of the role and of the owner ("bank governor Ada Moss"), the
owner written in full elsewhere in it. Through answer() and the console, on invented
articles."""

from __future__ import annotations

import io

import pytest

from qabot.console import run
from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "flood.txt": (
        "Velmar faces flood repair bill\n\n"
        "Velmar faces a bill of $2bn to repair the flood damage, its central bank says.\n\n"
        "The estimate is early, bank governor Ada Moss told reporters on Monday. "
        '"We will need help from abroad to pay for the repairs," said Ms Moss.\n\n'
        'Farmer Jon Pike said: "My fields are still under water."\n'
    ),
    "rates.txt": (
        "Ostland holds rates\n\n"
        "Ostland's central bank held its main rate on Thursday.\n\n"
        '"Prices are steady," said the bank\'s governor Piet Lund.\n'
    ),
    "panel.txt": (
        "Panel warns over jails\n\n"
        "The joint committee on prison reform has warned about crowded jails.\n\n"
        'Committee chairman Lena Hart said: "Our cells are full to bursting."\n\n'
        'Committee member Sam Dore added: "We need new places."\n\n'
        'Committee chairman Lena Hart said later: "Nothing has changed in a year."\n'
    ),
    "phones.txt": (
        "Pear phone sales rise\n\n"
        "Sales of Pear phones rose by a third. Ivo Lind, a research director at analyst "
        "Quantex, said that Pear had done well in Asia.\n"
    ),
    "clinic.txt": (
        "Clinic hours cut\n\n"
        "The Harlow clinic will shut at weekends, its board says.\n\n"
        'Board chairman Tim Rowe said: "We have too few nurses." Board director Kay Flint '
        'said: "Weekends will return in spring."\n'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("roles_held_in_the_story"), ARTICLES)


def test_the_story_names_the_holder_beside_part_of_the_role(index: Index) -> None:
    asked = "what did velmar's central bank governor say about the flood repair bill"
    result = answer(index, asked)
    assert result.speaker == "Ada Moss"
    assert result.quotes and "help from abroad" in result.quotes[0].quote.text
    shown = io.StringIO()
    run(lambda question: answer(index, question), io.StringIO(asked + "\n"), shown)
    # her words, not the farmer's (the passage of her quote below holds his words too)
    words = shown.getvalue().split("Passages:")[0]
    assert "Ada Moss" in words
    assert "Jon Pike" not in words


def test_an_owner_written_after_the_role_is_read_the_same(index: Index) -> None:
    result = answer(index, "what did the chairman of the prison reform committee say about jails")
    assert result.speaker == "Lena Hart"


def test_an_owner_the_story_never_writes_is_no_ones(index: Index) -> None:
    # the flood story writes no "Ostland": its bank governor is not Ostland's
    result = answer(index, "what did ostland's central bank governor say about the flood bill")
    assert result.speaker != "Ada Moss"


def test_two_people_beside_the_role_are_neither(index: Index) -> None:
    # "board chairman" and "board director" both stand for "the head of the board"
    result = answer(index, "what did the head of the harlow clinic board say about weekends")
    assert result.speaker not in {"Tim Rowe", "Kay Flint"}


def test_an_owner_in_the_words_quoted_is_no_owner_of_the_role(index: Index) -> None:
    # "Pear" is in what he said, his role is Quantex's
    result = answer(index, "what did the head of pear say about phone sales")
    assert result.speaker != "Ivo Lind"
