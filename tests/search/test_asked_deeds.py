"""Who did it, asked of a deed the passages never tell ("who threw the coin ...?" over a
player hit by a coin): they name no doer of it, so nothing answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

# our own articles: Brant was hit by a coin nobody is said to have thrown; the Marlow bakery's
# buyer is named; Pell declined an offer, which "turned down" asks in other words
ARTICLES = {
    "derby.txt": (
        "Kelso derby marred\n\n"
        "Kelso striker Ivo Brant needed stitches after being hit by a coin during the derby. "
        "The referee stopped the match for five minutes while stewards calmed the crowd."
    ),
    "bakery.txt": (
        "Marlow bakery sold\n\n"
        "The Marlow bakery was bought by the Tessin group in May, ending a century of family "
        "ownership."
    ),
    "pell.txt": (
        "Pell stays at Orrin\n\n"
        "Keeper Ada Pell declined an offer from Vantry Rovers and will stay at Orrin for "
        "another season."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("deeds")), ARTICLES)


def test_a_deed_never_told_names_no_doer(index: Index) -> None:
    result = answer(index, "who threw the coin that hit ivo brant")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “who threw the coin that hit ivo brant” gives "
        "who threw."
    )


def test_a_deed_told_in_a_form_of_its_verb_answers(index: Index) -> None:
    result = answer(index, "who bought the marlow bakery")
    assert result.found and "Tessin group" in result.passages[0].passage.text


def test_a_phrasal_verb_asked_is_not_held_to_its_verb(index: Index) -> None:
    result = answer(index, "who turned down an offer from vantry rovers")
    assert result.found and "Ada Pell" in result.passages[0].passage.text
