"""Everyday words typed short ("man utd", "which uni", "new hq") are also asked written out,
which the stories write. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Answer, answer
from qabot.search.abbreviated_words import (
    abbreviation_forms,
    in_words_written_out,
    written_out_answer,
)
from qabot.search.initialism_forms import Form
from tests.support.indexes import index_of

ARTICLES = {
    "match.txt": "Derby result\n\nHarbour United beat Kestel Rovers 2-0 at the quay ground on "
    "Saturday, a late header settling it.\n",
    "quiz.txt": "Supporters' night\n\nThe Kestel Utd supporters club held its quiz night, and "
    "the Utd fans raised money for the quay lifeboat.\n",
    "robots.txt": "Robot manners\n\nRobots are learning manners. A team at the University of "
    "Orvale is finding out how robot helpers should greet visitors.\n",
    "offices.txt": "New offices\n\nThe Green party moved to new headquarters on Quay Street, two "
    "doors from the Farmers party headquarters.\n",
    "fund.txt": "Farm fund\n\nMinisters had hoped to get 900 crowns a farm from the European "
    "Union vet fund, but got 349 crowns.\n",
    "rules.txt": "Trade rules\n\nThe European Union (EU) agreed new trade rules for the harbour. "
    "The EU rules start in May.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def test_each_short_form_typed_is_read_with_its_word_written_out() -> None:
    assert abbreviation_forms("the green party's new hq and the farmers' hq") == [
        Form("hq", "headquarters"),
        Form("hq", "headquarters"),
    ]
    assert abbreviation_forms("Man Utd's result") == [Form("Utd", "united")]
    assert abbreviation_forms("harbour united result") == []


def test_a_word_typed_short_is_answered_by_the_passage_writing_it_out(index: Index) -> None:
    # "Kestel Utd" weighs "utd" much: the match report writes "Harbour United"
    result = answer(index, "harbour utd result against kestel rovers")
    assert result.found
    assert result.passages[0].article.path == "match.txt"
    assert result.lead.endswith("(“utd” as “united”):")


def test_a_refusal_is_asked_again_with_the_words_written_out(index: Index) -> None:
    question = "what's between the green party's new hq and the farmers party hq"
    refused = Answer(question, False, "Nothing in the articles answers it.")
    taken = in_words_written_out(
        question, abbreviation_forms(question), refused, lambda words: answer(index, words)
    )
    assert taken is not None and taken.found and taken.question == question
    assert taken.passages[0].article.path == "offices.txt"
    assert taken.lead.count("(“hq” as “headquarters”)") == 1  # once, though typed twice


def test_the_words_written_out_are_taken_only_when_the_passage_writes_them(
    index: Index,
) -> None:
    question = "which uni runs the quiz night"
    refused = Answer(question, False, "Nothing in the articles answers it.")
    ask = lambda words: answer(index, words)  # noqa: E731
    assert in_words_written_out(question, abbreviation_forms(question), refused, ask) is None


def test_a_first_passage_writing_the_short_form_stands(index: Index) -> None:
    # the supporters' night writes "Utd": the question as typed is answered
    result = answer(index, "kestel utd supporters quiz night")
    assert result.passages[0].article.path == "quiz.txt"
    assert "as “united”" not in result.lead


def test_initials_are_written_out_only_after_a_refusal_for_words_the_passages_lack(
    index: Index,
) -> None:
    question = "how much did farms hope to get from the eu vet fund"
    lacking = Answer(
        question,
        False,
        "Nothing in the articles answers it: the best passages have “vet” but not “eu”.",
    )
    taken = written_out_answer(index, question, lacking, lambda words: answer(index, words))
    assert taken is not None
    assert taken.answer.passages[0].article.path == "fund.txt"
    assert taken.answer.lead.endswith("(“eu” as “European Union”):")
    # a refusal for what the passages do not tell stands: the initials are no part of it
    untold = Answer(question, False, "None of the passages that best match it gives a date.")
    assert written_out_answer(index, question, untold, lambda words: answer(index, words)) is None
