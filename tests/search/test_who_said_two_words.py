"""A claim of two words ("who said this was never about the bridge?") is claimed only when the
quote or its sentence holds both: one in the quote and the other in the passage around it tells
nothing the speaker said."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search import answer
from qabot.search.quote_evidence import quote_evidence
from qabot.text import tokenize
from tests.support.indexes import index_of

CLOSEST = "No quote says that in those words; the closest is"
ARTICLES = {
    "bridge.txt": (
        "Council row over the old bridge\n\n"
        "The council in Ravel spent the evening arguing over the old bridge across the Lune, "
        "closed to lorries since the spring floods. Engineers want it rebuilt by winter. "
        '"We will never give up on this town," said Lena Moss, the council leader.\n'
    ),
    "harbour.txt": (
        "Fishermen protest at harbour fees\n\n"
        "Fishermen in Porthkell marched on the harbour office on Friday over higher mooring "
        'fees. "This was never about the harbour itself, it was about the fees," said Owen '
        "Tregar, who led the march.\n"
    ),
}
QUOTE = Quote(
    article_id="a",
    speaker="Lena Moss",
    text="We will never give up on this town",
    kind="direct",
    cue="said",
    start=120,
    end=160,
    sentence='"We will never give up on this town," said Lena Moss, the council leader.',
)


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("towns")), ARTICLES)


def test_two_words_apart_around_the_quote_are_no_claim() -> None:
    around = Passage(
        id="a:0",
        article_id="a",
        position=0,
        text="The council argued over the old bridge. " + QUOTE.sentence,
        start=80,
        end=200,
    )
    asked = tokenize("this was never about the bridge")
    evidence = quote_evidence(QUOTE, asked, [(around, 1.0)], {"never": 2.0, "bridge": 3.0})
    assert evidence.words_held == 2 and evidence.spoken_held == 1
    assert not evidence.sure
    together = quote_evidence(QUOTE, tokenize("we will never give up"), [], {"never": 2.0})
    assert together.sure  # more words held: the rule of two does not apply


def test_a_two_word_claim_in_the_quote_is_claimed(towns: Index) -> None:
    result = answer(towns, "who said this was never about the harbour?")
    assert result.lead == "Owen Tregar said it:"


def test_a_two_word_claim_with_one_word_beside_the_quote_is_only_the_closest(
    towns: Index,
) -> None:
    result = answer(towns, "who said this was never about the bridge?")
    assert not result.lead.endswith(" said it:")
    if result.quotes:
        assert result.lead == f"{CLOSEST} Lena Moss's:"
