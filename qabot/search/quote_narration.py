"""The narration right before a "who said ...?" candidate, for `who_said_ranking`: the writer's
setting of the words ("Vale paid tribute to the coach." before her words), which a reader's
question often borrows."""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Callable

from qabot.engines import Span
from qabot.indexing.kept import remembered
from qabot.records import Passage, Quote
from qabot.search.sentence_terms import SentenceTerms
from qabot.search.speech_verbs import is_speech_verb


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
                    kept, (quote, start, end), functools.partial(narration, quote, i)
                )
        return frozenset()

    return told


def told_before(
    quote: Quote,
    passage: Passage,
    sentences: SentenceTerms | None = None,
    narrations: dict[tuple[str, int], frozenset[str]] | None = None,
) -> frozenset[str]:
    """Return the terms of the sentence right before the quote's, in its paragraph, when that
    sentence is narration: no quoted words and no verb of speech ("The film follows the pilot
    Arlo Venn to ruin." before '"We watch him sell his soul," Quist said.': whom "him" means).
    A sentence giving anyone's words ("the mayor warned") is theirs; a capitalised word past
    its first is a name or a title, no verb ("Boys Don't Cry", "the United States").
    A caller asking of many quotes may keep the passage's `SentenceTerms` and what each
    sentence tells (`narrations`, by passage id and sentence): quotes share sentences."""
    at = quote.start - passage.start
    if sentences is None:
        sentences = SentenceTerms(passage)
    spans = sentences.spans
    # the sentences are in order and apart: the last opening at or before the quote holds it
    i = bisect_right(spans, at, key=_start) - 1
    if i < 0 or at >= spans[i][1]:
        i = 0
    if i == 0 or "\n" in passage.text[spans[i][0] : at]:
        return frozenset()
    key = (passage.id, i)
    if narrations is not None and key in narrations:
        return narrations[key]
    start = spans[i - 1][0]
    told = sentences.terms(i - 1) if _narration(passage.text[start : spans[i][0]]) else frozenset()
    if narrations is not None:
        narrations[key] = told
    return told


def _narration(told: str) -> bool:
    """Return whether the sentence `told` is narration (`told_before`)."""
    if "\n" in told or '"' in told or "“" in told or "”" in told:
        return False  # a line apart, or quoted words
    # a capitalised word past the first is a name or a title ("for Boys Don't Cry"), no verb
    words = told.split()
    return not any(
        is_speech_verb(word, after_who=True)
        for at, word in enumerate(words)
        if at == 0 or not word[:1].isupper()
    )


def _start(sentence: tuple[int, int]) -> int:
    return sentence[0]
