"""The narration right before a "who said ...?" candidate, for `who_said_ranking`: the writer's
setting of the words ("Vale paid tribute to the coach." before her words), which a reader's
question often borrows."""

from __future__ import annotations

import functools
from collections.abc import Callable

from qabot.engines import Span
from qabot.indexing.kept import remembered
from qabot.records import Passage, Quote
from qabot.search.quote_evidence import told_before
from qabot.search.sentence_terms import SentenceTerms

NARRATIONS_KEPT = 1 << 16  # quotes whose narration an index generation keeps (`told_of`)


def told_of(
    in_article: dict[str, list[int]],
    spans: dict[int, Span],
    passage_of: Callable[[int], Passage],
    kept: dict[tuple[Quote, int, int], frozenset[str]],
) -> Callable[[Quote], frozenset[str]]:
    """Return the terms of the narration right before a quote in the hit passage holding it
    (`told_before`), none when no hit holds it: the hits are found by their `spans`
    (`in_article`: each article's hits in rank order) and only the one holding the quote is
    read (`passage_of`). What a quote's passage tells is `kept`, a dict of the index
    generation (`Index.worked_out`): the same articles' quotes come back question after
    question, and a generation's passages never change."""
    sentences: dict[str, SentenceTerms] = {}  # of each passage, once
    narrations: dict[tuple[str, int], frozenset[str]] = {}  # ... and what each sentence tells

    def narration(quote: Quote, i: int) -> frozenset[str]:
        passage = passage_of(i)
        if passage.id not in sentences:
            sentences[passage.id] = SentenceTerms(passage)
        return told_before(quote, passage, sentences[passage.id], narrations)

    def told(quote: Quote) -> frozenset[str]:
        for i in in_article.get(quote.article_id, ()):
            _, start, end = spans[i]
            if start <= quote.start < end:
                return remembered(
                    kept,
                    (quote, start, end),
                    functools.partial(narration, quote, i),
                    NARRATIONS_KEPT,
                )
        return frozenset()

    return told
