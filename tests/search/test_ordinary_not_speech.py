"""Ordinary questions whose words look like speech verbs: "the asking price" is a noun, "what
does X want (to do)" asks X's aims, "what did X and Y agree" a deal, and what a paper
"reported" is what it printed; each is answered from passages, while "what did X say/warn"
stays a speech question."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "cottages.txt": """Cottage prices climb in the valley

The average asking price for a cottage in Larkmoor rose to 210,000 pounds in May, the estate
agent Brindle Homes found. 9% of buyers think prices will fall, its survey showed.

Agent Odile Farrant said buyers were still queuing. "People want gardens more than ever,"
Farrant said.
""",
    "ferry.txt": """Mayor wants a night ferry

Mayor Quentin Ashby wants to run a night ferry across the estuary to cut late-night traffic.

"I am not here to make promises I cannot keep," Ashby said of the timetable.
""",
    "pier.txt": """Towns share a ferry pier

Mayor Quentin Ashby and his Brackwater counterpart Ines Morrow agreed in June to split the cost
of a new ferry pier between the two towns.

"It is a fair split," Morrow said of the pier.
""",
    "mill.txt": """Mill closure reported

The Evening Clarion reported that the paper mill at Dunmore would close with 80 jobs lost.

Union leader Ray Pellow said the workers had been given no warning. "This is a shock to every
family in the town," Pellow said.
""",
}


@pytest.fixture(scope="module")
def ordinary_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("ordinary"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        ("what was the average asking price for a cottage in larkmoor", "210,000"),
        ("what does quentin ashby want to do about late-night traffic", "night ferry"),
        ("does quentin ashby want to run a night ferry", "night ferry"),
        ("what did the evening clarion report about the dunmore mill", "80 jobs"),
        ("what percentage of buyers think prices will fall", "9%"),
        ("which mayors are expected to run a night ferry", "night ferry"),
        ("what does quentin ashby want", "night ferry"),
        ("what did quentin ashby and ines morrow agree", "split the cost"),
        ("what did ines morrow agree to about the pier", "split the cost"),
        # a verb late in the question with nothing said after it: no words asked of anyone
        ("which towns share a ferry pier the way their mayors want to", "split"),
    ],
)
def test_ordinary_questions_are_answered_from_passages(
    ordinary_index: Index, question: str, holds: str
) -> None:
    assert parse_speech_question(question) is None
    found = answer(ordinary_index, question)
    assert not found.quotes and found.speaker is None
    assert holds in found.passages[0].highlight


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did odile farrant say about the asking price", "odile farrant"),
        ("what is ray pellow saying about the mill", "ray pellow"),
        ("what did ray pellow report about the mill", "ray pellow"),
        ("what did the union say it wants", "the union"),
        ("which mayor was quoted saying promises could not be kept", None),
        ("which manager was pleased to sign the striker", None),
    ],
)
def test_speech_questions_stay_speech(question: str, speaker: str | None) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.speaker == speaker


def test_a_speakers_words_still_answer_what_they_said(ordinary_index: Index) -> None:
    found = answer(ordinary_index, "what did ray pellow say about the mill")
    assert found.speaker == "Ray Pellow" and found.quotes


@pytest.mark.parametrize(
    "question",
    [
        "did the board sack pellow after ashby said the mill would close",
        "did the mayor resign because farrant said he lied",
    ],
)
def test_a_verb_of_speech_in_a_clause_of_time_or_reason_makes_no_speech_question(
    question: str,
) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did ashby say after the vote", "ashby"),
        ("did morrow say anything before the pier opened", "morrow"),
    ],
)
def test_a_clause_after_the_verb_of_speech_keeps_the_speaker(question: str, speaker: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "what did the daily planet report about the mill",
        "what did the weekly bugle report on the strike",
        "what did the sunday bugle report about the mayor",
        "what did the morning bugle report on the vote",
    ],
)
def test_what_a_paper_reported_by_its_first_word_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None
