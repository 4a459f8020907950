"""A name joined by "and" that the articles write whole with "&" ("Crane & Lucas") is one
speaker: never split into two people, nor read as a person one part names."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.ampersand_names import joined_parts
from tests.support.indexes import filler_notes, index_of

# our own articles: a shop chain never quoted, a person whose first name is one of its words,
# a law firm quoted under its name
ARTICLES = {
    "chain.txt": "Crane & Lucas cuts prices\n\n"
    "The store chain Crane & Lucas has cut the prices of its winter coats by a third, "
    "according to a survey of high street shops.",
    "ferry.txt": "Ferry timetable changes\n\n"
    '"The late ferry will run every night from June," Lucas Ferrow, the port manager, said.',
    "lawyers.txt": "Law firm wins appeal\n\n"
    '"The court has put right a grave wrong," Tolley & Marsh said after the appeal was won.',
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("news"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did Crane and Lucas say?",
        "what did crane and lucas say",
        "what did Crane & Lucas say?",
    ],
)
def test_a_firm_written_with_an_ampersand_is_not_a_person_a_part_names(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert all(hit.speaker != "Lucas Ferrow" for hit in result.quotes)
    assert result.lead.startswith("No quotes from Crane & Lucas in the articles.")
    assert "cut the prices" in result.passages[0].passage.text


def test_a_role_at_a_firm_written_with_an_ampersand_is_not_parted(index: Index) -> None:
    result = answer(index, "what did the Crane and Lucas boss say?")
    assert "each" not in result.lead
    assert all(hit.speaker != "Lucas Ferrow" for hit in result.quotes)


def test_a_firm_quoted_under_its_name_is_found_asked_with_and(index: Index) -> None:
    result = answer(index, "what did Tolley and Marsh say about the appeal?")
    assert [hit.speaker for hit in result.quotes] == ["Tolley & Marsh"]


def test_two_people_joined_by_and_are_still_two(index: Index) -> None:
    assert joined_parts("Ada Vale and Ivo Brandt") == ("Ada Vale", "Ivo Brandt")
    assert joined_parts("Ada, Ivo and Olaf") is None
