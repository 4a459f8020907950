"""A title asked alone ("what did the king say?") is the person the articles write after that
title, or a question which of them, never a namesake whose surname is the word."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import index_of

_NOVEL = (
    "New novel\n\n"
    '"Horror is about fear of the ordinary," said author Stephen King at the book launch.\n'
)
_WEATHER = "Snow expected\n\nSnow is expected across the north tonight.\n"
_FJORDS = (
    "Royal visit\n\n"
    '"The people of the fjords are strong," King Harald said during a visit to Bergen.\n'
)
_NOBEL = (
    "Nobel dinner\n\n"
    '"Science lights the way," said King Carl Gustaf at the Nobel dinner in Stockholm.\n'
)
_FLOOD = "Pope prays\n\nPope Benedict said he prayed for the victims of the flood.\n"


@pytest.fixture(scope="module")
def one_king(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("one_king")
    texts = {"royal.txt": _FJORDS, "novel.txt": _NOVEL, "snow.txt": _WEATHER, "pope.txt": _FLOOD}
    return index_of(folder, texts)


@pytest.fixture(scope="module")
def two_kings(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("two_kings")
    texts = {"royal.txt": _FJORDS, "nobel.txt": _NOBEL, "novel.txt": _NOVEL, "snow.txt": _WEATHER}
    return index_of(folder, texts)


@pytest.fixture(scope="module")
def no_king(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("no_king")
    return index_of(folder, {"novel.txt": _NOVEL, "snow.txt": _WEATHER, "pope.txt": _FLOOD})


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("what did the king say", "King Harald"),
        ("What did the King say about the fjords?", "King Harald"),
        ("what did the pope say", "Pope Benedict"),
    ],
)
def test_a_title_alone_is_the_one_the_articles_title_so(
    one_king: Index, question: str, person: str
) -> None:
    # "what did the king say" offered "Did you mean Stephen King?"
    result = answer(one_king, question)
    assert result.speaker == person, result.lead
    assert "Stephen King" not in result.lead


def test_a_surname_and_a_role_still_find_the_namesake(one_king: Index) -> None:
    assert answer(one_king, "what did stephen king say").speaker == "Stephen King"
    assert answer(one_king, "what did the author say").speaker == "Stephen King"


def test_a_title_dropped_from_the_name_quoted_is_read_where_it_is_written(
    two_kings: Index,
) -> None:
    # "King Carl Gustaf" is quoted as Carl Gustaf: several kings, asked which
    chat = Conversation()
    result = answer(two_kings, "what did the king say", conversation=chat)
    assert result.speaker is None and not result.quotes, result.lead
    assert set(result.choices) == {"King Harald", "Carl Gustaf"}, result.lead
    assert "Stephen King" not in result.lead
    # the reply may give the title with the name
    picked = answer(two_kings, "King Carl Gustaf", conversation=chat)
    assert picked.speaker == "Carl Gustaf", picked.lead


def test_a_topic_tells_the_titled_apart(two_kings: Index) -> None:
    result = answer(two_kings, "what did the king say about science")
    assert result.speaker == "Carl Gustaf", result.lead


def test_no_one_so_titled_offers_no_namesake(no_king: Index) -> None:
    result = answer(no_king, "what did the king say")
    assert result.speaker is None and not result.quotes
    assert result.suggestion is None and "Did you mean" not in result.lead, result.lead
