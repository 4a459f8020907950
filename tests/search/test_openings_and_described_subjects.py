"""Who said words a sentence opening with its speech verb gives ('Said Mr Reed: "..."'), and
words "the <noun>" of one person said right after a sentence about them. Through answer(), on
short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "pitch.txt": "Harbour club opens pitch\n\nTom Reed runs the harbour club. Said Mr Reed: "
    '"The new pitch is ready for the spring season and we are pleased."\n',
    "award.txt": "Marsk wins award\n\nPeter Marsk was delighted with the sevens award. "
    '"There are so many great sevens players around that this is an honour," said the '
    "Harbour fly-half.\n",
    "rota.txt": "Ferry rota\n\nThe ferry rota changes in May. Two weeks ago the ferry group "
    "also announced it would cut its fares by a fifth.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("openings"), ARTICLES)


def test_who_said_words_after_an_opening_said_names_the_speaker_after_it(index: Index) -> None:
    result = answer(index, "who said the new pitch is ready for the spring season?", top=5)
    assert result.speaker == "Tom Reed"


def test_what_a_fly_half_said_after_a_sentence_about_him_is_his(index: Index) -> None:
    result = answer(index, "what did peter marsk say?", top=5)
    assert any("great sevens players" in hit.quote.text for hit in result.quotes)
