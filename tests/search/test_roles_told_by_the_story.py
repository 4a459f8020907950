"""A role several people hold, asked with a topic none of its holders spoke on ("what did the
runner say after the mile in erfurt?"), is the one the best story on the role and topic quotes
and calls so ("The Harbour runner" after Tom Reyes's name), when it calls no one else it quotes
so; the role written right before a name ("second seed Ari Vance") is that name's, not that of
a player named just ahead of it. Without a topic, or with one no story decides, the answer
still asks which holder is meant. Through answer(); invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "mile.txt": """Reyes wins the mile in Erfurt

Tom Reyes won the indoor mile in Erfurt on Sunday in a new personal best. The Harbour runner
led from the bell. "The crowd carried me home on the last lap," said Reyes.
""",
    "marathon.txt": """Morrow eyes the marathon

Veteran runner Ada Morrow will race the city marathon in April. "My training has gone well,"
Morrow said.
""",
    "relay.txt": """Briggs back for the relay

Runner Ola Briggs returns for the relay team this winter. "It is good to be back," Briggs
said.
""",
    "hills.txt": """Two runners for the hill race

Runner Cal Dunne and runner Pia Sorel both enter the hill race at Kelso. "The hills suit
me," said Dunne. "I like the cold," Sorel said.
""",
    "upset.txt": """Melk stuns Vance in Doha

Jon Melk beat second seed Ari Vance 6-4 6-3 in Doha on Tuesday. "It was my day and I took
it," said Melk. "He returned too well for me tonight," Vance said.
""",
    "seeds.txt": """Top seed Ida Rune through

Top seed Ida Rune won her opening match in Perth. "I felt calm," Rune said.
""",
}


@pytest.fixture(scope="module")
def told_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("told"), ARTICLES)


def test_a_role_none_of_its_holders_spoke_on_is_whom_the_story_calls_so(
    told_index: Index,
) -> None:
    found = answer(told_index, "what did the runner say after the mile in erfurt?")
    assert found.speaker == "Tom Reyes"
    assert any("crowd carried" in hit.quote.text for hit in found.quotes)
    # the lead still names the others the role may mean
    assert "Ada Morrow" in found.lead and "ask by full name" in found.lead


def test_the_role_right_before_a_name_is_that_names(told_index: Index) -> None:
    # Jon Melk is named just before "second seed", but the role is Ari Vance's
    found = answer(told_index, "what did the seed say after his defeat by melk?")
    assert found.speaker == "Ari Vance"
    assert any("returned too well" in hit.quote.text for hit in found.quotes)


def test_a_role_several_hold_asked_without_a_topic_asks_which(told_index: Index) -> None:
    found = answer(told_index, "what did the runner say?")
    assert found.speaker is None
    assert not found.quotes
    assert len(found.choices) > 1
