"""A word only an article's title holds is in the archive: no typo of a word the passages hold.
Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

# "Dunvale" is only in a title; "Dunvole", one letter away, in passages about someone else
ARTICLES = {
    "match.txt": "Harlow 0-1 Dunvale Rovers\n\nA second-half goal from Ned Carr gave Rovers the "
    "win at Harlow.\n",
    "singer.txt": "Singer tours\n\nSinger Ada Dunvole will tour the north in spring.\n",
    "album.txt": "New album\n\nDunvole's new album is out on Friday.\n",
    "award.txt": "Award night\n\nDunvole won the best newcomer award.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("title_words"), ARTICLES)


def test_a_word_only_a_title_holds_is_not_corrected(index: Index) -> None:
    result = answer(index, "who scored the goal in harlow v dunvale rovers")
    assert result.found and "Ned Carr" in result.passages[0].passage.text
    assert "dunvole" not in result.lead.casefold()
