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
