"""Who said words in a run of quotes left open, a cleric named after his see, a nationality
that is no one's surname. Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "fair.txt": "Gadget fair opens\n\nSales of gadgets rose by a tenth last year, according to "
    'Fenwick analysts, and will rise again. "Next year you will carry your films from room to '
    'room in a pocket box. "Everyone will want one," said Mr Cal Orr of the trade body.\n',
    "church.txt": "Church urges calm\n\nThe Roman Catholic Archbishop of Tarn, the Most Reverend "
    "Tom Hale, told the radio station that voters should weigh the candles tax carefully.\n",
    "final.txt": "Brandt wins in Tarn\n\nAnke Brandt lost the Tarn final in three sets. "
    '"It was my first final, a new experience on the clay," said the German.\n',
    "senate.txt": "Senate vote lost\n\nWelsh Liberal leader Mike German said the assembly "
    'vote was lost. "We tried our best on the budget," he said.\n',
    "quays.txt": "Quay rules stay\n\nThe Harbour Office defended the new mooring rules on "
    'Monday. A spokesman said: "These rules keep the quays of Tarn safe for everyone."\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("runs"), ARTICLES)


def test_who_said_words_of_an_open_quote_names_the_cue_ending_the_run(index: Index) -> None:
    result = answer(index, "who said you will carry your films from room to room?", top=5)
    assert result.speaker == "Cal Orr"


def test_who_said_a_cleric_s_words_names_him_not_his_see(index: Index) -> None:
    result = answer(index, "who said voters should weigh the candles tax carefully?", top=5)
    assert result.speaker == "Tom Hale"


def test_a_politician_named_like_a_nationality_is_not_given_a_player_s_words(
    index: Index,
) -> None:
    result = answer(index, "what did mike german say?", top=5)
    assert any("budget" in hit.quote.text for hit in result.quotes)
    assert not any("first final" in hit.quote.text for hit in result.quotes)


def test_who_said_a_bare_spokesman_s_words_names_the_body_of_the_sentence_before(
    index: Index,
) -> None:
    result = answer(index, "who said the rules keep the quays of tarn safe?", top=5)
    assert result.speaker == "Harbour Office"
