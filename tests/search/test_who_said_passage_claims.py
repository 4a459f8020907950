"""'Who said ...?' when a passage, not the chosen quote, gives the words asked to others in no
stored quote: the quote's speaker is only the closest, unless the passage gives the words to
them or tells them as news given to nobody (`passage_claims.told_apart`)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

ARTICLES = {
    "vision.txt": "Ruiz sets out her vision\n\n"
    '"The next vote will be a hard fight for us," said Ana Ruiz, the premier. '
    "The harvest and the ports would feature at length in her speech.\n",
    "ready.txt": "Premier ready to call the vote\n\n"
    "The date has been pencilled in for months. The premier and her campaign chief Tom Hale "
    "have already insisted the vote will be fought on the harvest and what they claim is a "
    "plain choice.\n",
    "market.txt": "Market reopens\n\nThe fish market would reopen after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn it would sing all evening.\n",
    "ferry.txt": "Ferry delayed\n\nThe ferry would sail late on Sunday.\n",
    **filler_notes(12),
}

NAMED = {
    **ARTICLES,
    "ready.txt": "Premier ready to call the vote\n\n"
    "The date has been pencilled in for months. Ms Ruiz and her campaign chief Tom Hale have "
    "already insisted the vote will be fought on the harvest and what they claim is a plain "
    "choice.\n",
}

NEWS = {
    **ARTICLES,
    "ready.txt": "Premier ready to call the vote\n\n"
    "The date has been pencilled in for months. By every account the vote will be fought on "
    "the harvest and little else.\n",
}


@pytest.fixture(scope="module")
def claims_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("passage-claims"), ARTICLES)


def test_words_only_a_passage_holds_are_not_said_to_be_the_quoted_speakers(
    claims_index: Index,
) -> None:
    result = answer(claims_index, "who said the vote would be fought on the harvest")
    assert not result.lead.startswith("Ana Ruiz said it")
    assert any("fought on the harvest" in hit.passage.text for hit in result.passages)


@pytest.mark.parametrize(
    "articles",
    [pytest.param(NAMED, id="words-given-to-the-speaker"), pytest.param(NEWS, id="news-told")],
)
def test_a_passage_giving_the_words_to_the_speaker_or_to_nobody_keeps_them_said(
    tmp_path_factory: pytest.TempPathFactory, articles: dict[str, str]
) -> None:
    index = index_of(tmp_path_factory.mktemp("passage-claims-kept"), articles)
    result = answer(index, "who said the vote would be fought on the harvest")
    assert result.lead.startswith("Ana Ruiz said it")
