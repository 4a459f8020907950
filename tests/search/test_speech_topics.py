"""The topic of a speech question as searched: forms of "say" and "tell" left out of a "what
did X say about Y" topic (every quote's sentence holds one), through `read_question` and
answer() on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.question import read_question
from qabot.search.speech_topics import decade_forms, searched_topic
from tests.support.indexes import index_of

ARTICLES = {
    "orchard.txt": "Orchard harvest late\n\nApple growers said the harvest came late this "
    'year. "We lost a week of picking," said grower Tom Hale.\n',
    "ferry.txt": "Ferry timetable cut\n\nThe winter ferry timetable was cut to two "
    'sailings. "It is a blow to the island," said councillor Rob Ince.\n',
    "club.txt": "Club closes\n\nThe Riverton jazz club, where bands played through the 1960s, "
    'has closed. Owner Ada Vale said she was "never in bed before dawn" during the 1960s.\n',
    "mill.txt": "Mill sold\n\nThe old mill was sold at auction. "
    '"It is a fair price," said mill chairman Olaf Brandt.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("topics"), ARTICLES)


@pytest.mark.parametrize(
    ("topic", "searched"),
    [
        ("what he said of the harvest", "what he of the harvest"),
        ("the ferry, as she told reporters", "the ferry, as she reporters"),
        ("Says Who, the film", "Who, the film"),
        ("the harvest", "the harvest"),
        ("saying", "saying"),  # nothing else would be searched
        ("what he said", "what he said"),  # ... nothing but stop words
    ],
)
def test_searched_topic_leaves_out_forms_of_say_and_tell(topic: str, searched: str) -> None:
    assert searched_topic(topic) == searched


def test_a_what_did_topic_is_searched_without_said(index: Index) -> None:
    read = read_question(index, "what did Tom Hale say about what he said of the harvest?")
    assert read.topic_terms == ("harvest",)
    assert read.speech is not None and read.speech.topic == "what he said of the harvest"


def test_a_who_said_topic_keeps_its_speech_verbs(index: Index) -> None:
    # the words someone said may hold "said": they are what is looked for
    read = read_question(index, "who said the growers told him the harvest came late?")
    assert "told" in read.topic_terms


def test_said_in_the_topic_finds_the_same_words(index: Index) -> None:
    plain = answer(index, "what did Tom Hale say about the harvest?")
    said = answer(index, "what did Tom Hale say about what he said of the harvest?")
    assert [hit.quote.text for hit in said.quotes] == [hit.quote.text for hit in plain.quotes]
    assert said.quotes and said.speaker == "Tom Hale"


def test_a_person_named_nowhere_is_said_so_whatever_the_topic_says(index: Index) -> None:
    result = answer(index, "what did Ilsa Quorn say about what she said of the mill?")
    assert not result.found and not result.passages
    assert result.lead.startswith("Ilsa Quorn is not named in the articles")


def test_a_decade_asked_as_a_word_finds_it_as_the_articles_write_it(index: Index) -> None:
    result = answer(index, "what did ada vale say about the sixties", top=3)
    assert result.lead.startswith("What Ada Vale said about the sixties")
    assert result.found


@pytest.mark.parametrize(
    ("topic", "forms"),
    [
        ("the sixties", ("1960s", "60s")),
        ("the swinging sixties", ("1960s", "60s")),
        ("men in their sixties", ()),
    ],
)
def test_only_a_decade_after_the_is_read_as_one(topic: str, forms: tuple[str, ...]) -> None:
    assert decade_forms(topic) == forms


@pytest.mark.parametrize("about", ["abuot", "abotu", "aboout", "abut"])
def test_about_typed_with_a_slip_opens_the_topic_as_about_does(index: Index, about: str) -> None:
    # "what did X say abuot Y": the lead says "said about Y", not "said about abuot Y", and the
    # slip is no word of the topic
    result = answer(index, f"what did tom hale say {about} the harvest")
    assert result.speaker == "Tom Hale"
    assert result.topic == "the harvest"
    assert result.lead.startswith("What Tom Hale said about the harvest")


def test_a_word_after_say_that_is_no_slip_of_about_stays_in_the_topic(index: Index) -> None:
    result = answer(index, "what did tom hale say after the harvest")
    assert result.lead.startswith("What Tom Hale said after the harvest")
