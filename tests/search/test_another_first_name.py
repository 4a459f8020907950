"""A full name whose first name is not the quoted namesake's is someone the articles do not
name: answered honestly, not read as the namesake the topic finds ("tom serwotka" is no Mark
Serwotka). On short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.another_first_name import another_first_name
from tests.support.indexes import index_of


@pytest.mark.parametrize(
    ("asked", "person", "other"),
    [
        ("tom quennell", "Mark Quennell", True),
        ("gary quennell", "Graeme Quennell", True),
        ("mike quennell", "Michael Quennell", False),  # a short form
        ("steven quennell", "Stephen Quennell", False),  # another spelling
        ("marc quennell", "Mark Quennell", False),  # a letter off
        ("quennell", "Mark Quennell", False),  # a surname alone
        ("mr quennell", "Mark Quennell", False),  # no first name asked
        ("tom quennell", "Zorvo Quennell", False),  # theirs no first name the lexicon knows
    ],
)
def test_another_first_name(asked: str, person: str, other: bool) -> None:
    assert another_first_name(asked.split(), person) is other


ARTICLES = {
    "quay.txt": "Quay repairs\n\nThe quay will reopen in May after repairs to its wall. "
    '"The quay wall is safe again," said harbour master Helen Roebuck.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("another-first-name"), ARTICLES)


def test_a_made_up_first_name_is_not_the_namesake(index: Index) -> None:
    result = answer(index, "what did tom roebuck say about the quay wall?")
    assert not result.found, result.lead
    assert "is not named" in result.lead and not result.quotes, result.lead


def test_the_quoted_name_is_answered(index: Index) -> None:
    result = answer(index, "what did helen roebuck say about the quay wall?")
    assert result.found and result.quotes[0].speaker == "Helen Roebuck"
