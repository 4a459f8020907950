"""A nationality's compound typed with its capital ("Norwegian-led") is an adjective, as the
nationality alone is, not a name a passage must write; a place that opens the names of several
read as people ("Velm Council", "Velm Harbour") opens no name as a given name does."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.question_names import split_run
from tests.support.indexes import index_of

# our own articles: Ada Vole is quoted on a relief group that Norway leads
ARTICLES = {
    "relief.txt": (
        "Minister attacks relief effort\n\n"
        "Aid minister Ada Vole has criticised the relief group led by Norway in the flooded "
        "delta. \u201cIt is too slow and it ignores the local councils,\u201d Ms Vole said."
    ),
    "delta.txt": (
        "Delta floods spread\n\n"
        "Floods spread across the delta on Monday, and the councils opened schools as shelters."
    ),
    "ferry.txt": "Ferry fares rise\n\nFares on the Velm ferry rise by a tenth from June.",
    "roads.txt": "Storms close roads\n\nHeavy rain closed roads across Brevia on Monday.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("capitals")), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "why is Ada Vole unhappy with the Norwegian-led relief group",
        "why is ada vole unhappy with the norwegian-led relief group",
    ],
)
def test_a_nationality_compound_is_no_name_a_passage_must_write(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert result.found
    assert result.passages[0].article.path == "relief.txt"


@pytest.mark.parametrize(
    ("run", "parts"),
    [
        (["Velm", "Wifi"], [["Velm"], ["Wifi"]]),  # a place: two names no text writes together
        (["Jamie", "Quell"], [["Jamie", "Quell"]]),  # a given name opens one name or none
    ],
)
def test_only_a_given_name_of_the_lexicon_opens_a_name_no_text_writes(
    run: list[str], parts: list[list[str]]
) -> None:
    assert split_run(run, [], frozenset({"velm", "jamie"})) == parts
