"""'Who spoke out over Corvale stalling on a new contract?': a quote whose story never names
Corvale is from another story, however many of the question's other words it holds."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.named_stories import asked_names
from tests.support.indexes import index_of

ARTICLES = {
    "corvale.txt": "Midfielder unhappy at Corvale\n\n"
    "The Corvale midfielder Jonas Pell has criticised the club for stalling on his future. "
    '"If they really wanted me to stay they should have come to me months ago," Pell said. '
    "The board of Corvale have yet to make him an offer.\n",
    "rugby.txt": "Harbour rugby coach plans ahead\n\n"
    "Harbour coach Ivo Brandt is ready to keep his captain. "
    '"We have not yet offered him a new contract but we will," Brandt said.\n',
    "corvale2.txt": "Win for Corvale\n\nOn Saturday Corvale beat Westby 2-0 at home, "
    "and Corvale stay top of the table.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def stories_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("stories"), ARTICLES)


def test_a_quote_whose_story_lacks_the_name_asked_comes_after(stories_index: Index) -> None:
    result = answer(stories_index, "who spoke out over Corvale stalling on a new contract offer?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Jonas Pell"]


def test_names_asked_are_those_the_archive_writes_with_a_capital(stories_index: Index) -> None:
    assert asked_names(stories_index, "corvale's new contract offer") == ["corval"]
    assert asked_names(stories_index, "the British contract offer") == []
