"""A question sent inside quotation marks is asked as its inside; a quoted phrase to find and
a question with words outside its quotation stay as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.search import answer
from qabot.search.quoted_questions import unquoted_question
from tests.support.indexes import index_of


@pytest.mark.parametrize(
    ("question", "inside"),
    [
        ('"What did Holt say?"', "What did Holt say?"),
        ("“what did holt say about pay?” ", "what did holt say about pay?"),
        ("'What did Holt say?'", "What did Holt say?"),
        ("‘Who said it?’", "Who said it?"),
    ],
)
def test_a_question_inside_quotation_marks_is_asked_as_its_inside(
    question: str, inside: str
) -> None:
    assert unquoted_question(question) == inside


@pytest.mark.parametrize(
    "question",
    [
        '"a fair wage"',  # a phrase to find, no question
        '"What did Holt say?" asked the reporter',
        'Who said "a fair wage?"',
        '"What did Holt say?" "And Pryce?"',
        "'",
        "",
    ],
)
def test_other_quotation_marks_stay(question: str) -> None:
    assert unquoted_question(question) == question


@given(st.text(alphabet=st.sampled_from("ab ?\"“”'‘’"), max_size=12))
def test_the_result_is_the_question_or_a_part_of_it(question: str) -> None:
    assert unquoted_question(question) in question


def test_the_quoted_question_is_answered_as_if_typed_bare(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "ferry.txt": (
                'Ferry strike\n\n"The crews deserve a fair wage," said union leader Mira Holt.\n'
            )
        },
    )
    quoted = answer(index, "“What did Holt say?”")
    assert quoted.lead == answer(index, "What did Holt say?").lead == "What Mira Holt said:"
