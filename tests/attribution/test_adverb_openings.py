"""A cue set apart by commas after a sentence adverb or an opening phrase ("Still, he said,
...", "Then, says Mr Ruiz, ..."): the words said are the main clause after it; each on a short
invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "Tom Ruiz runs the harbour board."


@pytest.mark.parametrize(
    "sentence",
    [
        "Still, he said, the ferry must run every hour.",
        "Otherwise, he said, the ferry must run every hour.",
        "Privately, he said, the ferry must run every hour.",
        "Over the years, he said, the ferry must run every hour.",
        "Then, says Mr Ruiz, the ferry must run every hour.",
    ],
)
def test_the_clause_after_an_adverb_and_its_cue_is_the_words_said(sentence: str) -> None:
    assert attributed(INTRO, sentence) == [("Tom Ruiz", "the ferry must run every hour")]


def test_a_share_opening_with_over_is_no_opening_phrase() -> None:
    quotes = attributed(INTRO, "Over 60% of the boats ran late, Mr Ruiz said.")
    assert quotes == [("Tom Ruiz", "Over 60% of the boats ran late")]
