"""A name the articles put in quote marks ("upholds 'Tunebay' ruling") is mentioned there, and
a web address typed with a capital ("Tunebay.no") that the articles write only in lower case
is a word, not a name no article mentions. Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "ruling.txt": (
        "Norway upholds 'Tunebay' ruling\n\n"
        "A Norwegian student who ran a website listing song files has been told to pay "
        "damages by the country's Supreme Court. He set up his tunebay.no site in 2001 while "
        "he was at college in Bergen."
    ),
    "rental.txt": (
        "Tunebay starts a rental service\n\n"
        "Tunebay is to launch a rental service for music fans in the spring, the firm said. "
        "Fans will pay a monthly fee."
    ),
    "harbour.txt": (
        "Harbour wall finished\n\n"
        "The new harbour wall was finished on Friday, a month early, the council said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("quoted_names")), ARTICLES)


def test_answer_counts_a_name_in_quote_marks_in_the_title_as_mentioned(index: Index) -> None:
    result = answer(index, "norway Tunebay supreme court")
    assert result.found
    assert result.passages[0].article.title == "Norway upholds 'Tunebay' ruling"


def test_answer_reads_a_capitalised_web_address_the_articles_write_in_lower_case(
    index: Index,
) -> None:
    result = answer(index, "when did the Norwegian student set up his Tunebay.no site")
    assert result.found
    assert "2001" in result.passages[0].passage.text
