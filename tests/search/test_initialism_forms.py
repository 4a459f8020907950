"""A name asked by its initials is also the name an article writes out ("Full Name (FN)"
elsewhere), and the other way: when the best passage's sentence writes the name in neither
form, the passage found for the other form comes first if it writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from qabot.search.initialism_forms import written_pairs
from tests.support.indexes import index_of

# our own: the Quarry Miners Authority, written out in one story, by its initials in another
ARTICLES = {
    "warning.txt": (
        "Depots warned over fuel thefts\n\n"
        "The Quarry Miners Authority has warned depots that fuel thieves may be taking jobs as "
        "lorry drivers to reach the tanks."
    ),
    "comment.txt": (
        "Why fuel theft pays\n\n"
        "Fuel theft at lorry depots is a growing crime, and drivers' jobs are easy to get. "
        "Depots rarely check who fills the tanks at night, and thieves know it. "
        "The QMA is late to the problem."
    ),
    "head.txt": (
        "Authority names new head\n\n"
        "The Quarry Miners Authority (QMA) has named Vera Colt as its head. She starts in May."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("initialisms")), ARTICLES)


def test_pairs_are_read_both_ways_when_the_initials_match() -> None:
    text = "The Tern Valley Rail Company (TVRC) and the NMB (National Mole Board) met (OK)."
    assert written_pairs(text) == [
        ("TVRC", "Tern Valley Rail Company"),
        ("NMB", "National Mole Board"),
    ]


def test_initials_asked_find_the_name_written_out(index: Index) -> None:
    result = answer(index, "fuel thefts depots lorry jobs QMA")
    assert result.found
    assert "The Quarry Miners Authority has warned" in result.passages[0].highlight
    assert "“QMA” as “Quarry Miners Authority”" in result.lead


def test_a_best_sentence_naming_it_stays_first(index: Index) -> None:
    result = answer(index, "who heads the QMA")
    assert result.found and "Vera Colt" in result.passages[0].passage.text
    assert "as “" not in result.lead


def test_more_goes_on_with_the_form_searched(index: Index) -> None:
    chat = Conversation()
    first = answer(index, "fuel thefts depots lorry jobs QMA", top=1, conversation=chat)
    assert "“QMA” as “Quarry Miners Authority”" in first.lead
    more = answer(index, "more", top=1, conversation=chat)
    shown = first.passages[0].passage.id
    assert all(hit.passage.id != shown for hit in more.passages)
    assert chat.search is not None and "Quarry Miners Authority" in chat.search.words
