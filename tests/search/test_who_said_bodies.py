"""'Who said ...?': a speaker the articles write as a body ("the Northgate Reserve said", "it
also warned", "the firm said") or describe others by ("Quellmark analyst Dana Ortiz") does not
outrank a named person on equal evidence, though its name alone reads like a person's."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "rates.txt": """Lenders brace for dearer mortgages

The Northgate Reserve said mortgage rates would rise again in the spring.

Mortgage rates would rise again in the spring, economist Marta Lindgren said.
""",
    "brewer.txt": """Brewer cuts its forecast

Tarrow Mutual said profits would fall this year.

It also warned that hop prices would double.

Hop prices would double, brewer Colm Bradigan warned.
""",
    "handsets.txt": """Handset sales stall

Quellmark said buyers had stopped replacing their handsets.

Buyers had stopped replacing their handsets, Quellmark analyst Dana Ortiz said.
""",
    "ferries.txt": """Ferry operator buys two ships

Pellbrook said it had bought two ships for its island routes.

The firm said ferry fares would rise in May.

Ferry fares would rise in May, travel writer Rhian Toller said.
""",
}


@pytest.fixture(scope="module")
def bodies_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("bodies"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said mortgage rates would rise again in the spring?", "Marta Lindgren"),
        ("who warned that hop prices would double?", "Colm Bradigan"),
        ("who said buyers had stopped replacing their handsets?", "Dana Ortiz"),
        ("who said ferry fares would rise in May?", "Rhian Toller"),
    ],
)
def test_a_body_written_as_one_does_not_outrank_a_person(
    bodies_index: Index, question: str, speaker: str
) -> None:
    result = answer(bodies_index, question)
    assert result.quotes and result.quotes[0].speaker == speaker


def test_a_name_others_are_described_by_is_a_body(bodies_index: Index) -> None:
    assert bodies_index.speakers.is_employer("Quellmark")
    assert not bodies_index.speakers.is_employer("Dana Ortiz")
