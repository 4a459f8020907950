"""A role asked with an owner the articles write beside it only further off: "the Brennick
lecturer" is the lecturer at a centre "at the University of Brennick", and "the chair of the
Quillby judging panel" is the one the prize story calls "chair of the adult judging panel".
Short invented articles, asked through `answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "face.txt": "A face that learns\n\nA screen face that copies its viewers has been built. "
    "Its creator, Ada Vale, lecturer at the Centre for Optics at the University of Brennick, "
    'calls it a child.\n\n"It learns from every face it sees," said Dr Vale.\n',
    "college.txt": "College adds courses\n\nTom Pell, a lecturer at Halden College, said: "
    '"Students want shorter courses."\n\nHe praised the University of Brennick for its '
    "library.\n",
    "prize.txt": "Young readers pick winners\n\nChildren picked the winners of the Quillby "
    "Book Prizes from a shortlist set by an adult panel.\n\nMara Quell, chair of the adult "
    'judging panel, said: "The children chose the bravest books."\n',
    "club.txt": 'Club sold\n\nClub chairman Dan Ree said: "The sale is good news for the '
    'fans."\n\nLocal chair Eva Lund said: "We will keep the ground."\n',
}


@pytest.fixture(scope="module")
def described_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("described"), ARTICLES)


def test_a_role_held_at_a_unit_of_the_owner_is_the_owners(described_index: Index) -> None:
    reply = answer(described_index, "what did the brennick lecturer say about the face", top=5)
    assert reply.speaker == "Ada Vale"
    assert any("every face" in hit.quote.text for hit in reply.quotes)


def test_a_role_held_at_another_body_is_not_the_owners(described_index: Index) -> None:
    # Tom Pell is a lecturer at Halden College, in a sentence before one praising Brennick
    reply = answer(described_index, "what did the brennick lecturer say about courses", top=5)
    assert reply.speaker != "Tom Pell"


def test_the_owner_words_a_recorded_role_holds_tie_it_with_the_rest_in_the_story(
    described_index: Index,
) -> None:
    reply = answer(described_index, "what did the chair of the quillby judging panel say", top=5)
    assert reply.speaker == "Mara Quell"


def test_a_recorded_role_ties_no_owner_the_story_never_names(described_index: Index) -> None:
    reply = answer(described_index, "what did the chair of the booker judging panel say", top=5)
    assert reply.speaker != "Mara Quell"
