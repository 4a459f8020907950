"""Term signatures: a passage's distinct terms folded into 128 bits, found once at index time.

Each term sets one bit, chosen by a hash that is the same in every process (CRC-32), so two
term sets that differ in d terms have signatures that differ in at most d bits. De-duplication
(`qabot.search.duplicates`) looks for passages sharing most of their terms: a pair whose
signatures differ in more bits than that allows cannot be such a pair, and is told apart
without comparing the two term sets. The same bits bound how much of a question a passage can
match before it is read (`qabot.search.relevance.CoverageBound`): a question term whose bit is
clear is not among its terms.
"""

from __future__ import annotations

import functools
import operator
import zlib
from collections.abc import Iterable

SIGNATURE_BITS = 128  # a power of two: a CRC's low bits pick a term's bit
_BIT = [1 << n for n in range(SIGNATURE_BITS)]  # one int object per bit, shared
_LOW_BITS = SIGNATURE_BITS - 1


def term_bit(term: str) -> int:
    """Return the one bit a term sets in a signature."""
    return _BIT[zlib.crc32(term.encode("utf-8")) % SIGNATURE_BITS]


def term_signature(terms: Iterable[str]) -> tuple[int, int]:
    """Return the signature of these terms and how many distinct terms they are.

    Every distinct term's CRC is computed, all in C (`term_bit` without a Python call per term):
    faster than looking the bits up in a cache of every term seen, which at an archive's
    vocabulary waits on memory at every term and took ~30 MB in each analysis worker.
    """
    distinct = set(terms)
    return _fold(map(zlib.crc32, map(str.encode, distinct))), len(distinct)


def joined_signature(terms: str) -> tuple[int, int]:
    """Return `term_signature(terms.split())` of terms joined by single spaces, as analysis
    gives them (every passage at index time): the text is encoded once and split into bytes,
    whose CRC needs no encoding of each term (terms hold no white space of any kind).
    """
    distinct = set(terms.encode().split())
    # each term's bit number as a byte, and the bits set by two translations of a table (no
    # int made or OR'd per term): the flags read as a base-2 number, its highest bit first
    numbers = bytes(map(_LOW_BITS.__and__, map(zlib.crc32, distinct)))
    flags = _POSITIONS.translate(bytes.maketrans(numbers, b"\xff" * len(numbers)))
    return int(flags.translate(_DIGITS), 2), len(distinct)


# bit n at position SIGNATURE_BITS - 1 - n, made b"\xff" where a term sets it; then "1" or "0"
_POSITIONS = bytes(range(SIGNATURE_BITS - 1, -1, -1))
_DIGITS = bytes.maketrans(bytes(range(256)), b"0" * 255 + b"1")


def _fold(crcs: Iterable[int]) -> int:
    """Return the signature of terms' CRCs: each sets one bit, all in C."""
    return functools.reduce(operator.or_, map(_BIT.__getitem__, map(_LOW_BITS.__and__, crcs)), 0)


# A passage's title terms and article, folded into one stored number beside the signature of its
# text: with both, an answer bounds how much of a question a passage can match (a term whose bit
# is clear in both is in neither) and tells passages of different articles apart, unread.
TITLE_BITS = 48
ARTICLE_KEY_BITS = 15


def title_bit(term: str) -> int:
    """Return the one bit a term sets in a title signature."""
    return 1 << zlib.crc32(term.encode("utf-8")) % TITLE_BITS


def title_signature(terms: Iterable[str]) -> int:
    """Return the signature of a title's analysed terms (TITLE_BITS bits)."""
    return functools.reduce(operator.or_, map(title_bit, set(terms)), 0)


def article_key(article_id: str) -> int:
    """Return a number of ARTICLE_KEY_BITS bits, the same for every passage of an article (and
    for few other articles: equal keys are told apart by the article id)."""
    return zlib.crc32(article_id.encode("utf-8")) & ((1 << ARTICLE_KEY_BITS) - 1)


def order_key(article_id: str) -> int:
    """Return the first 8 UTF-8 bytes of an article id as a number that sorts like the id.

    Stored with every passage: hits with equal scores are ordered by (article id, position),
    and reading two columns orders a tied group without reading the passages (only ids sharing
    their first 8 bytes need the id from the passage's record); and hits that cannot be in
    some articles (an id's key differs from all of theirs) are told without reading them.
    """
    return int.from_bytes(article_id.encode("utf-8")[:8].ljust(8, b"\0"), "big")
