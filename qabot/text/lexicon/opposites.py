"""Opposite deeds and moods, each in the forms news writes them: a reader asks "why did X's
profits fall", the story says they rose. General English; each pair is two groups of word
forms, not stems ("won" is a stop word of the analyzer)."""

from __future__ import annotations

_PAIRS = (
    (
        "rise rises rose risen rising increase increases increased increasing grow grows grew"
        " grown growing climb climbs climbed jump jumps jumped soar soars soared surge surges"
        " surged",
        "fall falls fell fallen falling drop drops dropped decline declines declined declining"
        " decrease decreases decreased shrink shrinks shrank shrunk slump slumps slumped plunge"
        " plunges plunged tumble tumbles tumbled slip slips slipped slide slides slid dip dips"
        " dipped",
    ),
    (
        "accept accepts accepted accepting approve approves approved approving",
        "reject rejects rejected rejecting rebuff rebuffs rebuffed",
    ),
    ("win wins won winning", "lose loses lost losing"),
    ("succeed succeeds succeeded", "fail fails failed"),
    ("upbeat optimistic", "pessimistic gloomy downbeat"),
)

# each pair both ways: (the forms asked, the forms of its opposite)
OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(one.split()), frozenset(other.split()))
    for pair in _PAIRS
    for one, other in (pair, pair[::-1])
)
