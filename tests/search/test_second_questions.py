"""Two questions sent as one message: the first is answered and the lead names the second,
never searched as the first's topic."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.search import answer
from qabot.search.second_questions import SecondQuestion, second_question
from tests.support.indexes import index_of

_ARTICLES = {
    "ferry.txt": (
        "Ferry strike\n\n"
        '"The crews deserve a fair wage," said union leader Mira Holt.\n\n'
        '"The timetable will be back next week," said harbour master Owen Pryce.\n'
    ),
}


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("What did Holt say? What did Pryce say?", "What did Holt say?", "What did Pryce say?"),
        ("who said it?who paid", "who said it?", "who paid"),
        ("How did it end?!  Why  did it?", "How did it end?", "Why did it?"),
    ],
)
def test_a_second_question_after_a_question_mark_is_split_off(
    question: str, first: str, second: str
) -> None:
    assert second_question(question) == SecondQuestion(first, second)


@pytest.mark.parametrize(
    "question",
    [
        "What did Holt say?",
        "what did holt say about pay?????",
        "Really? What did Holt say?",  # the first is no question of its own
        "Who said it? Holt?",  # the second names an answer, not a question
        "the ferry strike. what did its union say",  # a story told before the question
        "what did holt say about pay? and pryce?",
    ],
)
def test_one_question_is_not_split(question: str) -> None:
    assert second_question(question) is None


def test_the_first_is_answered_and_the_lead_names_the_second(tmp_path: Path) -> None:
    index = index_of(tmp_path, _ARTICLES)
    result = answer(index, "What did Holt say about the wage?  What did Pryce say?")
    alone = answer(index, "What did Holt say about the wage?")
    assert result.lead == f"One question at a time: ask “What did Pryce say?” next. {alone.lead}"
    assert result.speaker == alone.speaker == "Mira Holt", result.lead
    assert [quote.quote.text for quote in result.quotes] == [
        quote.quote.text for quote in alone.quotes
    ]
    assert result.question == "What did Holt say about the wage? What did Pryce say?"


_PIECES = st.sampled_from(["what ", "who ", "did ", "x ", "?", "!", " ", "“"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_parts_are_words_of_the_question(question: str) -> None:
    split = second_question(question)
    if split is not None:
        assert split.first.endswith("?") and split.second
        assert " ".join(question.split()).startswith(split.first)
