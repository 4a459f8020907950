"""Passages under a person's words: only the stories of the quotes shown. A profile or a preview
that names the person and the topic adds none of what they said."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "budget.txt": "Vale defends budget\n\nFinance minister Ada Vale defended her budget on "
    'Monday. "The budget is fair to every family," Ada Vale said.\n\nThe opposition said the '
    "budget raised taxes on pensions.\n",
    "profile.txt": "Profile: Ada Vale\n\nAda Vale will deliver her third budget next week, a "
    "budget the markets will watch closely after a year of slow growth.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("said_passages"), ARTICLES)


def test_passages_under_a_person_s_words_come_from_the_stories_of_those_words(
    index: Index,
) -> None:
    result = answer(index, "what did ada vale say about the budget?")
    assert result.quotes and result.quotes[0].speaker == "Ada Vale"
    assert all(hit.article.path == "budget.txt" for hit in result.passages)
