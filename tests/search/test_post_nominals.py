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


SPOKEN_TWICE = {
    **ARTICLES,
    "ferry.txt": """Ferry fares to rise

"Fares will rise by a fifth from April," said Ada Quill, the ferry company's lawyer.
""",
}


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("post_nominals_twice"), SPOKEN_TWICE)


@pytest.mark.parametrize("asked", ["Ada Quill QC", "ada quill qc", "Ada Quill", "ada quill"])
def test_a_name_with_or_without_its_letters_is_one_person(twice: Index, asked: str) -> None:
    result = answer(twice, f"what did {asked} say?")
    assert result.speaker == "Ada Quill"
    assert {q.quote.text[:5] for q in result.quotes} >= {"Young", "Fares"}


def test_a_name_asked_with_letters_finds_the_one_quoted_without_them(twice: Index) -> None:
    result = answer(twice, "what did tomas brenner obe say about the harbour?")
    assert result.speaker == "Tomas Brenner"
    assert result.quotes and result.quotes[0].quote.text.startswith("Every boat")
