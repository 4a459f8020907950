"""A question typed in lower case names people too: the words the passages shown write as
names are its subject, and passages naming them apart, or never with what is asked of them,
do not answer it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "rates.txt": "Rates held\n\nRates were held at 4% by governor Mervyn Hale and his committee "
    "on Thursday, as the pound fell.\n",
    "foal.txt": "Farm news\n\nA foal was born at Denby farm on Sunday, the first of the spring.\n",
    "watchdog.txt": "Watchdog rules\n\nMr Quill argues there should be swift action on new rules "
    "for the watchdog.\n",
    "gig.txt": "Gig line-up\n\nThe rap acts Swift and Obie Rowe will play songs from their new "
    "album at the gig in Leeds.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("unasked"), ARTICLES)


def test_a_name_typed_in_lower_case_is_asked_of(index: Index) -> None:
    result = answer(index, "when was mervyn hale born")
    assert not result.found and not result.passages
    assert result.lead.endswith("no sentence about “mervyn hale” has “born”.")
    assert answer(index, "who is mervyn hale").found  # asks nothing the passage lacks


def test_two_names_written_apart_are_not_the_name_asked_about(index: Index) -> None:
    # Mr Quill takes swift action; a rap act is called Swift: neither is "quill swift"
    result = answer(index, "quill swift new album")
    assert not result.found and not result.passages
    assert result.lead.endswith("no passage names “quill swift”.")
    assert answer(index, "swift new album").found
