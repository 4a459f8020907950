"""The passages a speech answer's quotes were taken from, when it shows no other passage.

"What did X call Y?", "which analyst said ...?", "did X say ...?" are answered with X's words;
the passages below them repeat none of those words, and often nothing else is left, so the
answer gave quotes alone. Its passages (what the `--json` contract's readers and a front end
showing passages apart read) were then empty, though the passage holding the best quote is the
answer in its story's own words: the cue, who the speaker is, what the words were about.

Consecutive passages of an article overlap (a paragraph, `qabot.indexing.chunking`), so two
quotes a paragraph apart brought two passages holding the paragraph between them, shown twice.
A passage overlapping one already taken gives only its sentences outside it (around the quote
when it is there: the lead of a story before a quote in its second paragraph is still given).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.answer_record import Answer
from qabot.search.duplicates import outside_runs
from qabot.search.hit_record import Hit


def with_quote_passages(index: Index, result: Answer, top: int) -> Answer:
    """Return `result` with the passages holding its first quotes (best first, one a passage,
    no sentence in two, `top` at most) when it found quotes and shows no passage; else
    `result` unchanged."""
    if not result.found or result.passages or not result.quotes or top < 1:
        return result
    hits: list[Hit] = []
    seen: set[str] = set()
    for quoted in result.quotes:
        quote = quoted.quote
        passage = _holding(index, quote)
        if passage is None or passage.id in seen:
            continue
        seen.add(passage.id)
        taken = [hit.passage for hit in hits if hit.passage.article_id == quote.article_id]
        part = _outside(passage, quote, taken)
        if part is None:
            continue  # every sentence of it is in a passage already given
        sentence = quote.sentence if quote.sentence in part.text else ""
        hits.append(Hit(len(hits) + 1, 0.0, part, quoted.article, sentence))
        if len(hits) == top:
            break
    return replace(result, passages=hits) if hits else result


def _holding(index: Index, quote: Quote) -> Passage | None:
    """Return the passage of the quote's article whose span holds the quote's start."""
    for passage in index.passages_of(quote.article_id):
        if passage.start <= quote.start < passage.end:
            return passage
    return None


def _outside(passage: Passage, quote: Quote, taken: Sequence[Passage]) -> Passage | None:
    """Return the run of the passage's consecutive sentences that no passage in `taken` holds
    (the one holding the quote's start, else the first), the whole passage when none
    overlaps it, or None when every sentence is held."""
    runs = outside_runs(passage, taken)
    if runs is None:
        return passage
    if not runs:
        return None
    at = quote.start - passage.start
    start, end = next((run for run in runs if run[0] <= at < run[1]), runs[0])
    return passage.cut(start, end)
