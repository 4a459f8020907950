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
        # a question word after the name sets it apart, as a verb does
        ("according to the harbour post what happened to ferry fares", "Harbour Post"),
        ("according to the courier how did the ferry crews act", "The Courier (UK)"),
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


_PLAIN_NAMES = {
    "tj.md": ("2024-03-10", "Tom & Jerry Daily", "Ferry back", "The ferry sailed again."),
    "post.md": ("2024-03-11", "Harbour Post Weekly", "Ferry fares", "The ferry fares rose."),
    "kent.md": ("2024-03-12", "Kent Coast Weekly", "Ferry crews", "The ferry crews struck."),
    "kent2.md": ("2024-03-13", "Kent Coast Radio", "Ferry port", "The ferry port shut."),
}


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("ferry according to tom & jerry", "Tom & Jerry Daily"),
        ("ferry, according to Harbour Post?", "Harbour Post Weekly"),
        ("ferry according to tom & jerry daily", "Tom & Jerry Daily"),
    ],
)
def test_an_outlet_is_named_by_its_opening_words_after_according_to(
    tmp_path: Path, question: str, outlet: str
) -> None:
    # the name without brackets was not read: "Tom & Jerry" was searched as words
    result = answer(dated_index_of(tmp_path, _PLAIN_NAMES), question)
    assert result.found, result.lead
    assert result.filters.sources == (outlet,), result.lead


@pytest.mark.parametrize(
    "question",
    [
        "ferry according to kent coast",  # two outlets' names open so: no one of them
        "ferry in tom & jerry",  # no phrase that can only introduce a source
        "ferry according to harbour post rules",  # not set apart: the words go on
    ],
)
def test_opening_words_name_no_outlet_when_they_may_mean_another(
    tmp_path: Path, question: str
) -> None:
    result = answer(dated_index_of(tmp_path, _PLAIN_NAMES), question)
    assert not result.filters.sources, result.lead
