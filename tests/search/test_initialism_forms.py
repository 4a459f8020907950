"""A name asked by its initials is also the name an article writes out ("Full Name (FN)"
elsewhere), and the other way: when the best passage's sentence writes the name in neither
form, the passage found for the other form comes first if it writes it. The pairs are read at
index time and kept right as articles are added and removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index, load_index, update_index
from qabot.indexing.initialisms import Initialisms, written_pairs
from qabot.search import Conversation, answer
from tests.support.indexes import index_of, write_articles

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


def test_full_name_typed_in_lower_case_is_looked_up(index: Index) -> None:
    result = answer(index, "who heads the quarry miners authority")
    assert result.found and "Vera Colt" in result.passages[0].passage.text


def test_updates_keep_the_pairs_of_the_articles_indexed(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "articles", ARTICLES)
    update_index(articles, tmp_path / "index")
    assert load_index(tmp_path / "index").initialisms.names == {"QMA": "Quarry Miners Authority"}
    (articles / "head.txt").unlink()
    write_articles(
        articles,
        {"board.txt": "Board meets\n\nThe Harbour Pilots Board (HPB) met on Monday."},
    )
    update_index(articles, tmp_path / "index")
    assert load_index(tmp_path / "index").initialisms.names == {"HPB": "Harbour Pilots Board"}


def test_initials_given_two_names_stand_for_neither(tmp_path: Path) -> None:
    two = {
        "a.txt": "Panel meets\n\nThe Eel Council (EC) met. Fishing was slow this year.",
        "b.txt": "Vote count\n\nThe Election Committee (EC) counted votes on Monday.",
        "c.txt": "Harbour\n\nThe harbour wall was finished on Friday, the council said.",
    }
    assert index_of(tmp_path, two).initialisms.names == {}


def test_a_full_name_typed_without_its_apostrophes_has_the_articles_initials() -> None:
    known = Initialisms.of_pairs(
        [("LCF", "Lawyers' Christian Fellowship"), ("QMA", "Quarry Miners Authority")]
    )
    assert known.initials_of("lawyers christian fellowship") == ["LCF"]
    assert known.initials_of("Lawyers’ Christian Fellowship") == ["LCF"]
    assert known.initials_of("Quarry Miners Authority") == ["QMA"]
    assert known.initials_of("Quarry Miners") == []
