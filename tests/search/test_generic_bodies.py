"""A body named by a kind of organisation alone ("police", "the council") stands for every body
of that kind the articles name more fully: "what did police say about the crash?" asks what any
police force said, shown under that force's name."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "station.txt": """Village station to close

Police said the village station would close in the spring to save money.
""",
    "crash.txt": """Lorry crash on the coast road

A lorry left the coast road near Arden on Tuesday night.

Fenmoor Police said the crash was caused by black ice on the bend.
""",
    "raid.txt": """Warehouse raid

Dunmore Police said three men had been arrested after the warehouse raid.
""",
    "hotel.txt": """Painter found dead in Arden hotel

A painter was found dead in his hotel room in Arden on Friday.

A Harwick Police spokesman, Tom Ellery, said: "The cause of death appears to be natural."
""",
    "rail.txt": """Rail plan backed

Labour said the rail plan would bring jobs to the north.
""",
    "ferry.txt": """Ferry subsidy

Scottish Labour said the ferry subsidy should be doubled.
""",
}


@pytest.fixture(scope="module")
def bodies_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("bodies"), ARTICLES)


@pytest.mark.parametrize("asked", ["police", "the police"])
def test_police_asked_hears_the_force_that_spoke_on_the_topic(
    bodies_index: Index, asked: str
) -> None:
    reply = answer(bodies_index, f"what did {asked} say about the crash?")
    assert reply.found
    assert reply.quotes[0].quote.text.startswith("the crash was caused by black ice")
    assert reply.quotes[0].speaker == "Fenmoor Police"  # shown under the force's own name
    assert "said nothing" not in reply.lead


def test_police_asked_about_a_story_hear_no_force_of_another_story(bodies_index: Index) -> None:
    # the hotel story names Arden, not the crash: its police spokesman speaks of another story
    reply = answer(bodies_index, "what did police say about the crash near arden?", top=5)
    assert reply.quotes[0].speaker == "Fenmoor Police"
    assert all("Ellery" not in hit.speaker for hit in reply.quotes)


def test_police_asked_without_a_topic_hears_every_force(bodies_index: Index) -> None:
    reply = answer(bodies_index, "what did police say?", top=5)
    speakers = {hit.speaker for hit in reply.quotes}
    assert {"Police", "Fenmoor Police", "Dunmore Police"} <= speakers


def test_a_force_asked_by_name_hears_only_itself(bodies_index: Index) -> None:
    reply = answer(bodies_index, "what did Dunmore Police say?", top=5)
    assert {hit.speaker for hit in reply.quotes} == {"Dunmore Police"}


def test_a_body_with_a_name_of_its_own_has_no_branches(bodies_index: Index) -> None:
    # Scottish Labour is not "Labour" asked: only a kind of organisation stands for its kind
    assert bodies_index.speakers.branches("Labour") == []
    assert bodies_index.speakers.branches("Police") == [
        "Dunmore Police",
        "Fenmoor Police",
    ]  # ties by name


ARMY_ARTICLES = {
    "kitchen.txt": """Soup kitchen opens

A soup kitchen opened in the old market hall on Monday.

Harvest Army spokesman Ned Pollock said: "Nobody should go hungry this winter."
""",
    "patrol.txt": """Border patrol returns

A patrol returned to its base near the border after a week in the hills.

"The patrol came back without losses," said army spokesman Jo Reed.
""",
    "ferry.txt": """Ferry subsidy

Scottish Labour said the ferry subsidy should be doubled.
""",
    "rail.txt": """Rail plan backed

Labour said the rail plan would bring jobs to the north.
""",
}


@pytest.fixture(scope="module")
def army_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("army"), ARMY_ARTICLES)


def test_the_army_is_no_body_only_named_with_the_word(army_index: Index) -> None:
    # the Harvest Army is a charity: its name holds the word, its article never says "army"
    reply = answer(army_index, "what did the army say about the soup kitchen?", top=5)
    assert all(hit.speaker != "Ned Pollock" for hit in reply.quotes)


def test_the_army_is_the_body_an_article_calls_an_army(army_index: Index) -> None:
    reply = answer(army_index, "what did the army say?", top=5)
    assert reply.quotes
    assert reply.quotes[0].quote.text.startswith("The patrol came back")
