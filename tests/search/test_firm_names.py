"""A word inside a firm's name ("Ravel King & Associates") is no role or group of those who
work there: "the king" and "the associates" are not its analyst (invented articles)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

ARTICLES = {
    "chain.txt": "Store chain up for sale\n\nThe Harrow store chain is up for sale. "
    "Tessa Mund, a retail analyst at Ravel King & Associates, said the chain would be sold "
    "within a year to a private buyer.",
    "tycoon.txt": "Tycoon's partner speaks\n\nThe jailed tycoon's bank is to be wound up. "
    '"The bank was never his alone," said Ivo Brandt, a long-time associate of the tycoon.',
    "bridge.txt": "Bridge to open\n\nThe new bridge across the sound will open in May. "
    '"It joins our two shores at last," King Harald said at the palace.',
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("firms"), ARTICLES)


def test_a_role_named_only_inside_a_firms_name_is_not_the_role(index: Index) -> None:
    # "what did the king say?" answered with an analyst "at CL King & Associates"
    result = answer(index, "what did the king say?")
    assert all(hit.speaker != "Tessa Mund" for hit in result.quotes), result.lead
    assert result.speaker != "Tessa Mund"


def test_a_group_named_only_inside_a_firms_name_is_not_the_group(index: Index) -> None:
    result = answer(index, "what did the associates say?")
    speakers = {hit.speaker for hit in result.quotes}
    assert "Tessa Mund" not in speakers, result.lead
    assert "Ivo Brandt" in speakers  # an associate the story calls so


def test_the_firms_words_still_find_its_people(index: Index) -> None:
    result = answer(index, "what did the Ravel King analyst say?")
    assert result.speaker == "Tessa Mund", result.lead


def test_a_role_asked_on_a_topic_names_no_one_at_such_a_firm(index: Index) -> None:
    # "“the associates” may mean Ivo Brandt or Tessa Mund; ask by full name."
    result = answer(index, "what did the associates say about the bank?")
    assert result.speaker == "Ivo Brandt" and "Tessa Mund" not in result.lead, result.lead
