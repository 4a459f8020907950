""" "Who said ...?" shows a quote as the closest only when its story is about the claim's
subject (`closest_subject`): a quote sharing a phrase in another sense is no near answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.closest_subject import claim_subject
from qabot.text.sentence_vectors import sentence_vectors
from tests.support.indexes import index_of

CLOSEST = "No quote says that in those words; the closest is"
ARTICLES = {
    "rovers.txt": "Rovers travel north for the derby\n\n"
    "Elmford Rovers play their derby at Castleby on Saturday after three wins in a row.\n\n"
    '"We will go to Castleby in good shape," manager Ada Vane said.\n',
    "ferry.txt": "Ferry fares rise\n\n"
    '"Fares will rise in June," said Per Holm of the ferry company.\n',
    "bank.txt": "Bank holds rates\n\n"
    "The bank held its rates at 4% for a third month, and said the economy was growing.\n",
    "choir.txt": "School choir wins a prize\n\n"
    "The choir of Elmford school won the regional prize, in good voice, for the second year.\n",
    "boat.txt": "Boat race\n\nThe boat was in poor shape after the storm, the crew said.\n",
    "shops.txt": "Gadget sellers expect a busy winter\n\n"
    "Sellers of music players expect record sales before the holidays.\n\n"
    '"Kids are hungry for new gadgets this year," analyst Tom Reed said.\n',
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("closest")), ARTICLES)


@pytest.mark.parametrize(
    ("topic", "subject"),
    [
        ("the economy was in good shape", "the economy"),
        ("that the salon chain would keep its rule", "the salon chain"),
        ("he won't resign", "he"),
        ("the plan failed", ""),  # no auxiliary: no subject read
        ("in the long run of a season of many games the club would win", ""),  # too long
    ],
)
def test_the_subject_runs_to_the_first_auxiliary(topic: str, subject: str) -> None:
    assert claim_subject(topic) == subject


def test_a_phrase_shared_in_another_sense_is_no_closest(stories: Index) -> None:
    # a football manager's "good shape" says nothing of the economy (offered as the closest
    # before the subject was asked of its story): the passages answer
    result = answer(stories, "who said the economy was in good shape?")
    assert not result.quotes
    assert not result.lead.startswith(CLOSEST)


def test_a_story_about_the_subject_keeps_its_closest(stories: Index) -> None:
    result = answer(stories, "who said the rovers were in good shape?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ada Vane"]


def test_a_subject_in_words_alike_in_sense_keeps_its_closest(stories: Index) -> None:
    # "children" is not written in the story, "kids" is, in the quote itself
    result = answer(stories, "who said the children were hungry for gadgets?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Reed"]


def test_covered_is_the_asked_meaning_a_text_holds() -> None:
    vectors = sentence_vectors()
    assert vectors.covered("shoppers", "consumers buy gadgets") > vectors.covered(
        "shoppers", "the derby at Castleby"
    )
    assert vectors.covered("", "anything") == 0.0


# our own: the Rovers' chairman says all of a claim but of the club; the council is named in
# other stories only; a party leader's "everyone" is the people asked of
SAID_OF = {
    "rovers.txt": "Rovers lose their coach\n\n"
    "Elmford Rovers coach Per Holm left the club on Monday after two years.\n\n"
    '"The club will act swiftly to minimise the impact of Per\'s departure," chairman Ada Vane '
    "said.\n",
    "poll.txt": "Voters and Europe\n\n"
    '"Everyone will go off the European project if the rebate goes," party leader Tom Reed '
    "said.\n",
    "ferry.txt": "Ferry fares rise\n\n"
    "The ferry company will raise fares in June, its owners said.\n",
    "strike.txt": "Ferry strike\n\nStaff at the ferry company walked out on Friday over pay.\n",
    "bank.txt": "Bank holds rates\n\n"
    "The bank held its rates at 4% for a third month, and said the economy was growing.\n",
    "rain.txt": "Rain in Osk\n\n"
    "Heavy rain closed many roads in Osk on Monday and people stayed home, the council said.\n",
    "school.txt": "Osk school\n\nThe council will shut the Osk school in May, people were told.\n",
    "bins.txt": "Osk bins\n\nThe council collects bins from people in Osk each week.\n",
    "park.txt": "Osk park\n\nThe council opened a new park in Osk.\n",
}


@pytest.fixture(scope="module")
def said_of(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("said_of")), SAID_OF)


def test_a_quote_saying_the_rest_of_a_claim_of_another_subject_is_not_said(
    said_of: Index,
) -> None:
    # the chairman said it of the club: "Ada Vane said it" would be a false claim
    result = answer(
        said_of,
        "who said the council would act swiftly to minimise the impact of per's departure?",
    )
    assert not result.quotes and "said it" not in result.lead


def test_a_quote_saying_a_claim_of_its_own_subject_is_said(said_of: Index) -> None:
    result = answer(
        said_of, "who said the club would act swiftly to minimise the impact of per's departure?"
    )
    assert result.lead == "Ada Vane said it:"
    # "everyone" for "people": the subject in the speaker's own words
    result = answer(
        said_of, "who said people would go off the european project if the rebate goes?"
    )
    assert result.lead == "Tom Reed said it:"
