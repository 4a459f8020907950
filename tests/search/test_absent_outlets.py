"""How the best-matching passages write a word: the one search-and-read behind the outlet
readings (a newspaper's words written together, an outlet's name in capitals, a tag's word
written in lower case)."""

from __future__ import annotations

import re

import pytest

from qabot.indexing import Index
from qabot.search.absent_outlets import passages_write
from tests.support.indexes import dated_index_of

# our own short articles
ARTICLES = {
    "salon.md": ("2024-03-05", "Harbour Gazette", "Salon fire",
                 "A fire in the salon on Quay Street was put out by the crew."),
    "ferry.md": ("2024-03-06", "Harbour Gazette", "Ferry late",
                 "The ferry to the island ran two hours late on Monday."),
    "market.md": ("2024-03-07", "Harbour Gazette", "Market opens",
                  "The fish market opened early as the boats came in."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("written"), ARTICLES)


def test_passages_write_a_pattern_found_in_the_best_matching_passages(index: Index) -> None:
    assert passages_write(index, ["fire"], re.compile(r"\bsalon\b"), 1)
    assert passages_write(index, ["fire"], re.compile(r"\bQuay Street\b"), 1)


def test_passages_write_reads_only_the_passages_the_words_find(index: Index) -> None:
    assert not passages_write(index, ["ferry"], re.compile(r"\bsalon\b"), 1)
    assert not passages_write(index, [], re.compile(r"\bsalon\b"), 5)
