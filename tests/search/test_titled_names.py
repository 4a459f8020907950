"""A knight's or peer's title asked with one name ("sir alex") is the namesake the articles
write with that title, not every one of that name quoted."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "derby.txt": """Rovers boss fumes at referee

Sir Alex Dunmore was furious after the derby.

"The referee gave us nothing all afternoon," Dunmore said.
""",
    "budget.txt": """Minister defends budget

Finance minister Alex Fenwick defended the budget on Monday.

"The referee of this budget is the voter," Fenwick said.
""",
    "album.txt": """Band's new album

Singer Alex Marlow said the album was their best.

"We wrote it in a week," Marlow said.
""",
}


@pytest.fixture(scope="module")
def titled_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("titled"), ARTICLES)


@pytest.mark.parametrize("asked", ["sir alex", "Sir Alex"])
def test_a_title_and_a_first_name_mean_the_one_written_so(titled_index: Index, asked: str) -> None:
    result = answer(titled_index, f"what did {asked} say about the referee?")
    assert result.speaker == "Alex Dunmore"
    assert result.quotes[0].quote.text.startswith("The referee gave us nothing")


def test_a_first_name_alone_still_asks_which_one(titled_index: Index) -> None:
    result = answer(titled_index, "what did alex say?")
    assert not result.quotes
    assert set(result.choices) >= {"Alex Dunmore", "Alex Fenwick", "Alex Marlow"}


def test_a_title_no_article_writes_tells_no_namesake_apart(titled_index: Index) -> None:
    # nobody is written "Lord Alex": the title picks no one, the question stays ambiguous
    result = answer(titled_index, "what did lord alex say?")
    assert not result.quotes and result.choices
