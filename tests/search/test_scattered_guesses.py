"""A question whose unknown words were guessed as archive words ("dijo" as "dido", "sobre" as
"soared"), and whose words no passage then holds most of: the lead echoed the guesses, words
never typed ("Nothing in the articles matches “qué dido tamm soared el ferry”"); it names the
typed words no article mentions, as the other leads of such guesses do."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

_PLACES = "harbour river market ferry council school bridge garden tower station mill".split()
# a thousand short notes: from MISSING_MIN_PASSAGES passages a word no article holds is news
ARTICLES = {
    f"note{i:04}.txt": f"Note {i}\n\nThe {_PLACES[i % 11]} and the {_PLACES[i * 7 % 11]} were "
    f"busy on day {i}, officials said."
    for i in range(1000)
}
for _i in range(6):  # words close to the typed ones, in passages of their own
    ARTICLES[f"opera{_i}.txt"] = (
        f"Opera night {_i}\n\nThe singer Dido sang at the festival on night {_i}, critics said."
    )
    ARTICLES[f"shares{_i}.txt"] = (
        f"Shares up {_i}\n\nShares in the mill soared on day {_i}, traders said."
    )
ARTICLES["ferry.txt"] = "Ferry vote\n\nThe mayor Ivo Tamm backed the ferry plan on Monday."


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("scattered")), ARTICLES)


def test_the_lead_names_the_typed_words_not_their_guesses(index: Index) -> None:
    result = answer(index, "qué dijo tamm sobre el ferry")
    assert not result.found and not result.passages
    assert "dido" not in result.lead and "soared" not in result.lead, result.lead
    assert "No article mentions “dijo” or “sobre”" in result.lead
