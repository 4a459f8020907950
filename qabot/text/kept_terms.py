"""The analysed terms of texts an answer weighs again and again (quotes, the sentences that
attribute them), kept by text: made by the analyzer when first asked for, or given as an index
stored them at index time (`keep_terms`), so that a quote read from the index is never analysed at
question time. A text's terms depend on the text alone (and the analyzer's version, which an
index is rebuilt under), so one text's terms serve every index and every caller."""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

from qabot.text.analyzer import tokenize

# texts kept, the first kept dropped first past it: some 300 quotes a "who said" question, each
# with its sentence; a kept text costs ~0.3 KB
KEPT_TEXTS = 1 << 16

# text -> its terms, or their joined form as stored (split when first asked for: most quotes
# read are never weighed)
_kept: OrderedDict[str, tuple[str, ...] | str] = OrderedDict()

_Value = TypeVar("_Value")


def terms_of(text: str) -> tuple[str, ...]:
    """Return `tuple(tokenize(text))`, kept: analysed at most once a text."""
    found = _kept.get(text)
    if found is None:
        found = tuple(tokenize(text))
        keep_bounded(_kept, text, found, KEPT_TEXTS)
    elif isinstance(found, str):
        found = tuple(found.split())
        _kept[text] = found
    return found


def keep_terms(text: str, terms: str) -> None:
    """Keep `terms` (`analyze(text)`, terms joined by single spaces, as an index stores them)
    as the terms of `text`, unless its terms are kept already."""
    if text not in _kept:
        keep_bounded(_kept, text, terms, KEPT_TEXTS)


def keep_bounded(kept: OrderedDict[str, _Value], key: str, value: _Value, limit: int) -> None:
    """Keep `value` under `key` in `kept`, dropping the first kept past `limit` entries (the
    caches of texts kept for answers: here and `kept_pieces`)."""
    kept[key] = value
    if len(kept) > limit:
        kept.popitem(last=False)  # atomic: two threads past the limit at once drop one each
