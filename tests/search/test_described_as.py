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
