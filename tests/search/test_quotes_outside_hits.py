"""The articles whose quotes lie outside every hit (`article_hits._outside`), found by bisecting
each article's spans, are those a quote-by-span overlap test finds."""

from __future__ import annotations

import random

from qabot.records import Quote
from qabot.search.article_hits import _outside


def _quote(article: str, start: int, end: int) -> Quote:
    return Quote(article, "Ada Vale", "x" * (end - start), "direct", "said", start, end, "")


def _overlapping_none(quotes: list[Quote], spans: list[tuple[str, int, int]]) -> set[str]:
    return {
        q.article_id
        for q in quotes
        if not any(a == q.article_id and s < q.end and q.start < e for a, s, e in spans)
    }


def test_outside_agrees_with_overlap_of_every_span() -> None:
    draw = random.Random(13)
    for _ in range(400):
        articles = ["a", "b", "c"]
        spans = []
        for _ in range(draw.randint(0, 8)):
            start = draw.randint(0, 300)
            spans.append((draw.choice(articles), start, start + draw.randint(1, 120)))
        quotes = []
        for _ in range(draw.randint(0, 10)):
            start = draw.randint(0, 400)
            quotes.append(_quote(draw.choice(articles), start, start + draw.randint(1, 60)))
        assert _outside(quotes, spans) == _overlapping_none(quotes, spans)


def test_a_quote_touching_a_span_end_lies_outside_it() -> None:
    spans = [("a", 0, 100), ("a", 150, 200)]
    assert _outside([_quote("a", 100, 150)], spans) == {"a"}
    assert _outside([_quote("a", 99, 150)], spans) == set()
    assert _outside([_quote("b", 0, 10)], spans) == {"b"}
