"""'Which head of a traders' body said ...?' and 'who spoke for <body> ...?': another story
telling the question in narration is held against the whole question, the role asked included,
before it is shown instead of the quote (`other_stories.said_better_apart`)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "feud.txt": "Brothers split the Varga group\n\n"
    "The Varga brothers have agreed to split the family group after a long row.\n\n"
    '"Today the round has gone to Piet, there is no doubt about it," said Ola Sten, '
    "president of the Harbour Merchants Guild, a Lisbon-based traders' body.\n",
    "board.txt": "Varga board meets\n\n"
    "Piet Varga has won another round of the Varga feud, the board ruled on Friday.\n",
    "insurer.txt": "Insurer trims payouts\n\n"
    "Brightwell has cut bonus payouts on its with-profits policies again.\n\n"
    '"The markets have not made up the losses of earlier years," Brightwell spokesman '
    "Tam Oyelaran told reporters.\n",
    "policies.txt": "What with-profits policies are\n\n"
    "With-profits policies smooth out the market. Brightwell cut bonus payouts on them this "
    "week, as other insurers did.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def stories_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("other-stories"), ARTICLES)


def test_a_story_lacking_the_role_asked_tells_less_than_the_quote_of_one_holding_it(
    stories_index: Index,
) -> None:
    result = answer(
        stories_index,
        "which head of a lisbon traders' body said piet varga had won this round of the feud",
    )
    assert [hit.speaker for hit in result.quotes][:1] == ["Ola Sten"]


def test_a_passage_naming_the_body_its_spokesman_speaks_for_is_their_story(
    stories_index: Index,
) -> None:
    result = answer(
        stories_index,
        "who spoke for Brightwell when it cut bonus payouts on with-profits policies",
    )
    assert [hit.speaker for hit in result.quotes][:1] == ["Tam Oyelaran"]
