"""A speaker described through a pronoun ("what did his spokesman say?"): the person the
conversation is about owns the role; with nobody talked about, the question names no one.
Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from qabot.search.pronoun_owners import owned_by_pronoun, referred
from tests.support.indexes import index_of

ARTICLES = {
    "port.txt": "Port strike\n\nDockers walked out at Port Elms. "
    '"We will not back down," said union leader Ada Vale.\n\n'
    'A spokesman for Ada Vale said: "She will meet the owners on Friday."\n\n'
    'His spokesman said: "The minister is on holiday."\n',
    "mill.txt": "Mill sold\n\nThe old mill was sold. "
    '"It is a fair price," said mill chairman Olaf Brandt.\n',
    "farm.txt": 'Farm fair\n\nThe fair drew crowds. "A record year," said organiser Tom Hale.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("pronoun-owners"), ARTICLES)


def test_the_role_is_read_with_its_owner() -> None:
    assert owned_by_pronoun("his spokesman") == "spokesman"
    assert owned_by_pronoun("the spokesman") is None
    assert referred("her lawyer", "Ada Vale") == "Ada Vale's lawyer"
    assert referred("her lawyer", None) is None


def test_with_no_one_talked_about_the_pronoun_names_no_one(index: Index) -> None:
    result = answer(index, "what did his spokesman say?")
    assert not result.found and not result.quotes and result.speaker is None
    assert result.lead.startswith("Who do you mean?")


def test_after_a_question_on_someone_the_pronoun_is_that_person(index: Index) -> None:
    chat = Conversation()
    assert answer(index, "what did Ada Vale say?", conversation=chat).speaker == "Ada Vale"
    result = answer(index, "what did her spokesman say?", conversation=chat)
    # her spokesman's words are hers (the directory keeps them under her name): never those
    # of the story's "His spokesman", whoever he speaks for
    assert result.quotes and "Ada Vale" in (result.speaker or "")
    assert not any("holiday" in hit.quote.text for hit in result.quotes)


def test_a_pronoun_owned_role_with_a_name_after_it_is_that_person(index: Index) -> None:
    # "its organiser Tom Hale": the name says who, whoever "its" stands for
    result = answer(index, "what did its organiser Tom Hale say?")
    assert result.speaker == "Tom Hale"
    assert result.quotes and result.quotes[0].quote.text.startswith("A record year")


def test_after_someone_s_spokesman_the_pronoun_is_the_owner() -> None:
    # "what about her spokesman?" after "Ada Vale's official spokesman" had asked for
    # "Ada Vale's official spokesman's spokesman"
    assert referred("her spokesman", "Ada Vale's official spokesman") == "Ada Vale's spokesman"
    assert referred("his lawyer", "the Mill Trust's spokesman") == "the Mill Trust's lawyer"
