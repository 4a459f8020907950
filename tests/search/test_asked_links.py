"""A web address typed as the question: the article saved from it, or a plain word that none
was (it was searched as its numbers and path words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "strike.md": (
        "---\ntitle: Ferry crews strike over pay\nsource: Harbour Post\ndate: 2024-05-02\n"
        "url: https://news.example.org/2024/05/ferry-strike\n---\n\n"
        "Ferry crews walked out on Thursday in a dispute over pay, stranding 400 passengers. "
        "The union said talks would resume on Monday.\n\n"
        "The operator said it had offered a rise of 4% and called the strike premature."
    ),
    "library.txt": (
        "Library opens late on Fridays\n\n"
        "The town library will stay open until 9pm on Fridays from June, the council said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("links")), ARTICLES)


@pytest.mark.parametrize(
    "typed",
    [
        "https://news.example.org/2024/05/ferry-strike",
        "http://www.news.example.org/2024/05/ferry-strike/?utm_source=rss#top",
        "what does this say? https://news.example.org/2024/05/ferry-strike",
    ],
)
def test_the_link_of_a_saved_article_shows_that_article(index: Index, typed: str) -> None:
    result = answer(index, typed)
    assert result.found
    assert "“Ferry crews strike over pay”" in result.lead
    assert result.passages and result.passages[0].article.title == "Ferry crews strike over pay"
    assert result.passages[0].highlight.startswith("Ferry crews walked out")


def test_the_link_of_a_page_not_saved_says_so_instead_of_searching_its_numbers(
    index: Index,
) -> None:
    result = answer(index, "https://elsewhere.example.com/2024/05/02/library-hours")
    assert not result.found and not result.passages
    assert result.lead.startswith("“https://elsewhere.example.com/2024/05/02/library-hours” is")
    assert "no article" in result.lead


def test_a_question_with_words_beside_a_link_is_still_searched(index: Index) -> None:
    result = answer(index, "library friday opening hours www.example.com")
    assert result.found and "library" in result.passages[0].highlight.lower()
