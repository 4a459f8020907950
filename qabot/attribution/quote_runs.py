"""Quote runs: quotes each left open where the next one opens, one speaker's words.

Part of quote attribution (`qabot.attribution.uncued_quotes`). Some archives leave a quote
open where the speaker goes on in a new quote ('“... the house. “Some will ...,” said Mr X'),
within a paragraph or into the next; the cue ending the run names who speaks all of it, not
whoever spoke before the run. A quote left open by mistake looks the same, so a run that opens
right after a quote its own cue gave a speaker stays with that speaker, and a run whose cue is
a pronoun ("he said", read from the sentences before) changes nothing.
"""

from __future__ import annotations

import re

from qabot.attribution.cues import CUE
from qabot.attribution.quote_content import Attribution
from qabot.text.patterns import lazy


def run_cue(
    para: str,
    masked: str,
    spans: list[tuple[int, int, bool]],
    index: int,
    here: list[tuple[int, Attribution]],
) -> Attribution | None:
    """Return the speaker of the run of quotes holding spans[index] (index -1: the run opening
    the paragraph, going on from the last one), each left open where the next one opens ('“...
    house. “Some will ...,” said Mr X'): the speaker of its nearest earlier quote with a cue of
    its own, else of its first later one whose cue names someone (not "he said": who "he" is
    was read from the sentences before). None when the run opens right after a quote its own
    cue gave a speaker ('“...,” said X. “... Y was careful ... “...,” said Y': X's words, a
    closing mark left out), or when no cue of the run names anyone."""
    at = max(index, 0)
    if index < 0 and (not spans or spans[0][0] != 0):
        return None
    if index >= 0 and _pronoun_cue(masked, spans[index][1]):
        return None  # '“It is over,” she said': a cue of its own, whoever "she" is
    while at > 0 and _joined(para, spans, at - 1):
        at -= 1
        if (found := _cued(spans[at][0], here)) is not None:
            return found
    if at > 0 and _cued(spans[at - 1][0], here) is not None:
        return None
    at = max(index, 0) - (1 if index < 0 else 0)
    while at + 1 < len(spans) and (at < 0 or _joined(para, spans, at)):
        at += 1
        if (found := _cued(spans[at][0], here)) is not None:
            return None if _pronoun_cue(masked, spans[at][1]) else found
    return None


# '“...,” he said': a pronoun after a quote, the subject of a cue
_PRONOUN = lazy(r"[\s,'’]*(?:he|she|they|it|we|i)\s+", re.IGNORECASE)


def _pronoun_cue(masked: str, end: int) -> bool:
    """Return True when a pronoun and a speech cue follow a quote ending at `end`."""
    after = _PRONOUN.match(masked, end)
    return after is not None and CUE.match(masked, after.end()) is not None


def _joined(para: str, spans: list[tuple[int, int, bool]], at: int) -> bool:
    """Return True when spans[at] is left open where spans[at + 1] opens."""
    return (
        at + 1 < len(spans)
        and not spans[at][2]
        and not para[spans[at][1] : spans[at + 1][0]].strip()
    )


def _cued(q0: int, here: list[tuple[int, Attribution]]) -> Attribution | None:
    """Return the speaker a cue gave the quote opening at q0, if any (a cue's quote is
    recorded from its first word, just after the mark)."""
    return next((a for at, a in here if at == q0 + 1), None)


def open_run(
    para: str, spans: list[tuple[int, int, bool]], here: list[tuple[int, Attribution]]
) -> int | None:
    """Return the first of the run of quotes left open at the paragraph's end (each open
    where the next one opens), if the paragraph ends inside a quote and the run does not go on
    from a quote with a cue of its own: the next paragraph's cue may name their speaker."""
    if not spans or spans[-1][2] or spans[-1][1] < len(para.rstrip()):
        return None
    first = len(spans) - 1
    while first > 0 and _joined(para, spans, first - 1):
        first -= 1
    if first > 0 and _cued(spans[first - 1][0], here) is not None:
        return None
    return first
