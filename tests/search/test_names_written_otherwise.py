"""A word asked that the best passages write another way is no name of something else: an
initialism they spell out ("agm": "annual general meeting") or a name typed with two letters
swapped ("micheal" for "Michael") (`lacked_names.written_otherwise`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "vote.txt": (
        "Brellow investors to vote\n\n"
        "Brellow investors who want the board removed will vote at the annual general "
        "meeting on 25 May, the firm said."
    ),
    "film.txt": (
        "Actor plans a heist film\n\n"
        "Actor Michael Dorrance is to star in a heist film set in Peru, his agent said."
    ),
    "meeting.txt": ("Shareholders angry\n\nShareholders of Tolvane shouted at the AGM on Friday."),
    "meeting2.txt": ("Chairman quits\n\nThe Tolvane chairman quit before the AGM."),
    "meeting3.txt": ("Dividend held\n\nKessmark kept its dividend, the AGM heard."),
    "floods.txt": ("Floods close roads\n\nHeavy rain closed roads across the county on Monday."),
    "ferry.txt": ("Ferry fares rise\n\nFerry fares will rise in spring, the operator said."),
    "names.txt": ("Award for Micheal Tarn\n\nThe poet Micheal Tarn won a prize for his poems."),
    "names2.txt": ("Tarn reads\n\nPoems by Micheal Tarn were read in Galway."),
    "boxing.txt": ("Boxer keeps title\n\nThe champion kept his title in Leeds."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("otherwise")), ARTICLES)


def test_an_initialism_the_passage_spells_out_is_answered(index: Index) -> None:
    found = answer(index, "when is the brellow agm where investors want the board removed")
    assert found.found
    assert found.passages[0].article.path == "vote.txt"


def test_a_name_typed_with_two_letters_swapped_is_answered(index: Index) -> None:
    found = answer(index, "micheal dorrance film set in peru title")
    assert found.found
    assert found.passages[0].article.path == "film.txt"


def test_a_name_the_passages_write_no_way_still_refuses_them(index: Index) -> None:
    found = answer(index, "tarn dorrance film set in peru title")
    assert not found.found
    assert "but not “tarn”" in found.lead


def test_a_swapped_name_typed_beside_capitals_is_reported(index: Index) -> None:
    # "no sentence about “Dorrance Peru” has “micheal”" was the answer: the passage has it
    found = answer(index, "micheal Dorrance in Peru")
    assert found.found
    assert found.passages[0].article.path == "film.txt"
