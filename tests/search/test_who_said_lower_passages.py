"""'Who said the harbour strike was an error?': a quote's passage that scores below the fifty
hits read, in a story among them, still holds words of the question ("strike", and "mistake"
for "error"): it is weighed by its own score, not as a passage matching nothing."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

# sixty reports of the strike in other words each, quoting nobody, fill the fifty hits read
TOWNS = "Arden Bale Corby Dunmore Elsdon Farley Garth Hexley Ilford Jarrow".split()
CRAFT = "tugs ferries barges trawlers cranes yachts".split()
REPORTS = {
    f"{town}-{craft}.txt": f"{town} news\n\nThe harbour strike kept the {craft} of {town} idle, "
    f"and {town} watched the harbour strike from the {craft}.\n"
    for town in TOWNS
    for craft in CRAFT
}
# a long paragraph of other things keeps the quote's paragraph a passage of its own
AFTER = " ".join(f"Tugboat{n} sailed past quay{n} under grey sky{n}." for n in range(40))
# and other news, so that the harbour strike is not news of every passage
OTHER = {
    f"{town}-{thing}.txt": f"{town} {thing}\n\nThe {thing} of {town} opened again on Monday.\n"
    for town in TOWNS
    for thing in "library museum bakery school market cinema choir garden zoo pool park".split()
}
ARTICLES = (
    REPORTS
    | OTHER
    | {
        "crews.txt": "Talks fail at the docks\n\n"
        "The harbour strike went on. Harbour strike talks failed, and the harbour strike and "
        "the harbour strike pickets stay. "
        '"The harbour is quiet today," said Bo Lind.\n\n'
        f"{AFTER}\n\n"
        '"The strike was a mistake," said union leader Ana Ruiz.\n',
    }
)


@pytest.fixture(scope="module")
def crews_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("crews"), ARTICLES)


def test_a_quote_below_the_hits_read_keeps_its_passage_score(crews_index: Index) -> None:
    result = answer(crews_index, "who said the harbour strike was an error?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Ruiz"]
