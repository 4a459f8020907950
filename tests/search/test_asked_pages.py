"""The pages of passages giving what a question asks (`asked_pages`) are read without best
sentences: the page's own hits still carry the best sentence the search would have marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search.asked_pages import VALUE_READ, own_year_page
from qabot.search.retrieval import search
from tests.support.indexes import index_of

HARBOUR = {
    f"harbour{n}.txt": (
        f"Harbour trade report {n}\n\n"
        f"The weather at the coast was mild. Harbour profits rose to £{n} million in 2004, "
        f"the board said. Fishing boats number {n + 10} this year."
    )
    for n in range(1, 7)
} | {"quay.txt": "Quay works\n\nHarbour profits fell in 2003. The quay was closed in May."}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("harbour")), HARBOUR)


@pytest.mark.parametrize("offset", [0, 2])
def test_a_page_of_passages_writing_a_year_carries_their_best_sentences(
    harbour: Index, offset: int
) -> None:
    words = "harbour profits 2004"
    page = own_year_page(harbour, words, frozenset({"2004"}), 2, offset, None)
    assert page is not None and len(page.hits) == 2
    marked = {
        hit.passage.id: hit.highlight
        for hit in search(harbour, words, VALUE_READ, subject=True).hits
    }
    for rank, hit in enumerate(page.hits, start=offset + 1):
        assert hit.rank == rank and "2004" in hit.passage.text
        assert hit.highlight == marked[hit.passage.id]
        assert hit.highlight.startswith("Harbour profits rose")
