"""A description the articles quote as it stands ("The Seasiders boss vowed ...") asked about
is the person its article names beside it, whose own words answer, through answer(); invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "row.txt": """Striker set to leave after row

Harbour striker Leo Marsh is close to a loan move after falling out with Gulls manager
Dara Quinlan. The Seasiders boss vowed Marsh would not play again after a row over training.

Quinlan said: "He has let the whole squad down and he knows it."
""",
    "cup.txt": """Cup draw pleases the Gulls

The Gulls were drawn at home in the fourth round of the cup on Monday.

"A home tie is all we wanted," said Harbour captain Ravi Oduya.
""",
    "ferry.txt": """Ferry fares to rise

Ferry fares will rise by a tenth from the spring, the operator has said.

"Fuel costs have doubled since last year," said ferry chief Ines Brandt.
""",
}


@pytest.fixture(scope="module")
def described_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("described"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did the Seasiders boss say about Leo Marsh?",
        "what did the seasiders boss say about marsh",
    ],
)
def test_description_quoted_as_itself_is_the_person_its_article_names_beside_it(
    described_index: Index, question: str
) -> None:
    found = answer(described_index, question)
    assert found.speaker == "Dara Quinlan"
    assert any("let the whole squad down" in hit.quote.text for hit in found.quotes)


def test_name_asked_is_answered_as_before(described_index: Index) -> None:
    found = answer(described_index, "what did Dara Quinlan say about Marsh?")
    assert found.speaker == "Dara Quinlan"
