"""A follow-up naming an outlet no article is from ("and in the guardian?") is told so, while
"the" and a masthead noun the articles write as a word ("and in the world?", "what about in
the press?") is a place or a scope asked of the last question, as before. Through answer(), on
short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import index_of

ARTICLES = {
    "phones.txt": "Phone boom\n\nMore than 40 million people in Tarnland own a mobile phone, "
    "the regulator said. Around the world, phone sales doubled.\n",
    "press.txt": "Press freedom\n\nThe minister spoke on the record about press freedom. "
    '"The press must be free," Ann Vole said.\n',
    "fares.txt": "Rail fares\n\nRail fares will rise in January, operators said.\n",
}
ABSENT = "No article is from"


@pytest.fixture(scope="module")
def followups_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder: Path = tmp_path_factory.mktemp("followups")
    return index_of(folder, ARTICLES)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how many people own a mobile phone?", "and in the world?"),
        ("how many people own a mobile phone?", "and in The world?"),  # "the" in any case
        ("what did ann vole say?", "what about in the press?"),
        ("what did ann vole say?", "and on the record?"),
    ],
)
def test_a_masthead_noun_the_articles_write_as_a_word_is_no_outlet(
    followups_index: Index, first: str, then: str
) -> None:
    chat = Conversation()
    answer(followups_index, first, conversation=chat)
    assert not answer(followups_index, then, conversation=chat).lead.startswith(ABSENT)


def test_a_paper_the_articles_never_write_is_said_to_be_absent(followups_index: Index) -> None:
    chat = Conversation()
    answer(followups_index, "how many people own a mobile phone?", conversation=chat)
    result = answer(followups_index, "and in the guardian?", conversation=chat)
    assert result.lead == "No article is from the Guardian, so it cannot narrow the last question."
