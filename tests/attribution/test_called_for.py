"""After "called for", "called on" and "warned against" the preposition belongs to the cue, not
to the words reported; each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from tests.attribution.test_quotes import make_article


@pytest.mark.parametrize(
    ("sentence", "cue", "words"),
    [
        (
            "The Harbour Board called for a new ferry to Fenwick Quay.",
            "called for",
            "a new ferry to Fenwick Quay",
        ),
        (
            "The Harbour Board called on the council to buy a new ferry.",
            "called on",
            "the council to buy a new ferry",
        ),
        (
            "The Harbour Board warned against any rise in the fares.",
            "warned against",
            "any rise in the fares",
        ),
    ],
)
def test_the_preposition_is_part_of_the_cue(sentence: str, cue: str, words: str) -> None:
    quotes = extract_quotes(make_article(sentence))
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [("Harbour Board", cue, words)]
