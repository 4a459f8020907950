"""tantivy hits -> passages: read from their pack by the `record` and `numbers` fast fields.

One pread per passage, no document fetch (qabot.engines.text_packs); the last ones read are kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import tantivy

from qabot.engines.scored import Span, StoredTerms
from qabot.engines.tantivy_columns import gather, record_length, unsigned
from qabot.engines.text_packs import PackReader, PassageCodec
from qabot.records import Passage

# Decoded passages kept per engine: a speech answer reads many of the same passages in its
# several searches, and a search fetching more candidates reads its first ones again (a pack
# record never changes, so a kept passage is never stale). About 3 KB each.
PASSAGE_CACHE = 1024
FIELDS_KEPT = 128  # records whose terms or text alone were read, kept until made passages (~1 KB)


def passage_reader(
    codec: PassageCodec, packs: PackReader
) -> tuple[
    Callable[[int, int], Passage],
    Callable[[int, int], StoredTerms | None],
    Callable[[int, int], Span],
    Callable[[int, int], str],
]:
    """Return four functions of (record, length): one reading the passage there, keeping the
    last ones read; one reading only its stored terms and title terms (`PassageCodec.terms`),
    one only its article id, start and end (`PassageCodec.span`), and one only its text,
    cheaper when the passage is then never needed (closures, not methods: the caches must not
    keep the engine alive). A record whose terms, span or text were read is made a passage
    without being read again."""
    fields_read: dict[tuple[int, int], list[str]] = {}

    @functools.lru_cache(maxsize=PASSAGE_CACHE)
    def passage(record: int, length: int) -> Passage:
        fields = fields_read.pop((record, length), None)
        return codec.passage(
            fields if fields is not None else codec.fields(packs.read(record, length))
        )

    def fields(record: int, length: int) -> list[str]:
        found = fields_read.get((record, length))
        if found is None:
            found = codec.fields(packs.read(record, length))
            if len(fields_read) >= FIELDS_KEPT:
                fields_read.clear()
            fields_read[(record, length)] = found
        return found

    def terms(record: int, length: int) -> StoredTerms | None:
        return codec.terms(fields(record, length))

    def span(record: int, length: int) -> Span:
        return codec.span(fields(record, length))

    def text(record: int, length: int) -> str:
        return fields(record, length)[-1]

    return passage, terms, span, text


class PassageReading:
    """Reading the passages of tantivy documents for `TantivyEngine`, at question time."""

    _passage: Callable[[int, int], Passage]
    _terms: Callable[[int, int], StoredTerms | None]
    _span: Callable[[int, int], Span]
    _text: Callable[[int, int], str]

    def _article_ids(self, searcher: tantivy.Searcher, addresses: list[Any]) -> list[str]:
        """Return the article ids of these documents, read from their records without making
        their passages (ties between passages of one id prefix are ordered by them); each
        column is read once for all of them."""
        return [
            self._span(gather(record or 0), record_length(numbers or 0))[0]
            for record, numbers in zip(
                unsigned(searcher.fast_field_values("record", addresses)),
                unsigned(searcher.fast_field_values("numbers", addresses)),
                strict=True,
            )
        ]

    def _passages_at(self, searcher: tantivy.Searcher, addresses: list[Any]) -> list[Passage]:
        """Return the stored passages of these documents, in the same order."""
        return [
            self._passage(gather(record or 0), record_length(numbers or 0))
            for record, numbers in zip(
                unsigned(searcher.fast_field_values("record", addresses)),
                unsigned(searcher.fast_field_values("numbers", addresses)),
                strict=True,
            )
        ]
