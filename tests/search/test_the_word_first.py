""" "What did the regent say?" with no one quoted so: the passages that write "the Regent"
come before those naming a band "Regent" by the bare word."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.the_word_first import asked_word
from tests.support.indexes import filler_notes, index_of

# our own articles: a rock band named by the bare word, a regent written with "the"
ARTICLES = {
    "band.txt": "Regent to tour again\n\nThe rock band Regent will tour next year. Regent have "
    "sold ten million records, and Regent played to a full hall in spring.",
    "palace.txt": "Palace garden opens\n\nThe Regent opened the palace garden to visitors on "
    "Sunday, and nurses were invited to a party there.",
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("the-word"), ARTICLES)


def test_the_word_asked_with_the_shows_its_passages_before_a_bare_name(index: Index) -> None:
    result = answer(index, "what did the regent say")
    assert not result.quotes
    titles = [hit.article.title for hit in result.passages]
    assert titles[:1] == ["Palace garden opens"], result.lead
    assert [hit.rank for hit in result.passages] == list(range(1, len(titles) + 1))


def test_only_the_and_one_word_is_read_so() -> None:
    assert asked_word("the regent") == "regent"
    assert asked_word("the prime minister") is None
    assert asked_word("regent") is None
