"""Who a name asked means across stories: a lone surname joins a full name only when nothing its
story writes says it is someone else (invented texts)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

STORIES = {
    "port.txt": "Port to close\n\n"
    'Paul Ferrand said the port would close in June. "It is a sad day for the '
    'town," Paul Ferrand said.\n',
    "school.txt": "School reopens\n\n"
    'Ms Ferrand said the school would reopen. "The children are coming home," Ferrand '
    "said.\n",
    "award.txt": "Award for sugar boss\n\n"
    'The award came from US publication Quarlow. "One of the old makers is back on top," '
    "Quarlow said.\n",
    "court.txt": "Judge rules on merger\n\n"
    'Justice Quarlow said the merger broke the law. "The rules are plain," Justice Quarlow '
    "said.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("merged"), STORIES)


def test_a_woman_named_by_her_surname_is_not_quoted_as_a_man_of_that_surname(
    index: Index,
) -> None:
    result = answer(index, "what did paul ferrand say?")
    texts = " ".join(hit.quote.text for hit in result.quotes)
    assert "sad day" in texts
    assert "children" not in texts


def test_a_magazine_named_alone_is_not_quoted_as_a_judge_of_that_name(index: Index) -> None:
    result = answer(index, "what did justice quarlow say?")
    texts = " ".join(hit.quote.text for hit in result.quotes)
    assert "rules are plain" in texts
    assert "old makers" not in texts
