""" "What are people saying about Y?": people, everyone, anyone are nobody to look up; the
answer is the words on Y of everyone the articles on Y quote, each under their own name."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.kinds_of_people import means_anyone
from tests.support.indexes import index_of

# our own articles: two people quoted on a tram line; a survey's "people" quoted on phones
ARTICLES = {
    "tram.txt": (
        "Tram line to reach the stadium\n\n"
        "The tram line will be extended to the stadium by next summer.\n\n"
        '"Every fan should be able to ride the tram to the match," said mayor Mara Quill.\n\n'
        '"The tram extension will choke our high street for a year," said shopkeeper Ivo '
        "Brandt.\n"
    ),
    "phones.txt": (
        "Survey on phone habits\n\n"
        "Six in ten people said they checked their phones before breakfast, a survey found.\n"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("anyone"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what are people saying about the tram extension",
        "what did everyone say about the tram extension",
        "What do most people think about the tram extension?",
        # a passive names no one: whatever was said, by anyone
        "what was said about the tram extension",
        "what's been said about the tram extension?",
        "what is being said about the tram extension",
        # "someone" names no one either: "No quotes from someone in the articles" was said
        "what did someone say about the tram extension",
        "what has somebody said about the tram extension?",
    ],
)
def test_people_on_a_topic_are_everyone_quoted_on_it(index: Index, question: str) -> None:
    result = answer(index, question)
    assert result.found
    assert {hit.speaker for hit in result.quotes} == {"Mara Quill", "Ivo Brandt"}
    assert result.lead.startswith("What people (")


def test_people_without_a_topic_ask_what_about(index: Index) -> None:
    result = answer(index, "what are people saying?")
    assert not result.found and not result.quotes
    assert result.lead.startswith("About what?")


@pytest.mark.parametrize(
    ("phrase", "anyone"),
    [("people", True), ("most people", True), ("Everyone", True), ("anybody", True),
     ("someone", True), ("people power", False), ("peoples", False), ("mara quill", False)],
)  # fmt: skip
def test_means_anyone(phrase: str, anyone: bool) -> None:
    assert means_anyone(phrase) is anyone
