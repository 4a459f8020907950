"""A group asked about with no topic ("what did the players say?"): the words of everyone the
articles call so, each under their own name, never "which of them do you mean?"."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import filler_notes, index_of

# our own articles: two people the articles call players, two groups of fans quoted as such
ARTICLES = {
    "cup.txt": "Harbour reach the final\n\nHarbour beat Millbrook 2-0 in the semi-final. "
    '"We never stopped running," said Harbour player Ivo Brandt.\n\n'
    '"The final will be harder," said Millbrook player Olaf Trenn.',
    "stadium.txt": "New stand planned\n\nThe club plans a new stand at the quay ground. "
    '"We want a roof over our heads," Harbour fans said in a letter to the board.',
    "ground.txt": "Ground to be sold\n\nThe old Millbrook ground will be sold for housing. "
    '"The ground is ours and always will be," Millbrook fans said on Saturday.',
    "coach.txt": "Coach signs on\n\nThe Harbour coach Mara Quill signed for two more years. "
    '"The squad is young and hungry," Quill said.',
    **{
        f"training{day}.txt": f"Training day {day}\n\nHarbour trained at the quay on day {day}. "
        f'"Day {day} was the hardest yet," said Harbour player Ivo Brandt.'
        for day in range(1, 5)
    },
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("groups"), ARTICLES)


@pytest.mark.parametrize("question", ["what did the players say?", "what did players say"])
def test_people_the_articles_call_so_are_all_shown(index: Index, question: str) -> None:
    result = answer(index, question)
    assert {hit.speaker for hit in result.quotes} == {"Ivo Brandt", "Olaf Trenn"}, result.lead
    assert "Do you mean" not in result.lead
    assert not result.choices


@pytest.mark.parametrize("question", ["what did the fans say?", "what did fans say"])
def test_groups_quoted_as_such_are_all_shown(index: Index, question: str) -> None:
    result = answer(index, question)
    assert {"Harbour fans", "Millbrook fans"} <= {hit.speaker for hit in result.quotes}, (
        result.lead
    )
    assert "Do you mean" not in result.lead


def test_a_group_asked_after_someone_s_words_is_the_group(index: Index) -> None:
    chat = Conversation()
    assert answer(index, "what did Mara Quill say?", conversation=chat).speaker == "Mara Quill"
    result = answer(index, "and the players?", conversation=chat)
    assert {hit.speaker for hit in result.quotes} == {"Ivo Brandt", "Olaf Trenn"}, result.lead


def test_a_group_no_article_calls_anyone_is_said_so(index: Index) -> None:
    result = answer(index, "what did the sailors say?")
    assert not result.quotes
    assert "Do you mean" not in result.lead


def test_more_after_a_group_goes_on_with_its_others(index: Index) -> None:
    # the answer offered "more" of the players' words: it must not say there is none
    chat = Conversation()
    first = answer(index, "what did the players say?", conversation=chat, top=1)
    assert first.quotes and first.omitted, first.lead  # "(2 more quotes from players ...)"
    result = answer(index, "more", conversation=chat, top=1)
    assert result.quotes, result.lead
    assert {hit.speaker for hit in result.quotes} <= {"Ivo Brandt", "Olaf Trenn"}
    shown = {hit.quote.text for hit in first.quotes}
    assert not {hit.quote.text for hit in result.quotes} & shown


def test_more_after_every_word_of_a_group_is_shown_names_no_topic(index: Index) -> None:
    chat = Conversation()
    first = answer(index, "what did the fans say?", conversation=chat)
    assert len(first.quotes) == 2, first.lead  # both groups: nothing left
    result = answer(index, "more", conversation=chat)
    assert not result.quotes
    assert result.lead == "Nothing more from fans in the articles.", result.lead
    # ... and "they" are still the fans
    after = answer(index, "what did they say about the ground?", conversation=chat)
    assert "Millbrook fans" in {hit.speaker for hit in after.quotes}, after.lead


def test_they_after_a_group_are_everyone_called_so(index: Index) -> None:
    chat = Conversation()
    answer(index, "what did the players say?", conversation=chat)
    result = answer(index, "what did they say about the final?", conversation=chat)
    asked = answer(index, "what did the players say about the final?")
    assert result.quotes and "Olaf Trenn" in {hit.speaker for hit in result.quotes}, result.lead
    assert [hit.quote for hit in result.quotes] == [hit.quote for hit in asked.quotes]


def test_a_group_opens_with_the_words_of_several_not_of_the_one_quoted_most(
    index: Index,
) -> None:
    # "what did the players say?" gave four blocks of one player and one of another
    result = answer(index, "what did the players say?", top=2)
    assert [hit.speaker for hit in result.quotes[:2]] in (
        ["Ivo Brandt", "Olaf Trenn"],
        ["Olaf Trenn", "Ivo Brandt"],
    ), result.lead
    # the one quoted most is not cut: his other words come after, and by "more"
    chat = Conversation()
    first = answer(index, "what did the players say?", top=2, conversation=chat)
    more = answer(index, "more", top=2, conversation=chat)
    shown = [hit.quote.text for hit in (*first.quotes, *more.quotes)]
    assert sum("hardest yet" in text for text in shown) >= 2
