"""A country typed alone in "what about X?" is a topic: what there is on it (after someone,
their words on it), never the country's own words, though the articles quote it; a person
asked so is still that person's words."""

from __future__ import annotations

import io

import pytest

from qabot.console import run
from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import dated_index_of


@pytest.fixture(scope="module")
def border(tmp_path_factory: pytest.TempPathFactory) -> Index:
    # Norway and South Korea are quoted as bodies; Edda France has a country for a surname
    return dated_index_of(
        tmp_path_factory.mktemp("border"),
        {
            "fjord.md": ("2024-03-05", "Valley Herald", "Fjord ferries halted",
                         '"The crossings stay shut until the storm passes," Norway said in a '
                         "statement. Ferries across the Norway fjords were halted for a week."),
            "chips.md": ("2024-03-06", "Valley Herald", "Chip plant opens",
                         '"We will double output," South Korea said. A chip plant in South '
                         "Korea opened on Monday."),
            "pay.md": ("2024-03-07", "Harbour Post", "Ferry pay talks",
                       '"Crews crossing to Norway deserve more," said Mara Quill, the ferry '
                       "union's leader. Talks on ferry pay resumed."),
            "wine.md": ("2024-03-08", "Harbour Post", "Vineyard sold",
                        '"The harvest was the best in years," said Edda France, who sold the '
                        "vineyard. The vineyard in the valley changed hands."),
        },
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("what about norway?", "Fjord ferries halted"),
        ("What about Norway", "Fjord ferries halted"),
        ("what about south korea?", "Chip plant opens"),
        ("and what about the Norway?", "Fjord ferries halted"),
    ],
)
def test_a_country_asked_alone_is_searched_as_a_topic(
    border: Index, text: str, title: str
) -> None:
    # "what about iraq?" answered "What Iraq said:": a quoted country read as the speaker
    for chat in (Conversation(), None):  # a new chat, and `qabot ask`
        result = answer(border, text, conversation=chat)
        assert result.speaker is None and not result.quotes, result.lead
        assert result.found and result.passages[0].article.title == title, result.lead


def test_a_country_that_is_a_surname_too_is_the_country(border: Index) -> None:
    result = answer(border, "what about France?", conversation=Conversation())
    assert result.speaker is None and not result.quotes, result.lead


def test_asked_with_a_verb_of_speech_or_by_a_name_it_is_still_the_speaker(border: Index) -> None:
    assert answer(border, "what did Norway say?").speaker == "Norway"
    assert answer(border, "what did south korea say?").speaker == "South Korea"
    assert answer(border, "what about Edda France?", conversation=Conversation()).speaker == (
        "Edda France"
    )
    assert answer(border, "what about Mara Quill?", conversation=Conversation()).speaker == (
        "Mara Quill"
    )


def test_a_country_after_someone_asks_their_words_on_it(border: Index) -> None:
    chat = Conversation()
    assert answer(border, "what did Mara Quill say?", conversation=chat).speaker == "Mara Quill"
    result = answer(border, "what about Norway?", conversation=chat)
    assert result.speaker == "Mara Quill", result.lead
    assert all(hit.quote.speaker != "Norway" for hit in result.quotes)


def test_the_console_answers_a_country_with_passages(border: Index) -> None:
    conversation = Conversation()
    shown = io.StringIO()
    run(
        lambda asked: answer(border, asked, conversation=conversation),
        io.StringIO("what about norway?\n"),
        shown,
    )
    assert "What Norway said" not in shown.getvalue()
    assert "Best matching passages" in shown.getvalue()
    assert "Fjord ferries halted" in shown.getvalue()


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Index:
    # Corvale is a town no lexicon knows, and Ivo Corvale's surname; the stories write the town
    # after "in", "at", "from"
    return dated_index_of(
        tmp_path_factory.mktemp("town"),
        {
            "market.md": ("2024-04-01", "Valley Herald", "Market reopens",
                          "The market in Corvale reopened on Saturday. Traders from Corvale "
                          "and the hills sold cheese at Corvale's old square."),
            "bridge.md": ("2024-04-02", "Valley Herald", "Bridge repaired",
                          "The bridge at Corvale was repaired after the floods. Buses in "
                          "Corvale run again."),
            "mayor.md": ("2024-04-03", "Harbour Post", "Tolls scrapped",
                         '"The tolls were never fair," said Ivo Corvale, the county treasurer. '
                         "Corvale said the county would pay for the bridge."),
            "fares.md": ("2024-04-04", "Harbour Post", "Fares frozen",
                         '"Fares stay as they are," said Mara Quill, the ferry union leader.'),
        },
    )  # fmt: skip


def test_a_name_the_articles_write_as_a_place_is_a_topic(town: Index) -> None:
    result = answer(town, "what about Corvale?", conversation=Conversation())
    assert result.speaker is None and not result.quotes, result.lead
    assert result.found and result.passages
    # the person by name, and a surname the articles never place, are still people
    assert answer(town, "what about Ivo Corvale?", conversation=Conversation()).speaker == (
        "Ivo Corvale"
    )
    assert answer(town, "what about quill?", conversation=Conversation()).speaker == "Mara Quill"
