"""A newspaper asked by the initials of the words before its masthead noun, as readers write
it ("the LA Times" of the Los Angeles Times): its articles, as its full name gives them."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(
        tmp_path_factory.mktemp("papers"),
        {
            "a.md": ("2024-03-01", "Port Leven Times", "Ferry fares", "Ferry fares rose."),
            "b.md": ("2024-03-02", "Valley Herald", "Ferry strike", "The ferry crews struck."),
            "c.md": ("2024-03-03", "Island Post", "Mill sold", "The wool mill was sold."),
        },
    )


@pytest.mark.parametrize(
    "question",
    ["what did the pl times report on the ferry", "ferry news in the PL Times"],
)
def test_the_initials_before_a_masthead_noun_name_the_paper(papers: Index, question: str) -> None:
    # "what did the la times say about bloomberg" had read "la times" as someone quoted
    result = answer(papers, question)
    assert result.filters.sources == ("Port Leven Times",)
    assert [hit.article.source for hit in result.passages] == ["Port Leven Times"]


def test_one_word_before_the_noun_is_no_initials(papers: Index) -> None:
    result = answer(papers, "ferry news in the V Herald")
    assert result.filters.sources == ()
