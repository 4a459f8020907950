"""A topic word in another form of the same word family counts as the word when "what did X
say about Y" judges whether X spoke on Y: "advertisers" for "adverts"; a short word with an
ending ("pressure" of "press"), a prefix ("reform" of "form"), a person's name or the speaker's
role ("economist" of "economy") do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.topic_forms import as_asked, same_family
from qabot.text import tokenize
from tests.support.indexes import index_of


def _always(article_id: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("asked", "written"),
    [("adverts", "advertisers"), ("economy", "economic"), ("economic", "economy")],
)
def test_a_long_word_with_an_ending_on_or_off_is_the_topic_word(asked: str, written: str) -> None:
    [term] = tokenize(asked)
    said = [("a1", set(tokenize(f"the {written} paid")))]
    assert term in as_asked({term}, said, _always, inflected=True)[0]


@pytest.mark.parametrize(
    ("asked", "written"),
    [("press", "pressure"), ("still", "stiller"), ("form", "reform"), ("crowd", "overcrowded")],
)
def test_a_short_word_or_a_prefix_makes_another_word(asked: str, written: str) -> None:
    [term] = tokenize(asked)
    said = [("a1", set(tokenize(f"the {written} grew")))]
    assert term not in as_asked({term}, said, _always, inflected=True)[0]


def test_a_persons_name_has_no_word_family() -> None:
    [term] = tokenize("christie")
    said = [("a1", set(tokenize("christian values")))]
    assert term in as_asked({term}, said, _always, inflected=True)[0]
    assert term not in as_asked({term}, said, _always, inflected=True, apart={term})[0]


def test_the_speakers_role_is_no_word_of_the_topic() -> None:
    [term] = tokenize("economy")
    said = [("a1", set(tokenize("growth is slow, said the chief economist")))]
    assert term in as_asked({term}, said, _always, inflected=True)[0]
    assert term not in as_asked({term}, said, _always, inflected=True, apart={"economist"})[0]


@pytest.mark.parametrize(
    ("term", "form", "family"),
    [
        ("advert", "advertis", True),
        ("economi", "econom", True),
        ("advert", "advert", False),
        ("press", "pressur", False),
        ("overcrowd", "crowd", False),
    ],
)
def test_same_family(term: str, form: str, family: bool) -> None:
    assert same_family(term, form) is family


ARTICLES = {
    "radio.txt": "Radio sales\n\n"
    '"Advertisers pay far less for late slots on local stations," said Ivo Marsh, an analyst '
    "at Tern Media.\n",
    "boats.txt": "Boats repainted\n\nThe yard will paint the boats blue before the summer.\n",
    "harbour.txt": "Harbour ferries\n\nThe harbour ferries will run later in June under a new "
    "timetable, the operator said.\n",
    "adverts.txt": "Adverts banned\n\nAdverts for sweets were banned from children's television "
    "after a review of the rules.\n",
    "school.txt": "School library\n\nThe school has a plan for a new library and gym.\n",
    "museum.txt": "Museum opens\n\n"
    '"Winston Churchill would have loved these old maps," said Ada Vale, its director.\n',
    "chapel.txt": "Chapel roof\n\nThe church roof will be mended before the winter.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("topic_forms")), ARTICLES)


def test_words_on_advertisers_answer_what_was_said_about_adverts(index: Index) -> None:
    result = answer(index, "what did Ivo Marsh say about adverts?")
    assert result.speaker == "Ivo Marsh"
    assert result.lead == "What Ivo Marsh said about adverts:"
    assert result.quotes and "Advertisers pay" in result.quotes[0].quote.text


def test_a_name_in_the_words_said_is_no_form_of_the_topic(index: Index) -> None:
    result = answer(index, "what did Ada Vale say about the church?")
    assert result.speaker == "Ada Vale"
    assert result.lead is not None and "said about the church:" not in result.lead
