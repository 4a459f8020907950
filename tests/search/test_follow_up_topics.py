"""Follow-ups naming a topic, not a person: "what about the election?" after someone's words
asks for their words on it, though a role some speaker holds has the word ("election
co-ordinator"); "and about the harbour?" says the topic in its lead; "and the chancellor?"
still names someone new; a "Did you mean ...?" between them keeps the person talked about."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import index_of


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("council"),
        {
            "vote.txt": "Council vote called\n\n"
            '"The election will be won on the harbour," said councillor Ada Lorne.\n\n'
            "Election co-ordinator Tom Vance said the ballot papers were printed.\n",
            "harbour.txt": "Harbour plan\n\n"
            '"The harbour needs dredging before winter," Ada Lorne said.\n\n'
            "Fishing crews welcomed the dredging plan for the quay.\n",
            "budget.txt": "Budget set\n\n"
            '"The budget is balanced at last," said chancellor Pia Hart.\n\n'
            "Ada Lorne said the election would decide the harbour budget too.\n",
            "marathon.txt": "Marathon field named\n\nOlympic champion Tesfaye Woldemariam will "
            'run the Riverton marathon in April. "I came here to win the race," Woldemariam '
            "said.\n",
            "weather.txt": "Storm warning\n\nA storm closed the ferry route on Sunday.\n\n"
            "The wind bent the roof trusses of the ferry shed.\n",
        },
    )


@pytest.mark.parametrize("follow_up", ["what about the election?", "and the election?"])
def test_a_topic_a_role_holds_is_asked_of_the_last_person(council: Index, follow_up: str) -> None:
    # "the election" matched the role "election co-ordinator": Tom Vance's words were shown
    chat = Conversation()
    answer(council, "what did Ada Lorne say?", conversation=chat)
    result = answer(council, follow_up, conversation=chat)
    assert result.speaker == "Ada Lorne"
    assert result.lead == "What Ada Lorne said about the election:"
    assert {hit.speaker for hit in result.quotes} == {"Ada Lorne"}


def test_and_about_a_topic_names_it_in_the_lead(council: Index) -> None:
    chat = Conversation()
    answer(council, "what did Ada Lorne say?", conversation=chat)
    result = answer(council, "and about the harbour", conversation=chat)
    assert result.speaker == "Ada Lorne"
    assert result.lead == "What Ada Lorne said about the harbour:"  # was "What Ada Lorne said:"


def test_a_role_for_a_person_still_names_someone_new(council: Index) -> None:
    chat = Conversation()
    answer(council, "what did Ada Lorne say about the budget?", conversation=chat)
    result = answer(council, "and the chancellor?", conversation=chat)
    assert result.speaker == "Pia Hart"


def test_a_name_only_other_words_stem_to_is_named_nowhere(council: Index) -> None:
    # "Truss" stems as "trusses" does: a passage on roof trusses had been shown for it
    chat = Conversation()
    answer(council, "what did Ada Lorne say about the harbour?", conversation=chat)
    result = answer(council, "and Truss?", conversation=chat)
    assert not result.found and not result.passages
    assert result.lead == "Truss is not named in the articles, so there is nothing they said."


def test_a_did_you_mean_answer_keeps_the_person_talked_about(council: Index) -> None:
    # the clarifying answer resolved no one, and "what about the election?" had lost Ada Lorne
    chat = Conversation()
    answer(council, "what did Ada Lorne say?", conversation=chat)
    asked = answer(council, "what did woldemarium say about the harbour?", conversation=chat)
    assert asked.suggestion == "Tesfaye Woldemariam" and asked.speaker is None
    result = answer(council, "what about the election?", conversation=chat)
    assert result.lead == "What Ada Lorne said about the election:"


def test_a_topic_after_a_did_you_mean_alone_is_no_one_called_so(council: Index) -> None:
    # with no one talked about, "the election" was read as the people a role calls so
    chat = Conversation()
    answer(council, "what did woldemarium say about the harbour?", conversation=chat)
    result = answer(council, "what about the election?", conversation=chat)
    assert result.speaker is None and not result.quotes
    assert result.lead.startswith("Best matching passages")


@pytest.fixture(scope="module")
def quay(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("quay"),
        {
            "quay.txt": "Quay to close\n\n"
            '"The quay must close for repairs," said harbour master Ines Calder.\n\n'
            'A spokesman for Ines Calder said: "The repairs will take a month."\n',
            "plans.txt": 'Quay plans\n\n"Our plans for the quay are ready," Ines Calder said.\n',
            "fair.txt": "Spring fair\n\nThe spring fair opened on the green on Saturday.\n",
        },
    )


@pytest.mark.parametrize("follow_up", ["what about her spokesman?", "and her spokesman?"])
def test_a_role_owned_by_a_pronoun_names_that_persons_tie(quay: Index, follow_up: str) -> None:
    # "her" had kept the question on Ines Calder's own words: "No words of Ines Calder name
    # her spokesman"
    chat = Conversation()
    answer(quay, "what did Ines Calder say?", conversation=chat)
    result = answer(quay, follow_up, conversation=chat)
    assert result.speaker == "a spokesman for Ines Calder", result.lead
    assert result.quotes[0].quote.text == "The repairs will take a month."


def test_a_thing_owned_by_a_pronoun_is_still_asked_of_the_person(quay: Index) -> None:
    chat = Conversation()
    answer(quay, "what did Ines Calder say?", conversation=chat)
    result = answer(quay, "what about her plans?", conversation=chat)
    assert result.speaker == "Ines Calder"
    assert result.quotes[0].quote.text == "Our plans for the quay are ready"
