"""A quoted body asked by the distinctive words of its name ("what did quillmont say" of
"Quillmont Pictures"), with what it does added, written with a role before it, or shared by
two bodies (asked which); a person at the body is not the body. Through answer(), on invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.body_name_parts import body_by_its_words
from tests.support.indexes import index_of

ARTICLES = {
    "studio.txt": (
        "Studio drops sequel\n\n"
        "Film studio Quillmont Pictures has dropped plans for a sequel to its space drama.\n\n"
        'Quillmont Pictures said: "The script was not ready and the budget had doubled."\n\n'
        "Fans had campaigned for the sequel for two years, and posted pictures of its stars.\n"
    ),
    "dam.txt": (
        "Dam work halted\n\n"
        "Work on the Harrowgate Gorge dam has been halted by order of the environment agency.\n\n"
        'The Harrowgate Gorge Project Corp said: "We will obey the order to stop work and '
        'review the river surveys."\n\n'
        "Villagers downstream had protested against the project for months.\n"
    ),
    "fares.txt": (
        "Fares to rise\n\n"
        "Travellers on Zentara Airlines face higher fares this winter, and hotels run by "
        "Zentara Group will cost more.\n\n"
        'Zentara Airlines said: "Fuel costs have forced us to raise fares on every route."\n\n'
        'Zentara Group said: "The rise in fares will be reviewed in spring."\n'
    ),
    "festival.txt": (
        "Festival sold out\n\n"
        "Tickets for the summer music festival in the park sold out within an hour.\n\n"
        'Organiser Quillmont Events Ltd said: "We have never seen demand like it for the '
        'weekend."\n\n'
        "Fans queued overnight outside the box office.\n"
    ),
    "weather.txt": (
        "Storm warning issued\n\n"
        "Forecasters have warned of gales along the coast on Sunday.\n\n"
        "Coastguards asked walkers to keep away from cliff paths.\n\n"
        "A sea wall project finished last year should protect the harbour.\n"
    ),
    "park.txt": (
        "Park reopens\n\n"
        "The town park has reopened after a year-long project to replant its gardens.\n\n"
        "Gardeners took pictures of the first tulips.\n"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("bodies"), ARTICLES)


def test_a_body_asked_by_its_first_word_is_that_body(index: Index) -> None:
    result = answer(index, "what did quillmont say about the sequel", top=5)
    assert result.speaker == "Quillmont Pictures"
    assert any("script was not ready" in hit.quote.text for hit in result.quotes)


def test_a_body_asked_by_words_inside_its_name_with_what_it_does_is_that_body(
    index: Index,
) -> None:
    result = answer(index, "what did the harrowgate gorge dam builder say about the order", top=5)
    assert result.speaker == "Harrowgate Gorge Project Corp"
    assert any("stop work" in hit.quote.text for hit in result.quotes)


def test_a_body_written_with_a_role_before_its_name_is_found_by_its_canonical_name(
    index: Index,
) -> None:
    # "Organiser Quillmont Events Ltd" as written is "Quillmont Events Ltd" in the directory
    result = answer(index, "what did quillmont say about demand", top=5)
    assert result.speaker == "Quillmont Events Ltd"
    assert any("never seen demand" in hit.quote.text for hit in result.quotes)


def test_words_two_bodies_names_hold_ask_which(index: Index) -> None:
    found = body_by_its_words(index, "zentara")
    assert found.ask
    assert set(found.choices) == {"Zentara Airlines", "Zentara Group"}


def test_a_person_at_the_body_is_not_the_body(index: Index) -> None:
    assert body_by_its_words(index, "the quillmont boss").person is None


@pytest.mark.parametrize("phrase", ["the project", "the pictures", "the coastguards"])
def test_words_naming_no_body_of_their_own_read_no_one(index: Index, phrase: str) -> None:
    assert body_by_its_words(index, phrase).person is None
