"""The passages a speech answer's quotes were taken from, when it shows no other passage.

"What did X call Y?", "which analyst said ...?", "did X say ...?" are answered with X's words;
the passages below them repeat none of those words, and often nothing else is left, so the
answer gave quotes alone. Its passages (what the `--json` contract's readers and a front end
showing passages apart read) were then empty, though the passage holding the best quote is the
answer in its story's own words: the cue, who the speaker is, what the words were about.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.answer_record import Answer
from qabot.search.hit_record import Hit


def with_quote_passages(index: Index, result: Answer, top: int) -> Answer:
    """Return `result` with the passages holding its first quotes (best first, one a passage,
    `top` at most) when it found quotes and shows no passage; else `result` unchanged."""
    if not result.found or result.passages or not result.quotes or top < 1:
        return result
    hits: list[Hit] = []
    seen: set[str] = set()
    for quoted in result.quotes:
        passage = _holding(index, quoted.quote)
        if passage is None or passage.id in seen:
            continue
        seen.add(passage.id)
        sentence = quoted.quote.sentence if quoted.quote.sentence in passage.text else ""
        hits.append(Hit(len(hits) + 1, 0.0, passage, quoted.article, sentence))
        if len(hits) == top:
            break
    return replace(result, passages=hits) if hits else result


def _holding(index: Index, quote: Quote) -> Passage | None:
    """Return the passage of the quote's article whose span holds the quote's start."""
    for passage in index.passages_of(quote.article_id):
        if passage.start <= quote.start < passage.end:
            return passage
    return None
