"""Cue context: what the words around a speech cue are (inside
`qabot.attribution.cue_reading`).

Whether the phrase before a cue ends a clause a comma closes ("The treaty signals the end for
the EU, said X": X speaks), and whether the words after a cue are what was said or when, where
and to whom it was said ("“...,” Trump told a crowd in Green Bay").
"""

from __future__ import annotations

from qabot.attribution.cues import ADJUNCT_START
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.text.lexicon import VERB_LIKE

_CIRCUMSTANCES = frozenset(
    """as while when whilst outside inside backstage onstage afterwards aboard near
during before after""".split()
)


def clause_tail(left: str, offset: int, words: list[str]) -> bool:
    """Return True when the phrase found before a cue ends a clause that a comma closes right
    before the cue: "The treaty signals the end for the EU, said X" (X speaks, not the EU)."""
    if not left.rstrip().endswith(","):
        return False
    before = left[:offset]
    if "," in left[offset:].rstrip()[:-1]:
        return False  # "Tom Ridge, a former secretary, said": an apposition, then the cue
    return (
        bool(before.rsplit(",", 1)[-1].strip())
        and not before.rstrip().endswith(tuple(QUOTE_MARKS + MASK))
    ) or any(word in VERB_LIKE for word in words)


def circumstance(masked: str, content_at: int) -> bool:
    """Return True when the words after a cue open with when, where or how it was said ("as
    he launched the process", "outside the building", "happily on MSNBC"), not a clause."""
    first = masked[content_at : content_at + 30].split()[:1]
    word = first[0].rstrip(",.;:").casefold() if first else ""
    return word in _CIRCUMSTANCES or word.endswith(("ly", "ing")) or word in ADJUNCT_START


def that_before(masked: str, content_at: int) -> bool:
    """Return True when the words a cue reports open with "that" ("told CNN that ...")."""
    return masked[max(0, content_at - 6) : content_at].rstrip(" ,").endswith(("that", ":"))
