"""'Who sued X?', 'who beat Y?' asked of a deed: the passage telling it, and above it the words
of the doer it names, said in that story; never of someone quoted beside the deed who did not do
it. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "mill.txt": "River spill goes to court\n\nMayor Edda Lund has sued the Norvik paper mill "
    'over the spill that killed fish along the Orrin river.\n\n"The river is our lifeline and '
    'the mill poisoned it," Edda Lund said.\n',
    "open.txt": "Bast into the final\n\nTop seed Kira Bast reached the final of the Harwick "
    'open with a 6-1 6-2 win over Tomas Vale.\n\n"I served well and stayed calm," said Bast.\n',
    "ferry.txt": "Sunken ferry to be raised\n\nPort manager Ola Dane announced that the sunken "
    'Skarn ferry will be raised by a salvage crew next month.\n\n"It is a sad day for the '
    'island," Ola Dane said.\n',
    "pier.txt": "Pier reopens\n\nThe old Velm pier reopened on Sunday after a year of repairs "
    "to its timbers.\n",
    "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
    "dam.txt": "Council sues over dam\n\nVelm Council has sued the Skarn dam company over the "
    'flooded valley.\n\nA spokesman for Velm Council said: "The valley was ruined by the dam '
    'company."\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("doer_words"), ARTICLES)


def test_a_deed_asked_names_its_doer_with_their_words_above_the_passage(index: Index) -> None:
    result = answer(index, "who sued the norvik paper mill?")
    assert result.found
    assert result.lead == (
        "Told of Edda Lund in the passage below; what Edda Lund said in that story:"
    )
    assert result.quotes and result.quotes[0].speaker == "Edda Lund"
    assert "has sued the Norvik paper mill" in result.passages[0].passage.text


def test_a_contest_won_names_the_winner_told_by_a_word_of_winning(index: Index) -> None:
    # "beat" is told as "a win over": the winner is named before it, the loser after
    result = answer(index, "who beat tomas vale at the harwick open")
    assert result.found and result.quotes and result.quotes[0].speaker == "Kira Bast"


def test_the_one_who_announced_a_deed_is_not_named_as_its_doer(index: Index) -> None:
    # Ola Dane is quoted in the story, but only announced who will raise the ferry
    result = answer(index, "who raised the sunken skarn ferry")
    assert result.found and not result.quotes
    assert "Ola Dane" not in result.lead and "raised by a salvage crew" in (
        result.passages[0].passage.text
    )


def test_a_name_the_question_writes_is_never_the_doer(index: Index) -> None:
    # the story quotes the winner; asked who beat her, it names nobody
    result = answer(index, "who beat kira bast at the harwick open")
    assert not result.quotes and "Told of" not in result.lead


def test_a_deed_no_quoted_person_did_keeps_the_passages_alone(index: Index) -> None:
    result = answer(index, "who reopened the old velm pier")
    assert result.found and not result.quotes
    assert result.lead.startswith("Best matching passages for")


def test_a_body_s_deed_is_told_of_the_body_not_of_its_spokesman(index: Index) -> None:
    # the spokesman's words are shown as the story writes them; the council did the suing
    result = answer(index, "who sued the skarn dam company?")
    assert result.lead == (
        "Told of Velm Council in the passage below; what Velm Council said in that story:"
    )
    assert result.speaker == "Velm Council"
    assert [q.speaker for q in result.quotes] == ["A spokesman for Velm Council"]
