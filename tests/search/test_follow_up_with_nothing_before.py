"""A follow-up typed first ("and in 2005?") says that no question came before it, never
"No dated article in the index matches that" nor the news of those days."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.search import Conversation, answer
from tests.support.indexes import dated_index_of, index_of

_DATED = {
    "old.md": ("2005-06-01", "Harbour Post", "Ferry crews strike", "The ferry crews struck."),
    "new.md": ("2024-03-04", "Valley Herald", "Ferry fares rise", "Ferry fares rose by a tenth."),
}


@pytest.mark.parametrize(
    "text",
    ["and in 2005?", "And last week?", "what about in 2005?", "and in the Valley Herald?"],
)
def test_a_follow_up_with_no_question_before_it_says_so(tmp_path: Path, text: str) -> None:
    index = dated_index_of(tmp_path, _DATED)
    for chat in (Conversation(), None):  # a new chat, and `qabot ask`
        result = answer(index, text, conversation=chat)
        assert not result.found and not result.passages
        assert result.lead.startswith("No question was asked before this one"), result.lead


def test_in_an_undated_archive_too(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"ferry.txt": "Ferry strike\n\nThe ferry crews struck.\n"})
    result = answer(index, "and in 2005?", conversation=Conversation())
    assert result.lead.startswith("No question was asked before this one"), result.lead


def test_dates_alone_and_real_follow_ups_are_unchanged(tmp_path: Path) -> None:
    index = dated_index_of(tmp_path, _DATED)
    alone = answer(index, "in 2005")  # the news of those days, no follow-up
    assert alone.found and alone.passages[0].article.source == "Harbour Post"
    chat = Conversation()
    assert answer(index, "ferry", conversation=chat).found
    again = answer(index, "and in 2005?", conversation=chat)
    assert again.found and [hit.article.source for hit in again.passages] == ["Harbour Post"]


@pytest.mark.parametrize("text", ["what about in 2005?", "what about last year?"])
def test_what_about_dates_asks_the_last_search_again(tmp_path: Path, text: str) -> None:
    # "what about in 2005?" read as a speech follow-up about "in 2005" lost its dates and
    # searched "2005" as a word ("No article mentions “2005”")
    index = dated_index_of(
        tmp_path,
        {
            **_DATED,
            "mid.md": ("2023-05-01", "Harbour Post", "Ferry routes cut", "Ferry routes cut."),
        },
    )
    chat = Conversation()
    assert answer(index, "ferry", conversation=chat).found
    again = answer(index, text, conversation=chat)
    assert again.found and len(again.passages) == 1, again.lead
    assert again.passages[0].article.date[:4] in {"2005", "2023"}


_QUOTED = {
    "fares.md": ("2024-03-04", "Valley Herald", "Ferry fares rise",
                 '"The fares had to rise," said Mara Quill, the ferry company\'s director. '
                 "Ferry fares rose by a tenth."),
}  # fmt: skip


@pytest.mark.parametrize(
    "text", ["what did she say about the fares?", "What did he say on fares", "what did they say?"]
)
def test_a_pronoun_speaker_with_no_one_before_asks_who_is_meant(tmp_path: Path, text: str) -> None:
    # it was searched as words: "no sentence about “say” has “fares”"
    index = dated_index_of(tmp_path, _QUOTED)
    for chat in (Conversation(), None):  # a new chat, and `qabot ask`
        result = answer(index, text, conversation=chat)
        assert not result.found and not result.passages
        assert result.lead.startswith("Who do you mean?"), result.lead


def test_a_pronoun_in_the_topic_is_no_speaker_asked_for(tmp_path: Path) -> None:
    index = dated_index_of(tmp_path, _QUOTED)
    result = answer(index, "what did Mara Quill say about her fares?")
    assert result.found and result.speaker == "Mara Quill", result.lead
