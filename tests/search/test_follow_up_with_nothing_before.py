"""A follow-up typed first ("and in 2005?") says that no question came before it, never
"No dated article in the index matches that" nor the news of those days; "anything on X?"
asks what there is on X (after someone, their words on it), never X's own words."""

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


_BODY_QUOTED = {
    **_QUOTED,
    "border.md": ("2024-03-05", "Valley Herald", "Border talks stall",
                  '"The crossing stays shut until the talks resume," Valdoria said in a '
                  "statement. Talks on the Valdoria border stalled; lorries queued."),
    "orchard.md": ("2024-03-06", "Harbour Post", "Orchards flower early",
                   "The orchards of the valley flowered early after a warm February."),
}  # fmt: skip


@pytest.mark.parametrize(
    "text", ["anything on Valdoria?", "something about valdoria", "anything else on Valdoria"]
)
def test_anything_on_a_quoted_name_asks_what_there_is_on_it(tmp_path: Path, text: str) -> None:
    # "anything on iraq?" was answered "What Iraq said:": no verb of speech asks for its words
    index = dated_index_of(tmp_path, _BODY_QUOTED)
    assert answer(index, "what did valdoria say?").speaker == "Valdoria"  # quoted, asked so
    for chat in (Conversation(), None):  # a new chat, and `qabot ask`
        result = answer(index, text, conversation=chat)
        assert result.speaker is None and not result.quotes, result.lead
        assert result.passages[0].article.title == "Border talks stall"
        assert "but not" not in result.lead, result.lead  # "something" was searched too


def test_anything_on_a_topic_after_someone_asks_their_words_on_it(tmp_path: Path) -> None:
    index = dated_index_of(tmp_path, _BODY_QUOTED)
    chat = Conversation()
    assert answer(index, "what did Mara Quill say?", conversation=chat).speaker == "Mara Quill"
    fares = answer(index, "anything on the fares?", conversation=chat)
    assert fares.speaker == "Mara Quill" and fares.quotes, fares.lead
    # a name quoted too is still the topic of her words, not someone new asked about
    other = answer(index, "anything on Valdoria?", conversation=chat)
    assert other.speaker == "Mara Quill", other.lead
    assert all(hit.quote.speaker != "Valdoria" for hit in other.quotes)
