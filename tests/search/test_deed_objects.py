"""A deed asked as done to something ("why did X cancel her tour?") is told only by a sentence
that names what it was done to, or follows one that does; a name may be named anywhere in the
passage. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.deed_objects import asked_object
from tests.support.indexes import index_of

ARTICLES = {
    "debt.txt": "Farm visit\n\nSinger Mara Quell went to Kestel last spring to back a scheme "
    "to cancel the debt of Kestel farmers.\n",
    "tour.txt": "Tour off\n\nThe Orvel tour of Dena Fisk was planned for May. Dena Fisk "
    "cancelled it after a fall on stage.\n",
    "keeper.txt": "Keeper stays\n\nTam Orrin will start in goal for the Rovers on Sunday. The "
    "Rovers coach said he trusted the 27-year-old keeper, who was signed last summer from Lowmoor "
    "United.\n",
    "sales.txt": "Shop sales\n\nSales at Kestel clothing stores rose in January.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("deed_objects"), ARTICLES)


def test_a_deed_done_to_another_thing_is_not_the_deed_asked(index: Index) -> None:
    result = answer(index, "why did mara quell cancel her kestel tour")
    assert not result.found and not result.passages
    assert "“cancel”" in result.lead


def test_a_deed_done_to_what_the_sentence_before_names_is_told(index: Index) -> None:
    result = answer(index, "why did dena fisk cancel the orvel tour")
    assert result.found and "cancelled it" in result.passages[0].passage.text


def test_a_name_done_to_may_be_named_anywhere_in_the_passage(index: Index) -> None:
    result = answer(index, "which club did the rovers sign tam orrin from")
    assert result.found and "signed last summer" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "typed", "head"),
    [
        ("why did mara quell cancel her kestel tour", "cancel", {"tour"}),
        ("why did the band walk out of the lowmoor stadium", "walk out", {"stadium"}),
        ("why did dena fisk resign last week", "resign", None),  # a time, no object
        ("why did tam orrin sign for the rovers", "sign", None),  # a preposition first
        ("why did profits drop so much", "drop", None),  # no noun after the verb
        ("why was tam orrin sent off", "sent off", None),  # a passive: its object is its subject
        ("did clothing store sales go up", "store", None),  # a clause: "go" is its verb
        ("which club did the rovers sign tam orrin from", "sign", {"orrin"}),
        ("which gadget did the magazine pick as the best", "pick", None),  # the gadget it is
    ],
)
def test_the_object_of_a_deed_is_the_head_of_the_noun_phrase_after_it(
    index: Index, question: str, typed: str, head: set[str] | None
) -> None:
    found = asked_object(index, question, typed)
    assert (found.head if found else None) == (frozenset(head) if head else None)


@pytest.mark.parametrize(
    ("question", "typed", "head"),
    [
        # the deed stands where nothing joins it: not inside "re-cancel" nor "cancel's"
        ("why did the re-cancel of kestel make mara quell cancel the tour", "cancel", {"tour"}),
        ("why did mara quell CANCEL her kestel tour", "cancel", {"tour"}),  # in any case
        # a letter `re` folds to ASCII (the Kelvin sign in "Kestel"): the pattern tells
        ("why did mara quell cancel her \u212aestel tour", "cancel", {"tour"}),
        ("why did mara quell cancelled her tour", "cancel", None),  # not written whole
    ],
)
def test_the_deed_is_found_where_it_stands_whole_in_any_case(
    index: Index, question: str, typed: str, head: set[str] | None
) -> None:
    found = asked_object(index, question, typed)
    assert (found.head if found else None) == (frozenset(head) if head else None)
