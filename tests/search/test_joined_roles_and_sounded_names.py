"""Two ways a reader's speaker reaches the one person meant: a role asked with its owner where
the story joins another role to it before the name ("said chairman and chief executive Tom
Harker" in a story about Velmar), and a surname typed as it sounds ("william haig" of William
Hague's sound). Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.sound_alike import sound_key, sounds_alike
from tests.support.indexes import index_of

ARTICLES = {
    "velmar.txt": (
        "Velmar profits rise\n\n"
        "Velmar, the shipping firm, reported higher profits for the year on Tuesday.\n\n"
        '"We carried more freight than ever before," said chairman and chief executive Tom '
        "Harker.\n"
    ),
    "orbin.txt": (
        "Orbin cuts jobs\n\n"
        "Orbin, the paper maker, will close a mill in the spring.\n\n"
        '"The mill lost money for five years," said chairman and founder Ada Quell.\n'
    ),
    "dunmore.txt": (
        "Dunmore unveil new faces\n\n"
        "Dunmore, the league's newest club, had a busy Friday.\n\n"
        "They unveiled a coach and new signings Ivo Brandt and Ola Sten. "
        '"I came here to win things," said Brandt.\n'
    ),
    "youth.txt": (
        "Youth cup draw made\n\n"
        'The youth cup draw was made. "We fear nobody," said youth coach Ivo Brandt.\n'
    ),
    "hague.txt": (
        "Ex-leader rules out comeback\n\n"
        "Former party leader Walter Hague says he will not stand again, having given up his "
        "hope of a return to the front bench, though friends in the party and in the press had "
        "urged him to think again before the autumn.\n\n"
        '"I have done the job and I will not go back to it," Mr Hague said of the leadership, '
        "speaking at his home in the hills where he now writes books and keeps bees.\n"
    ),
    "contest.txt": (
        "Leadership contest rules\n\n"
        "Leadership rules: the leadership contest opens in May, and leadership hustings follow.\n"
    ),
    "hayes.txt": (
        "Harbour plan approved\n\n"
        'The harbour plan was approved. "Boats will dock sooner," said Walter Hayes.\n'
    ),
    "weir.txt": (
        "Orchard yields\n\n"
        'Apple yields were high. "It was a warm summer," said grower Lena Weir.\n'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("joined"), ARTICLES)


def test_a_role_joined_to_another_before_the_name_is_the_owners(index: Index) -> None:
    result = answer(index, "what did velmar's chairman say about freight?")
    assert result.found and result.speaker == "Tom Harker"
    assert result.quotes[0].quote.text.startswith("We carried more freight")


def test_a_joined_role_in_another_owners_story_is_not_the_owners(index: Index) -> None:
    # Ada Quell chairs Orbin, not Velmar
    result = answer(index, "what did velmar's chairman say about the mill?")
    assert all(hit.speaker != "Ada Quell" for hit in result.quotes)


def test_words_joined_to_a_role_that_are_no_role_tie_no_one(index: Index) -> None:
    # "a coach and new signings Ivo Brandt": Brandt, a youth coach elsewhere, is one of
    # Dunmore's signings, not its coach
    result = answer(index, "what did dunmore's coach say?")
    assert all(hit.speaker != "Ivo Brandt" for hit in result.quotes)


def test_a_surname_typed_as_it_sounds_is_read_as_the_one_quoted(index: Index) -> None:
    result = answer(index, "what did walter haig say about the leadership?")
    assert result.found and result.speaker == "Walter Hague"
    assert result.quotes[0].quote.text.startswith("I have done the job")
    assert result.lead.startswith("No one called walter haig is named in the articles")


def test_a_sounded_surname_off_the_topic_only_suggests(index: Index) -> None:
    result = answer(index, "what did walter haig say about apples?")
    assert result.quotes == [] or all(hit.speaker != "Walter Hague" for hit in result.quotes)


def test_a_sounded_surname_needs_the_given_name_as_written(index: Index) -> None:
    result = answer(index, "what did peter haig say about the leadership?")
    assert all(hit.speaker != "Walter Hague" for hit in result.quotes)


@pytest.mark.parametrize(
    ("asked", "written", "alike"),
    [
        ("haig", "hague", True),
        ("smyth", "smith", True),
        ("philips", "fillips", False),  # another first letter
        ("hayes", "hague", False),
        ("weer", "weir", True),
        ("wer", "weir", False),  # too short to tell
    ],
)
def test_sounds_alike(asked: str, written: str, alike: bool) -> None:
    assert sounds_alike(asked, written) is alike


def test_sound_key_reads_one_spelling_a_sound() -> None:
    assert sound_key("hague") == sound_key("haig") == "hag"
    assert sound_key("mcphee") == "mcfa"
