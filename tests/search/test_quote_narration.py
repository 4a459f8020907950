"""The narration before a "who said" candidate, read from the hit holding it and kept."""

from __future__ import annotations

import pytest

from qabot.indexing import kept as kept_dicts
from qabot.records import Passage, Quote
from qabot.search.quote_narration import told_before, told_of
from qabot.text import analyze

TEXT = 'The ferry ran late. The crew fixed the pump. "It held," said Ana Ruiz. The end.'
ENDS = (19, 44, 71, len(TEXT))
PASSAGE = Passage(
    id="c:0",
    article_id="c",
    position=0,
    start=100,
    end=100 + len(TEXT),
    text=TEXT,
    sentence_ends=ENDS,
    sentence_terms=tuple(analyze(TEXT[a:b]) for a, b in zip((0, *ENDS[:-1]), ENDS, strict=True)),
)


def quote_at(start: int, length: int = 7) -> Quote:
    return Quote("c", "Ana Ruiz", "It held", "direct", "said", start, start + length, TEXT[45:71])


def test_the_narration_is_read_from_the_hit_holding_the_quote_once_and_kept() -> None:
    read: list[int] = []

    def passage_of(i: int) -> Passage:
        read.append(i)
        return PASSAGE

    spans = {0: ("c", 0, 90), 1: ("c", PASSAGE.start, PASSAGE.end)}
    kept: dict[tuple[Quote, int, int], frozenset[str]] = {}
    said = quote_at(100 + TEXT.index("It held"))
    first = told_of({"c": [0, 1]}, spans, passage_of, kept)
    assert first(said) == told_before(said, PASSAGE) == frozenset(analyze(TEXT[20:44]).split())
    assert read == [1]  # only the hit holding the quote
    # another answer finds it kept, and reads nothing
    again = told_of({"c": [1]}, spans, passage_of, kept)
    assert again(said) == first(said) and read == [1]
    # no hit holds the quote, or none of its article: nothing is told
    assert told_of({"c": [0]}, spans, passage_of, kept)(said) == frozenset()
    assert told_of({}, spans, passage_of, kept)(said) == frozenset()
    # the quote's sentence opens the passage: nothing told before it, kept as such
    opening = quote_at(100, 5)
    assert first(opening) == frozenset() and kept[(opening, 100, PASSAGE.end)] == frozenset()


def test_what_is_kept_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept_dicts, "KEPT", 1)
    kept: dict[tuple[Quote, int, int], frozenset[str]] = {}
    told = told_of({"c": [1]}, {1: ("c", PASSAGE.start, PASSAGE.end)}, lambda i: PASSAGE, kept)
    said = quote_at(100 + TEXT.index("It held"))
    told(said)
    told(quote_at(100, 5))
    assert list(kept) == [(quote_at(100, 5), 100, PASSAGE.end)]
    assert told(said) == frozenset(analyze(TEXT[20:44]).split())
