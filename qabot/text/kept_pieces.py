"""The word pieces of texts the meaning re-ranking weighs (`SentenceVectors.matched`: "who said"
candidates' quotes and their stories' openings), as an index stored them at index time.

Cutting a text into pieces costs a few microseconds a word the process has not cut before
(every piece tried longest first), and an archive's rare words are mostly new at each question:
at 1,000,000 synthetic passages, ~0.7 ms of a "who said" answer. An index stores the pieces of
each quote and of the opening of each article quoted (`stored_pieces`: the rows of the shipped
vocabulary, `word_pieces.shipped_pieces`, as two bytes each in base64), read back with the
quotes; they are kept here by text, as `kept_terms` keeps terms, and decoded only when weighed.
An opening is kept by its article until its text is read (`opening_text`), and only for a text
of the same fingerprint (`fingerprint`): an article changed since keeps the pieces it had.
"""

from __future__ import annotations

import base64
import sys
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Sequence

from qabot.text.kept_terms import keep_bounded

# texts kept, the first kept dropped first past it: a "who said" question reads some 300
# quotes, of which it weighs about ten; a kept text costs ~0.2 KB
KEPT_TEXTS = 1 << 14

# text -> its pieces as stored
_kept: OrderedDict[str, str] = OrderedDict()
# article id -> (the fingerprint of its opening's text, the opening's pieces as stored)
_openings: OrderedDict[str, tuple[int, str]] = OrderedDict()


def stored_pieces(rows: Sequence[int]) -> str:
    """Return `rows` (rows of a vocabulary of at most 65,536 pieces) as an index stores them:
    two bytes each, little-endian, in base64."""
    packed = array("H", rows)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def read_pieces(stored: str) -> list[int]:
    """Return the rows `stored_pieces` stored as `stored`."""
    packed = array("H", base64.b64decode(stored))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tolist()


def fingerprint(text: str) -> int:
    """Return a checksum of `text` (CRC-32 of its UTF-8), to tell a stored opening's text."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def keep_pieces(text: str, stored: str) -> None:
    """Keep `stored` (`stored_pieces` of the shipped vocabulary's rows of `text`) as the
    pieces of `text`."""
    keep_bounded(_kept, text, stored, KEPT_TEXTS)


def kept_pieces(text: str) -> list[int] | None:
    """Return the pieces kept for `text`, or None when none are."""
    stored = _kept.get(text)
    return None if stored is None else read_pieces(stored)


def keep_opening(article_id: str, checksum: int, stored: str) -> None:
    """Keep `stored` as the pieces of the opening of article `article_id`, whose text has the
    fingerprint `checksum`, until that text is read (`opening_text`)."""
    keep_bounded(_openings, article_id, (checksum, stored), KEPT_TEXTS)


def opening_text(article_id: str, text: str) -> str:
    """Return `text`, the opening of article `article_id`, with the pieces its index stored
    kept as its own when they were stored for this text."""
    found = _openings.get(article_id)
    if found is not None and text not in _kept and found[0] == fingerprint(text):
        keep_bounded(_kept, text, found[1], KEPT_TEXTS)
    return text
