"""Speakers by words: the quotes that best match some words, best first, with no question
context: Okapi BM25 over the quotes' own words, the words whole gaining and a description
("officials") losing a little. `who_said_ranking` is the ranking an answer uses, which weighs
each quote's passage, story and speaker too; this one is the plain search of a list of quotes
(`qabot.search.find_speakers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.records import Quote
from qabot.search.quote_ranking import bm25_scores, quote_tokens
from qabot.text import tokenize
from qabot.text.lexicon import is_anonymous


def find_speakers(quotes: Sequence[Quote], words: str, k: int = 3) -> list[Quote]:
    """Return the quotes that best match `words` ("who said ..."), best first."""
    terms = tokenize(words)
    if not terms or k <= 0:
        return []
    scores = bm25_scores(quote_tokens(quotes), terms)
    phrase = " ".join(words.casefold().split())
    ranked = sorted(
        (
            (
                score
                + (3.0 if phrase in q.text.casefold() else 0.0)
                - (0.5 if is_anonymous(q.speaker) else 0.0),
                i,
            )
            for i, (q, score) in enumerate(zip(quotes, scores, strict=True))
            if score > 0
        ),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return [quotes[i] for _, i in ranked[:k]]
