"""Letters after a name ("QC", "OBE") are no part of the surname readers ask by: "what did
Quill say?" asks for the Ada Quill QC quoted."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.text.lexicon import without_post_nominals
from tests.support.indexes import index_of

ARTICLES = {
    "court.txt": """Lawyers warn over identity cards

The new head of the lawyers' body, Ada Quill QC, warned that the cards would be misused.

"Young men will be stopped in the street and asked for papers," said Ada Quill QC.
""",
    "harbour.txt": """Harbour reopens

The harbour reopened on Monday after the storm.

"Every boat is back in the water," said harbour master Tomas Brenner.
""",
    "budget.txt": """Council budget agreed

"We will not cut the ferry subsidy," said councillor Rhian Pask.
""",
}


@pytest.fixture(scope="module")
def lawyers(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("post_nominals"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    ["what did Quill say about identity cards?", "what did quill say?", "Quill on the cards"],
)
def test_a_surname_finds_the_one_quoted_with_letters_after_the_name(
    lawyers: Index, question: str
) -> None:
    result = answer(lawyers, question)
    assert result.speaker is not None and "Quill" in result.speaker
    assert result.quotes and {q.speaker for q in result.quotes} == {"Ada Quill QC"}
    assert not result.lead.startswith("No quotes")


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Ada Quill QC", "Ada Quill"), ("Tom Reed OBE", "Tom Reed"), ("Quill QC", "Quill QC")],
)
def test_post_nominals_leave_a_name_of_two_words_or_more(name: str, bare: str) -> None:
    assert without_post_nominals(name) == bare
