"""tantivy hits -> passages: read from their pack by the `record` and `numbers` fast fields.

One pread per passage, no document fetch (qabot.engines.text_packs); the last ones read are kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import tantivy

from qabot.engines.tantivy_columns import gather, record_length, unsigned
from qabot.engines.text_packs import PackReader, PassageCodec
from qabot.records import Passage

# Decoded passages kept per engine: a speech answer reads many of the same passages in its
# several searches, and a search fetching more candidates reads its first ones again (a pack
# record never changes, so a kept passage is never stale). About 3 KB each.
PASSAGE_CACHE = 1024


def passage_reader(codec: PassageCodec, packs: PackReader) -> Callable[[int, int], Passage]:
    """Return a function reading the passage at (record, length), keeping the last ones read
    (a closure, not a method: the cache must not keep the engine alive)."""

    @functools.lru_cache(maxsize=PASSAGE_CACHE)
    def passage(record: int, length: int) -> Passage:
        return codec.decode(packs.read(record, length))

    return passage


class PassageReading:
    """Reading the passages of tantivy documents for `TantivyEngine`, at question time."""

    _passage: Callable[[int, int], Passage]

    def _article_id(self, searcher: tantivy.Searcher, address: Any) -> str:
        return self._passages_at(searcher, [address])[0].article_id

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
