"""Passages answers without their best sentences, given them later only for those kept."""

from __future__ import annotations

from pathlib import Path

from qabot.search.passage_answers import passages_answer
from qabot.search.retrieval import with_highlights
from tests.support.indexes import index_of

ARTICLES = {
    "ferry.txt": "Ferry fares\n\nThe ferry fares rose again this spring. Islanders said the "
    "crossing now costs more than the bus to the city. The council will meet in May.",
    "bridge.txt": "Bridge toll\n\nThe bridge toll stays the same. Drivers said the fares on "
    "the ferry had risen twice. A new lane opens next year.",
}


def test_passages_without_highlights_get_the_ones_search_gives(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    marked = passages_answer(index, "ferry fares rose", 3, 0)
    bare = passages_answer(index, "ferry fares rose", 3, 0, highlight=False)
    assert marked.passages and all(hit.highlight for hit in marked.passages)
    assert [hit.passage for hit in bare.passages] == [hit.passage for hit in marked.passages]
    assert not any(hit.highlight for hit in bare.passages)
    assert with_highlights(index, bare.passages, "ferry fares rose") == marked.passages
