"""A speech answer whose passages below would repeat only its quotes gives the passages the
quotes were taken from, so its passages are never empty when its quotes answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.conversation import Conversation
from tests.support.indexes import folder_options, index_of
from tests.support.processes import qabot

ARTICLES = {
    "plans.txt": "Vale attacks tax plans\n\nFinance minister Ada Vale has attacked the tax "
    'plans of the opposition, calling them "a reckless gamble".\n',
    "rates.txt": "Rates expected to rise\n\n"
    '"Prices are moving higher," said Ben Orr, an economist at Lark Bank.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("quote_passages"), ARTICLES)


def test_what_x_called_something_gives_the_passage_holding_the_quote(index: Index) -> None:
    result = answer(index, "what did ada vale call the tax plans")
    assert result.found and result.quotes and result.quotes[0].speaker == "Ada Vale"
    assert [hit.article.path for hit in result.passages] == ["plans.txt"]
    assert "a reckless gamble" in result.passages[0].passage.text
    assert result.passages[0].highlight in result.passages[0].passage.text


def test_which_person_said_gives_the_passage_naming_them(index: Index) -> None:
    result = answer(index, "which economist said prices are moving higher")
    assert result.quotes and result.quotes[0].speaker == "Ben Orr"
    assert [hit.article.path for hit in result.passages] == ["rates.txt"]
    assert "Ben Orr, an economist at Lark Bank" in result.passages[0].passage.text


def test_all_a_person_said_is_their_words_alone(index: Index) -> None:
    # no topic asked: the passage would only repeat the words shown above it
    result = answer(index, "what did ada vale say")
    assert result.quotes and not result.passages


def test_an_ordinary_question_is_not_given_quote_passages(index: Index) -> None:
    result = answer(index, "tax plans reckless gamble")
    assert not result.quotes
    assert [hit.article.path for hit in result.passages] == ["plans.txt"]


@pytest.mark.e2e
def test_the_command_line_json_lists_the_passage_of_the_quote(
    index: Index, tmp_path: Path
) -> None:
    question = "what did ada vale call the tax plans"
    result = qabot("ask", "--json", question, *folder_options(index), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["quotes"] and shown["passages"]
    assert shown["passages"][0]["article"]["path"] == "plans.txt"


def test_more_of_their_words_gives_no_passages_again(index: Index) -> None:
    chat = Conversation()
    first = answer(index, "what did ada vale say about the tax plans", conversation=chat)
    assert first.passages
    more = answer(index, "what else did she say", conversation=chat)
    assert not more.passages
