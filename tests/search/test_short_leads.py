"""Leads a phone shows whole: the others called by a surname are listed by full name only (a
title and the surname alone counted), and a name typed in lower case and read as the archive
writes it is echoed in the reader's case. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.speech_leads import namesakes_note, titled_surname
from tests.support.indexes import index_of

ARTICLES = {
    "harbour.txt": (
        "Harbour plan backed\n\n"
        'Harbour master Ivo Varga backed the plan. "The harbour will be dredged by summer," '
        'said Ivo Varga. "The channel is too shallow for the ferries," Mr Varga added.\n'
    ),
    "choir.txt": (
        "Choir wins prize\n\n"
        '"We sang our hearts out," said choir leader Pavel Varga after the contest.\n'
    ),
    "bakery.txt": (
        "Bakery opens\n\n"
        'The bakery on the square opened its doors. "Bread will be baked at dawn," '
        'Ms Varga said. "The rye loaf sells out first," Ms Varga added. "We open at six '
        'every day," said Ms Varga.\n'
    ),
    "ferry.txt": (
        "Ferry fares rise\n\n"
        'Ferry fares will rise in spring. "Fuel costs more than ever," said Mr Varga, the '
        "operator.\n"
    ),
    "hurdles.txt": (
        "Hurdler rules out return\n\n"
        "The hurdler Ilse Brandt has ruled out a comeback this season after her knee injury."
    ),
    "marta.txt": (
        "Brand wins the sprint\n\n"
        "Marta Brand won the sprint at the indoor meeting, ahead of the champion."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("short_leads"), ARTICLES)


def test_a_title_and_surname_alone_is_counted_not_listed_among_the_others(index: Index) -> None:
    result = answer(index, "what did varga say about the harbour")
    assert result.speaker == "Ivo Varga"
    # "Mr Varga" may be Ivo or Pavel Varga, or someone else: counted, not offered by name
    assert result.choices == ("Ivo Varga", "Pavel Varga", "Mr Varga")
    assert "Mr Varga" not in result.lead
    assert result.lead.startswith("(Others called Varga: Pavel Varga and 1 more.)")


def test_titled_surnames_are_told_from_full_names() -> None:
    assert titled_surname("Ms Howard") and titled_surname("Dr. Reid")
    assert not titled_surname("Lord Howard")  # a peer's name
    assert not titled_surname("John Howard")
    assert not titled_surname("Ms Ann Howard")


def test_a_name_typed_in_lower_case_is_echoed_in_lower_case_when_respelled(index: Index) -> None:
    result = answer(index, "ilse brand comeback")
    assert result.found and result.passages[0].article.path == "hurdles.txt"
    assert "“ilse brandt comeback”" in result.lead  # not "ilse Brandt"
    assert "(no article names “ilse brand”)" in result.lead


def test_others_called_only_by_title_are_counted_alone() -> None:
    assert namesakes_note(["Mr Varga"], "Varga") == "(Another called Varga is quoted.) "
    assert namesakes_note(["Mr Varga", "Dr Varga"], "Varga") == (
        "(2 others called Varga are quoted.) "
    )
    assert namesakes_note(["Pavel Varga", "Mr Varga"], "Varga") == (
        "(Others called Varga: Pavel Varga and 1 more.) "
    )
