"""Small talk typed to a chat gets a short reply, never passages that hold the word."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.search import Conversation, answer
from qabot.search.small_talk import small_talk
from tests.support.indexes import index_of


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("thanks", "You're welcome."),
        ("ok thanks!", "You're welcome."),
        ("Great, thank you very much", "You're welcome."),
        ("hello", "Hello!"),
        ("good morning", "Hello!"),
        ("bye", "Goodbye."),
        ("see you", "Goodbye."),
        ("ok", "Ask a question"),
        ("yes", "Ask a question"),
        ("yes please", "Ask a question"),  # a yes to nothing offered
        ("ok thanks please", "You're welcome."),
    ],
)
def test_chat_words_get_a_reply(text: str, opening: str) -> None:
    reply = small_talk(text)
    assert reply is not None and reply.startswith(opening)


@pytest.mark.parametrize(
    "text", ["thanks for the deal", "no deal", "yes minister", "ok 2005", "more please"]
)
def test_a_message_with_other_words_is_a_question(text: str) -> None:
    assert small_talk(text) is None


def test_thanks_is_answered_without_passages_holding_it(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {"sponsor.txt": "Club thanks sponsor\n\nThe club said thanks to its sponsor, OK Foods.\n"},
    )
    for text in ("thanks", "ok", "yes please"):
        result = answer(index, text)
        assert not result.found and not result.passages


def test_more_with_no_question_before_it_says_so(tmp_path: Path) -> None:
    # a new console's first "more" was told '“more” has only common words'
    index = index_of(
        tmp_path, {"ferry.txt": "Ferry strike\n\nThe ferry crews went on strike on Monday.\n"}
    )
    chat = Conversation()
    for text in ("more", "show me more", "next page"):
        result = answer(index, text, conversation=chat)
        assert not result.found and not result.passages
        assert result.lead.startswith("No question was asked before this one to show more of.")
    assert answer(index, "ferry strike", conversation=chat).found
    assert answer(index, "more", conversation=chat).lead == "No more passages for “ferry strike”."
