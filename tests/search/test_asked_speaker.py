"""A person's noun typed alone ("what did publicist say"): read as "the publicist", never as
someone's name, unless someone quoted has the word as their name."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_speaker import bare_role
from tests.support.indexes import filler_notes, index_of

ARTICLES = {
    "tour.txt": "Singer cancels tour\n\nThe singer's publicist, Nina Rask, said the tour was "
    'off. "She needs rest after the long season," Ms Rask said.\n',
    "golf.txt": "Golf legend returns\n\nGolfer Tom Player won the seniors' event on Sunday. "
    '"The greens were fast and true," Player said.\n',
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def tour_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("asked_speaker"), ARTICLES)


def test_a_persons_noun_typed_alone_is_read_with_the(tour_index: Index) -> None:
    assert bare_role(tour_index, "publicist") == "the publicist"
    assert bare_role(tour_index, "bodyguard") == "the bodyguard"
    assert bare_role(tour_index, "Publicist") is None  # typed with its capital: a name
    assert bare_role(tour_index, "nina rask") is None


def test_a_persons_noun_someone_has_as_their_name_stays_a_name(tour_index: Index) -> None:
    assert bare_role(tour_index, "player") is None  # Tom Player


def test_no_lead_reads_a_persons_noun_typed_alone_as_a_name(tour_index: Index) -> None:
    result = answer(tour_index, "what did publicist say about the tour?")
    assert result.speaker == "Nina Rask"
    nobody = answer(tour_index, "what did bodyguard say?")
    assert not nobody.lead.startswith("No quotes from bodyguard")
    assert "the bodyguard" in nobody.lead
