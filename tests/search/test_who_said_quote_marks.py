"""'Who said ...?' between words in quote marks and a writer's report of someone's words: on
equal evidence the words in quote marks come first (a reader recalls them as someone's), and a
report's sentence does not count its own words twice; a report holding the question's words
still wins."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "market.txt": """Night market draws record crowd

The night market in Harlow Square drew its largest crowd yet on Saturday.

Council events officer Daniel Orme said the square had been crowded all evening.

"The square was packed from one end to the other, you could not move," stallholder Mina Sorel said.
""",
}


@pytest.fixture(scope="module")
def market_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("quote_marks"), ARTICLES)


def test_words_in_quote_marks_come_before_a_report_on_equal_evidence(
    market_index: Index,
) -> None:
    result = answer(market_index, "who said the square was heaving on saturday?")
    assert [hit.speaker for hit in result.quotes[:2]] == ["Mina Sorel", "Daniel Orme"]
    assert "closest is Mina Sorel's" in result.lead


def test_a_report_holding_the_words_asked_still_comes_first(market_index: Index) -> None:
    result = answer(market_index, "who said the square was crowded?")
    assert result.lead == "Daniel Orme said it:"
    assert result.quotes[0].speaker == "Daniel Orme"
