"""A role's owner typed in lower case is the owner the articles write with capitals: "the csb
governor" is the governor of "Coastal Savings Bank (CSB)", as "the CSB governor" is. Short
invented articles, asked through `answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "loans.txt": """Creditors warn Delta Loans

Creditors of Delta Loans have threatened to pull their money out of the troubled lender.

"We would seek strong sanctions against the Delta group if the lender collapsed," said Kim
Min-ho, governor of Coastal Savings Bank (CSB) - one of the lender's major creditors.

The CSB has lent more than any other bank to Delta Loans over the past year.
""",
    "budget.txt": """Bank rate held

The Coastal Savings Bank held its rate on Thursday.

"Prices are steady and the pound is strong," said Tom Reed, the bank's chief economist.
""",
}


@pytest.fixture(scope="module")
def bank_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("bank"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "What did the CSB governor threaten if Delta Loans collapsed?",
        "what did the csb governor threaten if delta loans collapsed?",
    ],
)
def test_an_acronym_typed_in_lower_case_is_the_body_it_stands_for(
    bank_index: Index, question: str
) -> None:
    reply = answer(bank_index, question, top=5)
    assert reply.speaker == "Kim Min-ho"
