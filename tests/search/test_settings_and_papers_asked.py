"""A place, a time or a paper asked where a person could be: no one the articles tie to it."""

from __future__ import annotations

import io

import pytest

from qabot.attribution import SpeakerDirectory
from qabot.console import run
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import Conversation, answer
from tests.support.indexes import index_of


def quote(article: str, speaker: str, text: str, sentence: str) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), sentence)


@pytest.fixture(scope="module")
def directory() -> SpeakerDirectory:
    sentences = {
        "a": "Lido president Ana Ruiz of Corvale said the pool would open on Tuesday.",
        "b": "Night guard Bo Lind, a guardian of the Corvale archive, said the doors were shut.",
        "c": "Freedonian minister Cy Moss said the border would open.",
    }
    quotes = [
        quote("a", "Ana Ruiz", "the pool would open", sentences["a"]),
        quote("b", "Bo Lind", "the doors were shut", sentences["b"]),
        quote("c", "Cy Moss", "the border would open", sentences["c"]),
    ]
    return SpeakerDirectory.build(quotes, sentences)


@pytest.mark.parametrize(
    "phrase", ["in Corvale", "at the lido", "on Tuesday", "from Freedonia", "In Corvale"]
)
def test_a_phrase_opening_with_a_preposition_is_where_or_when_not_who(
    directory: SpeakerDirectory, phrase: str
) -> None:
    assert directory.resolve(phrase) == []


def test_a_papers_name_is_no_holder_of_a_role_spelt_like_it(directory: SpeakerDirectory) -> None:
    # "the Guardian" read as a role went to whoever is a "guard"
    assert directory.resolve("the Guardian") == []
    assert directory.resolve("the Corvale Herald") == []
    # a role is still its holder's, and a person's noun beside the place still a person
    assert directory.resolve("the night guard") == ["Bo Lind"]
    assert directory.resolve("the Freedonian minister") == ["Cy Moss"]


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("harbour"),
        {
            "guard.txt": "Harbour gates locked\n\n"
            '"Nobody gets in after dark," said Tom Reed, a security guard at the Westhaven '
            "docks.\n\nThe gates were locked at dusk all week.\n",
            "lido.txt": "Lido reopens\n\n"
            '"The water is warm at last," said lido president Ana Ruiz of Corvale.\n',
        },
    )


@pytest.mark.parametrize(
    "question",
    ["what did the Gazette say about the harbour gates", "what did the guardian say about dark"],
)
def test_a_paper_asked_is_not_answered_with_a_guards_words(harbour: Index, question: str) -> None:
    reply = answer(harbour, question)
    assert reply.speaker is None
    assert all(hit.quote.speaker != "Tom Reed" for hit in reply.quotes)


def test_a_setting_asked_after_nothing_starts_with_no_one(harbour: Index) -> None:
    reply = answer(harbour, "what about in Corvale?", conversation=Conversation())
    assert reply.speaker is None
    assert all(hit.quote.speaker != "Ana Ruiz" for hit in reply.quotes)
    # the person is still asked by name, and by role
    assert answer(harbour, "what about Ana Ruiz?", conversation=Conversation()).speaker == (
        "Ana Ruiz"
    )
    assert answer(harbour, "what did the security guard say?").speaker == "Tom Reed"


def test_the_console_answers_a_setting_with_passages_not_someones_words(harbour: Index) -> None:
    conversation = Conversation()
    shown = io.StringIO()
    run(
        lambda asked: answer(harbour, asked, conversation=conversation),
        io.StringIO("what about in Corvale?\nwhat did the Guardian say?\n"),
        shown,
    )
    assert "Ana Ruiz said" not in shown.getvalue()
    assert "Tom Reed said" not in shown.getvalue()


def test_a_bodys_noun_is_held_by_bodies_not_by_people_given_it_beside_a_persons_noun() -> None:
    sentences = {
        "a": "Eastland's biggest insurer Orsa said claims were up.",
        "b": "Company spokesman Ivo Marr said the insurer would pay.",
    }
    quotes = [
        quote("a", "Orsa", "claims were up", sentences["a"]),
        quote("b", "Ivo Marr", "the insurer would pay", sentences["b"]),
    ]
    directory = SpeakerDirectory.build(quotes, sentences)
    assert directory.resolve("the biggest insurer") == ["Orsa"]
    # the company is no company spokesman (he still is who "the company spokesman" means)
    assert "Ivo Marr" not in directory.resolve("the company")
    assert directory.resolve("the company spokesman") == ["Ivo Marr"]


def test_a_bodys_noun_alone_asked_on_a_topic_is_the_body_its_story_quotes(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    index = index_of(
        tmp_path_factory.mktemp("publication"),
        {
            "award.txt": "Ann Ward named businesswoman of the year\n\nA US publication has "
            'named Ann Ward its businesswoman of the year. "She turned the mill round in a '
            'year," said Corbel, which has run the award since 1990.\n',
            "mill.txt": 'Mill profits\n\nMill profits rose. "We sold more flour," said '
            "publication manager Tom Reed of the mill's newsletter.\n",
        },
    )
    reply = answer(index, "what did the publication say when it named ann ward businesswoman")
    assert reply.speaker == "Corbel"
    assert reply.quotes and "turned the mill round" in reply.quotes[0].quote.text
