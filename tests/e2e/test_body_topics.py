"""A body's words answer "what did the US say about Iraq?" only where they name it: a body speaks
of many things in one story, and its line on Iran in a story on Iraq's trade talks is no word
on Iraq (a person's words in such a story still are: a speech goes on about its subject).
Through `answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.speaker_quotes import own_words_only
from tests.support.indexes import filler_notes
from tests.support.processes import ask_each

pytestmark = pytest.mark.e2e

ARTICLES = filler_notes(120)
ARTICLES |= {
    "talks.txt": (
        "Iraq joins trade talks\n\nIraq has been allowed to start talks to join the trade "
        "club. Iraq's trade minister welcomed the move. But the US said it could not approve "
        "Iran's application while it reviewed relations.\n\n"
        'Trade envoy Ola Brandt said: "This is a great day for our exports."\n'
    ),
    "steel.txt": (
        "Steel duties cut\n\nThe US said it would cut its duties on steel from Europe next year.\n"
    ),
}


@pytest.mark.parametrize(
    ("speaker", "own"),
    [("US", True), ("MPs", True), ("Ola Brandt", False), ("a spokesman for Ada Vale", False)],
)
def test_a_body_is_held_to_its_own_words(speaker: str, own: bool) -> None:
    assert own_words_only(speaker) is own


def test_a_bodys_words_on_another_country_are_not_on_the_one_asked(index: Index) -> None:
    result = answer(index, "what did the US say about iraq?")
    assert result.speaker == "US"
    assert result.lead.startswith("No words of the US name iraq in the articles")


def test_a_bodys_words_naming_the_topic_answer_it(index: Index) -> None:
    result = answer(index, "what did the US say about iran?")
    assert result.lead.startswith("What the US said about iran")
    assert "Iran's application" in result.quotes[0].quote.text


def test_a_persons_words_in_a_story_on_the_topic_still_answer_it(index: Index) -> None:
    result = answer(index, "what did Ola Brandt say about iraq?")
    assert result.lead.startswith("What Ola Brandt said about iraq")


def test_the_command_line_says_the_body_did_not_name_the_topic(workdir: Path) -> None:
    (iraq,) = ask_each("what did the US say about iraq?", cwd=workdir)
    assert iraq.startswith("No words of the US name iraq in the articles")
    assert "Iran's application" in iraq
