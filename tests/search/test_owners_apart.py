"""A possessive parts a name's words: "orbis's sky reader" names Orbis and what it owns, which
the articles write apart as often as together ("Orbis's prototype Sky Reader"), so a passage
need not write the two side by side to mention them. Short invented articles, asked through
`answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.subject_reading import owner_apart
from tests.support.indexes import index_of

ARTICLES = {
    "record.txt": """Chart topped by new machine

Orbis's prototype Sky Reader machine ran at 70 teraflops in the tests, the fastest speed on
the chart of computers.
""",
    "plans.txt": """Orbis plans

Orbis's Sky Reader will be finished next year, and Orbis's Sky Reader team is growing. Its
makers say Orbis's Sky Reader will be cheap to run.
""",
    "sales.txt": """Orbis sales

Orbis's Sky Reader is the firm's best known product, though Orbis's Sky Reader sales are
small.
""",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("owners"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "how fast did orbis's sky reader run in the tests",
        "how fast did Orbis's Sky Reader run in the tests",
    ],
)
def test_a_passage_writing_the_owner_apart_from_what_it_owns_mentions_both(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert result.found
    assert "record.txt" in [hit.article.path for hit in result.passages]


def test_a_run_of_name_words_is_parted_after_each_possessive() -> None:
    assert owner_apart(["orbis's", "sky", "reader"]) == [["orbis's"], ["sky", "reader"]]
    assert owner_apart(["Sky", "Reader’s", "Team"]) == [["Sky", "Reader’s"], ["Team"]]
    assert owner_apart(["Sky", "Reader"]) == [["Sky", "Reader"]]
    assert owner_apart(["McDonald's"]) == [["McDonald's"]]
