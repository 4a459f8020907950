"""A name joined by "and" that the articles write whole with "&" ("Crane & Lucas") is one
speaker: never split into two people, nor read as a person one part names; quoted under its
initials ("H&B") in a story that writes it whole, it is the one quoted so."""

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
    "bakery.txt": "Bakery chain opens cafes\n\n"
    "Hollis & Brandt is to open forty cafes inside its bakeries next year.\n\n"
    '"Our customers want somewhere to sit down with their bread," said H&B.',
    "depot.txt": "Depot to close\n\n"
    '"The depot will close in spring and its drivers will move to Tarrow," said C&L.',
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


@pytest.mark.parametrize(
    "question", ["what did Hollis and Brandt say?", "what did hollis & brandt say about cafes"]
)
def test_a_firm_quoted_under_its_initials_beside_its_name_is_heard(
    index: Index, question: str
) -> None:
    # "No quotes from Hollis & Brandt" though its story went on "..., said H&B."
    result = answer(index, question)
    assert result.speaker == "H&B", result.lead
    texts = [hit.quote.text for hit in result.quotes]
    assert any("somewhere to sit down" in text for text in texts)


def test_initials_of_a_firm_are_its_own_only_in_a_story_writing_it_whole(index: Index) -> None:
    # "C&L" is quoted in a story that never writes "Crane & Lucas": they may be anyone's
    result = answer(index, "what did Crane and Lucas say?")
    assert not result.quotes and result.speaker is None, result.lead
