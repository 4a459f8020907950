""" "What else did he say?" after two people's words given together: the answer asks which
of them (a button each in the bot) rather than taking one silently; and a two-person question
offers the others a shared surname may mean, as a one-person question does."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Answer, Conversation, answer
from tests.support.indexes import filler_notes, index_of

# our own articles: a harbour master and a mayor on the dredging; another Brandt on the quay
ARTICLES = {
    "dredging.txt": "Harbour dredging starts\n\nWork to dredge the harbour began on Monday. "
    '"The channel will be deeper by summer," harbour master Ivo Brandt said. '
    '"It is the best news the harbour has had in years," Mayor Mara Quill said.',
    "ferry.txt": "Ferry returns\n\nThe big ferry came back to the harbour. "
    '"The ferry brings trade," Ivo Brandt said. "Visitors will follow," Mara Quill said.',
    "quay.txt": "Quay lights fixed\n\nLights were put up along the quay. "
    '"Nobody will fall in again," fisherman Ada Brandt said.',
    **{
        f"market{day}.txt": f"Market day {day}\n\nThe fish market opened on day {day}. "
        f'"Stall {day} sold out by noon," Mara Quill said.'
        for day in range(1, 7)
    },
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("pairs"), ARTICLES)


@pytest.mark.parametrize("followup", ["what else did he say?", "what did she say about it?"])
def test_a_pronoun_after_two_people_asks_which_of_them(index: Index, followup: str) -> None:
    chat = Conversation()
    pair = answer(index, "what did Ivo Brandt and Mara Quill say?", conversation=chat)
    assert {hit.speaker for hit in pair.quotes} == {"Ivo Brandt", "Mara Quill"}
    result = answer(index, followup, conversation=chat)
    assert result.lead == "Which of them do you mean: Ivo Brandt or Mara Quill?"
    assert result.choices == ("Ivo Brandt", "Mara Quill")
    assert not result.quotes


def test_the_one_picked_after_the_question_is_answered(index: Index) -> None:
    chat = Conversation()
    answer(index, "what did Ivo Brandt and Mara Quill say about the ferry?", conversation=chat)
    answer(index, "what else did he say?", conversation=chat)
    result = answer(index, "Quill", conversation=chat)
    assert result.speaker == "Mara Quill"
    assert {hit.speaker for hit in result.quotes} == {"Mara Quill"}


def test_a_shared_surname_asked_with_another_keeps_its_choices(index: Index) -> None:
    one = answer(index, "what did Brandt say?")
    result = answer(index, "what did Brandt and Mara Quill say?")
    others = set(one.choices) - {hit.speaker for hit in result.quotes}
    assert others and others <= set(result.choices), (one.choices, result.choices)


def _said(result: Answer) -> set[str]:
    return {hit.quote.text for hit in result.quotes}


@pytest.mark.parametrize(
    ("followup", "again"), [("what else did he say?", False), ("what did he say?", True)]
)
def test_the_one_picked_after_what_else_is_shown_no_words_shown_already(
    index: Index, followup: str, again: bool
) -> None:
    chat = Conversation()
    pair = answer(index, "what did Ivo Brandt and Mara Quill say?", conversation=chat, top=1)
    before = {hit.quote.text for hit in pair.quotes if hit.speaker == "Mara Quill"}
    assert before
    answer(index, followup, conversation=chat, top=1)
    result = answer(index, "Quill", conversation=chat, top=1)
    assert result.speaker == "Mara Quill"
    assert bool(_said(result) & before) is again, (before, _said(result))


def test_what_else_after_the_one_picked_repeats_nothing_the_pair_showed(index: Index) -> None:
    chat = Conversation()
    pair = answer(index, "what did Ivo Brandt and Mara Quill say?", conversation=chat, top=1)
    answer(index, "what else did she say?", conversation=chat, top=1)
    picked = answer(index, "Quill", conversation=chat, top=1)
    shown = _said(pair) | _said(picked)
    result = answer(index, "what else did she say?", conversation=chat, top=1)
    assert result.speaker == "Mara Quill"
    assert result.quotes and not _said(result) & shown, (shown, _said(result))
