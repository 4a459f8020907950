"""'Who said ...?': a quote holding the question's words as written, little words and all, is
the one asked about, above another speaker's quote that holds the same two weighty words in a
bag ("the action taken as revealed by the report"), even when its speaker reads as a body."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "clinic.txt": """Clinic break-in goes unrecorded

A man broke into the Marsh Street clinic on Tuesday, manager Ida Brandt said.

Ms Brandt said she had asked deputies for a report of the damage.

MCSO said a report should have been taken.
""",
    "audit.txt": """Council audit finds slow progress

The level of action taken by the council as revealed by the report was too little, auditor
Tom Reed said.
""",
}


@pytest.fixture(scope="module")
def verbatim_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("verbatim"), ARTICLES)


def test_the_quote_holding_the_words_as_written_answers(verbatim_index: Index) -> None:
    result = answer(verbatim_index, "who said a report should have been taken?")
    assert result.found and result.quotes[0].speaker == "MCSO"


def test_a_bag_of_the_same_words_still_answers_alone(verbatim_index: Index) -> None:
    result = answer(verbatim_index, "who said the council's action was too little?")
    assert result.quotes and result.quotes[0].speaker == "Tom Reed"
