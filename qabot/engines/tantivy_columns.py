"""A passage's numbers in tantivy's fast fields, stored so that a search opens them cheaply.

tantivy stores a fast field in the codec it estimates smallest: bit-packed, one line with the
differences bit-packed, or a line per block of 512 documents. The last wins for values that
rise (where a passage's record is in its pack) or whose range is narrower within most blocks
than overall (a record's length, a passage's number of distinct terms: a few outliers widen the
whole range by a bit), and opening such a column reads the header of every block: ~2,000 at a
million passages, 40-90 us, at every search (tantivy's `fast_field_values` opens the column at
each call). A bit-packed or one-line column opens in about 1 us.

So every value is stored multiplied by an odd constant modulo 2^64 (undone by its inverse):
the products spread over the whole 64-bit range in every block, neither a line nor a block's
line fits them, and tantivy bit-packs them, 8 bytes a passage. The small numbers read at every
search share one column (`pack_numbers`), so "when" questions and de-duplication get theirs
with the record's length, without opening another column. A third (`pack_title`) holds the
passage's article key and title signature, read only by answers that may leave candidates unread.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, cast

from qabot.text.signatures import ARTICLE_KEY_BITS, TITLE_BITS

MASK = (1 << 64) - 1
SPREAD = 0x9E3779B97F4A7C15  # odd (2^64 over the golden ratio), so invertible modulo 2^64
GATHER = pow(SPREAD, -1, 1 << 64)

LENGTH_BITS = 32  # a record's length in bytes (a passage is at most 2,400 characters)
DISTINCT_BITS = 24  # its number of distinct terms; a larger number is stored as 0: unknown
FIGURE_BITS = 8  # qabot.text.figure_kinds
FIGURE_MASK = (1 << FIGURE_BITS) - 1
DISTINCT_MASK = (1 << DISTINCT_BITS) - 1
TITLE_MASK = (1 << TITLE_BITS) - 1
KEY_MASK = (1 << ARTICLE_KEY_BITS) - 1


def spread(value: int) -> int:
    """Return what is stored for `value` (0 <= value < 2^64): a bijection, see `gather`."""
    return value * SPREAD & MASK


def gather(stored: int) -> int:
    """Return the value `spread` stored."""
    return stored * GATHER & MASK


class Numbers(NamedTuple):
    """The small numbers stored for a passage in one column."""

    length: int  # of its record in the pack
    distinct: int  # distinct terms (qabot.text.term_signature), 0: unknown
    figures: int  # kinds of dates and figures (qabot.text.figure_kinds), 0: unknown


def pack_numbers(length: int, distinct: int, figures: int) -> int:
    """Return the one value stored for a passage's numbers (already spread).

    A length or figures out of range is a bug (ValueError); a number of distinct terms out of
    range is stored as unknown, which only costs de-duplication its shortcut."""
    if not 0 <= length < 1 << LENGTH_BITS or not 0 <= figures < 1 << FIGURE_BITS:
        raise ValueError(f"record length {length} or figures {figures} out of range")
    if not 0 <= distinct < 1 << DISTINCT_BITS:
        distinct = 0
    return spread((length << DISTINCT_BITS | distinct) << FIGURE_BITS | figures)


def unpack_numbers(stored: int) -> Numbers:
    """Return the numbers `pack_numbers` stored."""
    value = stored * GATHER & MASK
    return Numbers(
        value >> (DISTINCT_BITS + FIGURE_BITS),
        value >> FIGURE_BITS & DISTINCT_MASK,
        value & FIGURE_MASK,
    )


def record_length(stored: int) -> int:
    """Return the record length of a stored numbers value (what reading a passage needs)."""
    return (stored * GATHER & MASK) >> (DISTINCT_BITS + FIGURE_BITS)


def figure_kinds(stored: Iterable[int | None]) -> list[int]:
    """Return the kinds of figures of each stored numbers value (None: not stored, 0)."""
    return [(value or 0) * GATHER & FIGURE_MASK for value in stored]


def distinct_terms(stored: Iterable[int | None]) -> list[int]:
    """Return the number of distinct terms of each stored numbers value (None: not stored, 0)."""
    return [(value or 0) * GATHER >> FIGURE_BITS & DISTINCT_MASK for value in stored]


TITLE_KNOWN = 1 << 63  # the title's terms were stored (else only the article key is)


def pack_title(key: int, signature: int | None) -> int:
    """Return what is stored (spread) for a passage's article key (ARTICLE_KEY_BITS) and title
    signature (TITLE_BITS; None: its title terms were not stored)."""
    if not 0 <= key < 1 << ARTICLE_KEY_BITS or not 0 <= (signature or 0) < 1 << TITLE_BITS:
        raise ValueError(f"article key {key} or title signature {signature} out of range")
    known = 0 if signature is None else TITLE_KNOWN | signature
    return spread(key << TITLE_BITS | known)


def unpack_titles(stored: Iterable[int | None]) -> list[tuple[int, int | None] | None]:
    """Return the (article key, title signature or None) `pack_title` stored of each passage
    (None: nothing stored)."""
    values = [None if value is None else value * GATHER & MASK for value in stored]
    return [
        None
        if value is None
        else (value >> TITLE_BITS & KEY_MASK, value & TITLE_MASK if value & TITLE_KNOWN else None)
        for value in values
    ]


def unsigned(values: list[int | float | bool | None]) -> list[int | None]:
    """Return what tantivy's `fast_field_values` read from an unsigned field, typed as it is
    (ints, None for a document without the value); no copy."""
    return cast(list[int | None], values)
