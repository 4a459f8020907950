"""A passage off the topic asked about (a year no article is dated in, a speaker's topic) is
never kept, so it cuts no neighbour to what it adds beside it: the passage that holds the
topic is shown whole, with the sentences the two share. Short invented articles, searched
through `search(..., about=...)`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import search
from qabot.text import tokenize
from tests.support.indexes import index_of

OPENING = (
    "Officials in the northern capital published the figures for 2004 on Tuesday morning, "
    "after a long delay that had worried traders in the coastal ports and in the farming "
    "valleys, where the harvest was late again and the roads were closed for much of the "
    "winter by heavy snow and flooding, so that many of the small farms could not sell what "
    "little they had grown to the markets of the towns."
)
SHARED = (
    "The Veldland economy grew by 4.1% over the whole year, its fastest growth in a decade, "
    "driven by strong exports of timber and copper and by a rise in spending by households "
    "who had saved through the lean years before, the statistics office said in its report "
    "to parliament, which will debate the figures and the budget for the coming year when it "
    "meets again after the long summer recess."
)
CLOSING = (
    "The Veldland economy is expected to grow more slowly next year, and the economy of its "
    "neighbour is expected to grow faster still, as the Veldland economy's exports of timber "
    "meet weaker demand and the economy's growth depends on households spending more of "
    "their wages, economists at the central bank said, warning that the Veldland economy "
    "cannot grow on timber alone."
)
ARTICLES = {
    "veldland.txt": f"Veldland figures\n\n{OPENING}\n\n{SHARED}\n\n{CLOSING}\n",
    "ferry.txt": "Ferry late\n\nThe morning ferry to the islands was late again on Friday.\n",
    "choir.txt": "Choir wins\n\nThe town choir won the county prize for the third time.\n",
    "bridge.txt": "Bridge shut\n\nThe old bridge will shut for repairs in the spring.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("off_topic"), ARTICLES)


def test_the_passages_overlap_and_the_later_one_ranks_first(index: Index) -> None:
    ranked = search(index, "how fast did the veldland economy grow", 3)
    assert len(ranked.hits) >= 1
    assert CLOSING in ranked.hits[0].passage.text
    assert OPENING not in ranked.hits[0].passage.text


def test_a_passage_off_the_topic_cuts_no_neighbour_holding_it(index: Index) -> None:
    ranked = search(index, "how fast did the veldland economy grow", 3, about=tokenize("2004"))
    assert [hit.passage.text.count("2004") for hit in ranked.hits] == [1]
    assert SHARED in ranked.hits[0].passage.text  # whole, not cut beside the later passage
