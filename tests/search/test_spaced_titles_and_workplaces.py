"""A speaker typed otherwise than the articles write them: a title with a hyphen the articles
write as two words ("vice-chairman" for "vice chairman"), and a surname with where the person
works or what they run after it ("quenby from quayside radio"), told in their articles but not
given them as a role. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.hyphened_titles import spaced_titles
from tests.support.indexes import index_of

ARTICLES = {
    "quay.txt": "Quay to reopen\n\nHarbour board vice chairman Ivor Pellow said the quay would "
    'reopen in May.\n\n"The repairs to the quay are done," Mr Pellow said.\n',
    "radio.txt": "Local music online\n\nAda Quenby, a teacher from Leeds, and two friends "
    "launched a website called quaysideradio.com to play local bands.\n\n"
    '"Local music needs a home on the radio," said Quenby.\n',
    "ferry.txt": "Ferry fares\n\nFerry fares will rise in spring. "
    '"Fuel costs more," said ferry company chief Olaf Brandt.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("spaced-titles"), ARTICLES)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("arsenal vice-chairman dein", "arsenal vice chairman dein"),
        ("the co-founder", "the co founder"),
        ("Jean-Paul Vale", None),  # a hyphened name: no noun for a person after the hyphen
        ("the fly-half", None),
        ("ada vale", None),
    ],
)
def test_a_hyphened_title_is_written_as_two_words(phrase: str, expected: str | None) -> None:
    assert spaced_titles(phrase) == expected


def test_a_hyphened_title_finds_the_holder_written_without_it(index: Index) -> None:
    result = answer(index, "what did harbour board vice-chairman pellow say about the quay?")
    assert result.found and result.speaker == "Ivor Pellow"
    assert result.quotes and "repairs to the quay" in result.quotes[0].quote.text


def test_a_surname_with_a_workplace_told_in_their_article(index: Index) -> None:
    result = answer(index, "what did quenby from quaysideradio say about local music?")
    assert result.found and result.speaker == "Ada Quenby"
    assert result.quotes and "Local music needs a home" in result.quotes[0].quote.text


@pytest.mark.parametrize(
    "workplace",
    [
        "the ferry company",  # another story's: no Quenby works there
        "local radio",  # her article writes both words, never together
    ],
)
def test_a_workplace_their_articles_never_tell_names_no_one(index: Index, workplace: str) -> None:
    result = answer(index, f"what did quenby from {workplace} say about local music?")
    assert not result.found and not result.quotes
