"""Who holds a role: "who is the Rovers manager?" names the person the articles call so."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.who_is import role_asked
from tests.support.indexes import index_of

ARTICLES = {
    "cup.txt": (
        "Rovers reach cup final\n\n"
        'Rovers manager Tom Hale said: "The players were magnificent tonight."\n\n'
        'Captain Ben Cole said: "We never stopped running."\n'
    ),
    "league.txt": (
        "Rovers lose at home\n\n"
        'Rovers boss Tom Hale said: "We were not good enough today."\n\n'
        "The Rovers manager has won four of his last ten games.\n"
    ),
    "ferries.txt": (
        "Ferry profits rise\n\n"
        'Tidewater Ferries chief executive Ada Quist said: "We had a record summer."\n'
    ),
    "budget.txt": (
        "Ministers clash over budget\n\n"
        '"The budget is fair," said Health Minister Ann Gale.\n\n'
        '"It is not," said Transport Minister Raj Patel.\n'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("roles"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who is the Rovers manager?", "the Rovers manager"),
        ("who's the rovers boss", "the rovers boss"),
        ("Who was the health minister then?", "the health minister"),
        ("who is Tom Hale?", None),  # a name: its passages say who he is
        ("who is right about the budget?", None),
    ],
)
def test_a_role_is_read_from_who_is_questions(question: str, role: str | None) -> None:
    assert role_asked(question) == role


def test_who_holds_a_role_is_the_person_the_articles_call_so(index: Index) -> None:
    result = answer(index, "who is the rovers manager?")
    assert result.found and result.speaker == "Tom Hale"
    assert result.lead == "The articles call Tom Hale the rovers manager:"
    assert result.passages and all("Hale" in hit.passage.text for hit in result.passages)


def test_a_role_several_hold_alike_is_searched_as_words(index: Index) -> None:
    result = answer(index, "who is the minister")
    assert result.speaker is None and not result.lead.startswith("The articles call")


def test_whos_without_its_apostrophe_asks_the_same(index: Index) -> None:
    typed = answer(index, "whos the rovers manager")
    assert typed.speaker == answer(index, "who is the rovers manager?").speaker is not None


def test_a_loose_word_for_a_head_finds_the_one_the_articles_call_otherwise(index: Index) -> None:
    result = answer(index, "who is the boss of tidewater ferries")
    assert result.speaker == "Ada Quist"
    # the articles call her chief executive, not boss: the lead does not claim they do
    assert result.lead.startswith("Going by the roles the articles give, Ada Quist is the boss")


def test_a_ceo_is_the_chief_executive(index: Index) -> None:
    assert answer(index, "who's the ceo of tidewater ferries?").speaker == "Ada Quist"
