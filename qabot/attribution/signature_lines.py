"""Signature lines: the line after a quote that signs it ("“...” / - Bernie Sanders.").

One owner for the shape, read by the pass over paragraphs (`qabot.attribution.quotes`: a
paragraph that is one quote is the signer's) and by narration before a quote
(`qabot.attribution.narrated_subjects`: words signed below are not the narrated person's).
"""

from __future__ import annotations

import re

from qabot.attribution.names import People
from qabot.text.lexicon import HONORIFICS, first_name_gender, name_key
from qabot.text.patterns import lazy

# a dash, then up to five capitalised words alone on their line ("- Bernie Sanders.")
_SIGNATURE_LINE = lazy(
    r"\n\s*(?P<dash>[-―—–]|--)[^\S\n]*(?P<name>[A-Z][\w'’-]*\.?(?:[^\S\n]+[A-Z][\w'’-]*\.?){0,4})"
    r"[^\S\n]*(?:\n|$)"
)


def signature_line(text: str, end: int) -> re.Match[str] | None:
    """Return the line signing the paragraph that ends at `end` of `text`, or None."""
    return _SIGNATURE_LINE.match(text, end)


def a_signer(people: People, name: str) -> bool:
    """Return True when a line's words signing a quote are a person's name: opening with a
    title or a known first name ("Dr Jo Lee", "Bernie Sanders") or ending with a surname the
    article names ("- Vance"); not a page's link ("- Read More")."""
    words = name.rstrip(".").split()
    return (
        words[0].rstrip(".").casefold() in HONORIFICS
        or first_name_gender(words[0]) is not None
        or name_key(words[-1])[1] in people.names.by_surname
    )
