"""'Who was quoted about Y?', 'who commented on Y?': the question gives a topic, not words said,
so another story's passage holding more of it than the quote's own words is no better answer
(`quoted_on_questions.asks_whoever_spoke`); the quote's surroundings still have to hold it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.questions import parse_speech_question
from qabot.search.quoted_on_questions import asks_whoever_spoke
from tests.support.indexes import index_of

ARTICLES = {
    "guild.txt": "Guild goes to court\n\n"
    "The Harbour Guild filed new lawsuits against ferry ticket pirates on Monday.\n\n"
    '"These lawsuits are long overdue," said Mara Quist, who chairs the guild.\n',
    "ports.txt": "Ports brace for court season\n\n"
    "New lawsuits against ferry ticket pirates were filed in three ports this week.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
}


@pytest.fixture(scope="module")
def quoted_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("quoted-on"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "who was quoted about the new lawsuits against ferry ticket pirates",
        "who commented on the new lawsuits against ferry ticket pirates",
    ],
)
def test_a_quote_on_the_topic_answers_who_was_quoted_on_it(
    quoted_index: Index, question: str
) -> None:
    result = answer(quoted_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == ["Mara Quist"]


@pytest.mark.parametrize(
    ("question", "topical"),
    [
        ("who was quoted about the strike", True),
        ("who was quoted on the strike", True),
        ("who commented on the strike", True),
        ("who spoke about the strike", True),
        ("who responded for the union after the strike", True),
        ("who said the strike was a mistake", False),
        ("who commented that the strike was a mistake", False),
        ("who warned about a strike", False),
        ("who said on monday the strike was a mistake", False),
    ],
)
def test_whoever_spoke_on_a_topic_is_asked_without_words_said(
    question: str, topical: bool
) -> None:
    speech = parse_speech_question(question)
    assert speech is not None
    assert asks_whoever_spoke(speech, question) is topical


@pytest.mark.parametrize(
    ("question", "topical"),
    [
        ("who was the harbour pilot quoted about the strike", True),
        ("who was the harbour pilot quoted about the strike?", True),
        ("which pilot was quoted over the ferry strike", True),
        ("who was the harbour pilot that said the strike was a mistake", False),
    ],
)
def test_a_role_between_quoted_and_the_topic_still_asks_whoever_spoke(
    question: str, topical: bool
) -> None:
    speech = parse_speech_question(question)
    assert speech is not None
    assert asks_whoever_spoke(speech, question) is topical


STRIKE = {
    "strike.txt": "Ferry crews walk out\n\n"
    "Ferry crews at Port Arlow began a strike over night shifts on Tuesday, stranding "
    "hundreds of islanders on the quay. Crews picketed the ticket hall all morning. "
    '"It is a disgrace and we are sick of waiting," said Tom Vale, an islander.\n',
    "gala.txt": "Gala night\n\nThe harbour gala raised money for the lifeboat crew.\n",
    "bakery.txt": "Bakery wins prize\n\nA bakery on the quay won a prize for its rye loaf.\n",
    "council.txt": "Council meets\n\nThe council met to discuss the new bus timetable.\n",
}


@pytest.fixture(scope="module")
def strike_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("strike"), STRIKE)


def test_whoever_spoke_is_offered_when_only_the_story_holds_the_topic(
    strike_index: Index,
) -> None:
    # the words said hold none of the topic, the passage telling the strike all of it: the
    # question asked whoever spoke on it, so the quote is offered, but only as the closest
    result = answer(strike_index, "who commented on the ferry strike at port arlow")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Vale"]
    assert "closest" in result.lead


def test_a_role_asked_before_the_topic_finds_whoever_spoke(strike_index: Index) -> None:
    result = answer(
        strike_index, "who was the islander quoted about the ferry strike at port arlow"
    )
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Vale"]


def test_words_asked_of_a_speaker_still_need_their_own_words(strike_index: Index) -> None:
    result = answer(strike_index, "who said the ferry strike at port arlow would end soon")
    assert "Tom Vale said it" not in result.lead
