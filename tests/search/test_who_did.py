"""'Who did X?' ("who founded ...", "who opened ...") shows first a passage naming someone
beside the verb asked, unless the first passage already tells the deed. Through answer(), on
short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.who_did import asked_verb, tells_verb, who_did_deed
from qabot.text import tokenize
from tests.support.indexes import index_of

ARTICLES = {
    "deals.txt": "Brackwell Air deal\n\nBrackwell Air has signed a deal with Korvane for 12 "
    "planes. Brackwell Air said the Brackwell Air fleet would grow, and Brackwell Air staff "
    "cheered.\n",
    "founder.txt": "Regional airlines\n\nFlying is booming in the north, where new airports "
    "open each year and ticket prices fall as carriers compete for travellers on short routes "
    "between towns. Among the carriers, Brackwell Air, founded by pilot Tamsin Orr, plans new "
    "routes to the coast and the islands.\n",
    "fair.txt": "Velm fair opens\n\nThe region's trade minister opened the Velm trade fair on "
    "Monday. The Velm trade fair draws many buyers.\n",
    "fair_guests.txt": "Fair guests\n\nIvo Brandt and Lena Sorel toured the Velm trade fair, "
    "which their firm opened to visitors from abroad for the first time.\n",
    "prize.txt": "Harbour prize for young poets\n\nThe Harbour prize for young poets was "
    "awarded to Mira Tolle on Friday.\n",
    "prize_night.txt": "Prize night\n\nAt the Harbour prize night, every young guest got a "
    "book of poems from Otto Ferl.\n",
    "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
    "survey.txt": "Harbour survey\n\nThe Kestel harbour survey, on silt in the docks, was "
    "commissioned by the shipping firm Orvane Lines.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("who_did"), ARTICLES)


def test_who_did_shows_the_passage_naming_the_doer_first(index: Index) -> None:
    result = answer(index, "who founded brackwell air")
    assert result.found and "founded by pilot Tamsin Orr" in result.passages[0].passage.text


def test_a_first_passage_telling_the_deed_stays_first(index: Index) -> None:
    result = answer(index, "who opened the velm trade fair")
    assert result.found and "trade minister opened" in result.passages[0].passage.text


def test_a_light_verb_asks_no_deed(index: Index) -> None:
    # "got" beside a name tells nothing of who won the prize: the ranking stays
    result = answer(index, "who got the harbour prize for young poets")
    assert result.found and "awarded to Mira Tolle" in result.passages[0].passage.text


def test_a_deed_told_in_the_words_news_writes_for_it_names_its_doer(index: Index) -> None:
    # "who paid for" is told "was commissioned by": not refused as telling no one who paid
    result = answer(index, "who paid for the kestel harbour survey")
    assert result.found and "commissioned by the shipping firm" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("asked", "sentence", "told"),
    [
        ("pick", "The Deskpad has been chosen as the greatest gadget", True),
        ("picked", "Tam Orr will select questions to put to him", True),
        ("paid", "The survey was commissioned by Orvane Lines", True),
        ("send", "Coach Ivo Pell ordered the defender home", True),
        ("pick", "The Deskpad sold well in the spring", False),
    ],
)
def test_a_deed_is_told_by_the_words_news_writes_for_it(
    asked: str, sentence: str, told: bool
) -> None:
    verb = frozenset(tokenize(asked))
    assert tells_verb(tokenize(sentence), verb, verb) is told


def test_the_verb_asked_is_read_after_spaces_in_any_case_after_who_which_or_what() -> None:
    # a question opening otherwise is told at once that it asks no deed
    assert asked_verb("  \u00a0Who sued Apple?") == frozenset(tokenize("sued"))
    assert asked_verb("WHICH company bought the brewery?") == frozenset(tokenize("bought"))
    assert who_did_deed("\twho set up the charity?") == "set up the charity"
    assert asked_verb("How did Apple sue?") == frozenset()
    assert asked_verb("sued Apple, who?") == frozenset()
    assert who_did_deed("Did anyone sue Apple?") is None
