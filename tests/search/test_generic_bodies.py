"""A body named by a kind of organisation alone ("police", "the council") stands for every body
of that kind the articles name more fully: "what did police say about the crash?" asks what any
police force said, shown under that force's name."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from qabot.console import run
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


def test_police_whose_words_never_name_the_topic_say_so_and_show_no_filler(
    bodies_index: Index,
) -> None:
    # no force speaks of the ferry, and no passage names police and the ferry together:
    # everything some police body said of other stories is no answer
    reply = answer(bodies_index, "what did police say about the ferry subsidy?")
    assert not reply.found and not reply.quotes and not reply.passages
    assert reply.lead == "No words of police in the articles name the ferry subsidy."
    shown = io.StringIO()
    run(lambda asked: answer(bodies_index, asked), io.StringIO(reply.question + "\n"), shown)
    assert "No words of police in the articles name the ferry subsidy." in shown.getvalue()
    assert "Labour" not in shown.getvalue()


def test_police_in_a_place_are_police_words_on_that_place(bodies_index: Index) -> None:
    # "police in arden": a body asked by its kind, then where: their words on Arden
    reply = answer(bodies_index, "what did police in arden say?", top=5)
    assert reply.found and reply.quotes
    assert "not named" not in reply.lead
    assert reply.lead.endswith("said about arden:")
    assert reply.question == "what did police in arden say?"
    assert {hit.article.title for hit in reply.quotes} <= {
        "Lorry crash on the coast road",
        "Painter found dead in Arden hotel",
    }


COUNCIL_ARTICLES = {
    "bins.txt": """Bin collections cut

Westmoor Council said bin collections would be fortnightly from April.
""",
    "parking.txt": """Parking charges rise

Eastbury Council said parking charges in the town centre would rise by ten pence.
""",
    "harbour.txt": """Harbour wall to be rebuilt

The council will rebuild the harbour wall after the winter storms, its plans show.

Fishermen have waited two years for the harbour to be repaired.
""",
    "choir.txt": """Choir wins award

The village choir won a regional award for its carol concert.
""",
}


@pytest.fixture(scope="module")
def councils_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("councils"), COUNCIL_ARTICLES)


def test_the_council_asked_about_a_topic_none_of_them_spoke_on_is_no_question_of_which(
    councils_index: Index,
) -> None:
    reply = answer(councils_index, "what did the council say about the harbour wall?")
    assert not reply.quotes and not reply.choices
    assert reply.lead == (
        "No words of the council in the articles name the harbour wall. "
        "Passages that mention the council and the harbour wall:"
    )
    assert reply.passages[0].article.title == "Harbour wall to be rebuilt"


def test_the_council_asked_about_what_one_of_them_said_hears_that_one(
    councils_index: Index,
) -> None:
    reply = answer(councils_index, "what did the council say about parking charges?")
    assert reply.quotes and reply.quotes[0].speaker == "Eastbury Council"


def test_the_council_asked_with_no_topic_asks_which(councils_index: Index) -> None:
    reply = answer(councils_index, "what did the council say?")
    assert set(reply.choices) == {"Westmoor Council", "Eastbury Council"}


KREMLIN = {
    "talks.txt": """Gas talks resume

The Kremlin said the gas talks with Kiev would resume in March.
""",
    "visit.txt": """Minister visits the Kremlin

The minister was received at the Kremlin on Monday. The Kremlin said the visit had gone well.
""",
    "harvest.txt": """Harvest up in the south

Farmers in the south brought in a record wheat harvest this summer.
""",
}


@pytest.mark.parametrize(
    "question",
    [
        "did anyone from the kremlin comment on the troops?",
        "what did the kremlin say about the troops?",
    ],
)
def test_a_body_typed_in_lower_case_is_echoed_as_the_articles_write_it(
    tmp_path: Path, question: str
) -> None:
    reply = answer(index_of(tmp_path, KREMLIN), question)
    assert reply.lead.startswith("No words of the Kremlin in the articles name the troops"), (
        reply.lead
    )
    shown = io.StringIO()
    run(lambda asked: answer(index_of(tmp_path, KREMLIN), asked), io.StringIO(question), shown)
    assert "No words of the Kremlin in the articles" in shown.getvalue()
