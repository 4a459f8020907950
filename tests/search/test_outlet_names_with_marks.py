"""Outlets whose names hold marks or a bracketed part ("Tom & Jerry <Daily>"): a question names
them as readers write them ("according to tom & jerry"), and the name is never searched as
words nor left half read ("Nothing about “ferry <Daily>” in Tom & Jerry <Daily>")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of

_ARTICLES = {
    "tj.md": ("2024-03-10", "Tom & Jerry <Daily>", "Ferry back", "The ferry sailed again."),
    "post.md": ("2024-03-11", "Harbour Post", "Ferry fares", "The ferry fares rose."),
    "uk.md": ("2024-03-12", "The Courier (UK)", "Ferry crews", "The ferry crews struck."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(Path(tmp_path_factory.mktemp("marks")), _ARTICLES)


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("ferry according to tom & jerry", "Tom & Jerry <Daily>"),
        ("ferry in the Tom & Jerry <Daily>", "Tom & Jerry <Daily>"),
        ("ferry in Tom & Jerry Daily", "Tom & Jerry <Daily>"),
        ("what did Tom & Jerry report about the ferry?", "Tom & Jerry <Daily>"),
        ("ferry according to the courier", "The Courier (UK)"),
        ("ferry in the Courier (UK)", "The Courier (UK)"),
    ],
)
def test_an_outlet_is_named_as_readers_write_it(index: Index, question: str, outlet: str) -> None:
    result = answer(index, question)
    assert result.found, result.lead
    assert [hit.article.source for hit in result.passages] == [outlet]
    assert result.filters.sources == (outlet,)


def test_words_of_no_outlet_stay(index: Index) -> None:
    result = answer(index, "ferry in tom and jerry")  # "and" is no mark of the name
    assert not result.filters.sources
