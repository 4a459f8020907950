"""A body asked by what it is ("the american ferry regulator"): the quoted body an article
describes so beside its name, not a person given some of its words. Through answer(), on
invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "fares.txt": (
        "Ferry fares to rise\n\n"
        "Ferry fares will rise by a tenth next spring, said the Maritime Fares Board. "
        'The Maritime Fares Board said: "Fuel costs have doubled since the summer."\n'
    ),
    "profile.txt": (
        "Who sets the fares\n\n"
        "The growing reach of US ferry regulator, the Maritime Fares Board, worries the "
        "operators.\n"
    ),
    "harbour.txt": (
        "Harbour works\n\n"
        "The harbour will close for repairs, said ferry director Ann Lowry. "
        '"Ferry passengers will be moved to the north quay," Lowry said.\n'
    ),
    "rival.txt": (
        "Lake crossings\n\n"
        "Canal regulator Waterways Watch said lake crossings were safe. "
        "Waterways Watch said inspections would go on all winter.\n"
    ),
}


def test_a_body_asked_by_what_it_is_is_the_body_described_so_beside_its_name(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did the american ferry regulator say about fuel", top=5)
    assert result.speaker == "Maritime Fares Board"
    assert any("Fuel costs" in hit.quote.text for hit in result.quotes)
    # the description set before the name, its kind opening the sentence
    assert answer(index, "what did the canal regulator say", top=5).speaker == "Waterways Watch"


def test_a_description_the_articles_give_no_body_names_none_of_them(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    # a canal regulator is no ferry regulator; the editor of a magazine is no magazine
    result = answer(index, "what did the french ferry regulator say", top=5)
    assert result.speaker not in {"Maritime Fares Board", "Waterways Watch"}
    result = answer(index, "what did the director of ferry regulator say", top=5)
    assert result.speaker not in {"Maritime Fares Board", "Waterways Watch"}


DESK = {
    "storm.txt": (
        "Storm shuts the pier\n\n"
        "Gazette correspondent Zorba Quintrell said the pier had closed. "
        '"The waves reached the lamps," Quintrell said.\n'
    ),
    "budget.txt": (
        "Council budget passed\n\n"
        "Gazette correspondent Mary Hill said the budget vote was close. "
        '"Councillors argued over the library cuts until midnight," Hill said.\n'
    ),
    "fair.txt": (
        "Autumn fair opens\n\n"
        "The autumn fair opened on the green with forty stalls and a brass band.\n"
    ),
}


def test_a_role_asked_is_not_one_holder_read_as_a_body_described_so(tmp_path: Path) -> None:
    # "Zorba" is no first name the lexicon knows: "Gazette correspondent Zorba Quintrell"
    # is still a person holding the role, and the topic tells its holders apart
    index = index_of(tmp_path, DESK)
    result = answer(index, "what did the gazette correspondent say about the library cuts", top=5)
    assert result.speaker == "Mary Hill"
    assert all(hit.speaker == "Mary Hill" for hit in result.quotes)
