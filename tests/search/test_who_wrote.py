"""Who wrote an article: the bylines of the articles about the topic, or honestly none."""

from __future__ import annotations

import pytest

from qabot.console import format_answer, source_line
from qabot.indexing import Index
from qabot.search import answer
from qabot.search.who_wrote import topic_of_byline_question
from tests.support.indexes import index_of

FERRY = (
    "The harbour authority approved a new ferry timetable on Tuesday after months of talks with "
    "the crews and the island councils. Ferries will leave every forty minutes from May."
)
BRIDGE = (
    "Tolls on the estuary bridge will rise in May, the operator said, blaming the cost of "
    "repairs to the deck and the lights along the span."
)
ARTICLES = {
    "ferry.md": f"---\ntitle: Ferry timetable approved\nsource: Island Courier\n"
    f"author: Marta Quinlan\n---\n\n{FERRY}\n",
    "bridge.md": f"---\ntitle: Bridge tolls to rise\nsource: Island Courier\n---\n\n{BRIDGE}\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("bylines"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("who wrote the article about the ferry timetable?", "the ferry timetable"),
        ("Which reporter wrote the story on bridge tolls", "bridge tolls"),
        ("who is the author of the piece about ferries", "ferries"),
        ("who wrote harry potter", None),  # a book, not an article: its words are searched
        ("who wrote that the bridge would close?", None),  # words: who said it
    ],
)
def test_the_topic_is_read_from_byline_questions(question: str, topic: str | None) -> None:
    assert topic_of_byline_question(question) == topic


def test_the_byline_of_the_article_about_the_topic_is_named(index: Index) -> None:
    found = answer(index, "who wrote the article about the ferry timetable?", top=1)
    assert found.found and found.lead == (
        "Marta Quinlan wrote the article about the ferry timetable shown here:"
    )
    assert found.passages[0].article.author == "Marta Quinlan"
    assert "by Marta Quinlan" in source_line(found.passages[0].article)
    assert found.to_json()["passages"][0]["article"]["author"] == "Marta Quinlan"


def test_an_article_without_a_byline_is_said_to_have_none(index: Index) -> None:
    found = answer(index, "which reporter wrote the story on bridge tolls?", top=1)
    assert not found.found and "Marta Quinlan" not in format_answer(found)
    assert found.lead.startswith("The articles about bridge tolls do not say who wrote them")
    assert found.passages[0].article.title == "Bridge tolls to rise"


def test_no_article_about_the_topic_is_said_so(index: Index) -> None:
    found = answer(index, "who wrote the article about the airport runway?")
    assert not found.found and found.passages == []
    assert found.lead == "No article in the archive is about the airport runway."
