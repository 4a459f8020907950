"""Story fill: an empty place of a settled first page also takes a further passage of a story it
shows that holds SHARED of the question's words together, though its shown passages hold them
too; a passage holding only one of them does not fill it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.search.test_story_fill import ARTICLES, QUESTION
from tests.support.indexes import index_of

# the story of test_story_fill with its middle paragraph telling of the "radio gadgets" (two
# words of the question its opening holds) and its last holding none of the question's words
TOGETHER = {
    **ARTICLES,
    "radio.txt": ARTICLES["radio.txt"]
    .replace("Makers of the wideband chips", "Makers of the radio gadgets")
    .replace("The signal reaches ten metres at most", "The signal goes ten metres at most"),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story_fill_shared"), TOGETHER)


def test_an_empty_place_takes_the_storys_passage_holding_two_words_asked(index: Index) -> None:
    texts = [hit.passage.text for hit in answer(index, QUESTION, top=3).passages]
    assert texts[0].startswith("Regulators are asking")  # the opening stays first
    assert any(text.startswith("Makers of the radio gadgets") for text in texts[1:])
    assert not any("ten metres" in text for text in texts)  # it holds no word asked
