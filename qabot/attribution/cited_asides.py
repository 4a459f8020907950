"""Cited asides: reported words that open by naming whose words they are ("The Tories claim
that, as Mr Letwin said, if the money does not come from there, where will it come from"), read
inside `qabot.attribution.cue_words_before`.

The cue's speaker claims the words, but the aside says someone else said them first: the words
after it are that person's as well. Only a capitalised name before a cue of saying counts ("as
the law requires," or "as expected," cite no one).
"""

from __future__ import annotations

from qabot.text.patterns import lazy

# "as Mr Letwin said, ", "as Jo Ray has argued, ", "as Acme put it, "
_CITED = lazy(
    r"as\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+"
    r"(?:has\s+|had\s+)?(?:said|says|put\s+it|noted|notes|argued|argues|pointed\s+out|warned),\s+"
)


def cited_aside(text: str, start: int, end: int) -> tuple[list[str], int, int] | None:
    """Return (the name's words, where they start, where the words cited start) when
    text[start:end] opens with an aside naming who said them, else None."""
    found = _CITED.match(text, start, end)
    if found is None or found.end() >= end:
        return None
    return found.group("who").split(), found.start("who"), found.end()
