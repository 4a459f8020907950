"""The first "who said ...?" candidates weighed again by meaning: a reader's paraphrase seldom
repeats the quote's words ("little movies" for "small films", "choose which fights" for "pick
your battles"), and the words it does share are often the story's, which every speaker of it
says. The cosine of the question's wording and each candidate's words (`sentence_vectors`: the
mean of word-piece vectors distilled from a sentence encoder) is added above a floor, and the
first few candidates sorted again; below the floor nothing changes, so a quote the words already
found keeps its place unless another's meaning is much closer.
"""

from __future__ import annotations

from collections.abc import Callable

# weight, floor and reach of the meaning added; fitted on the first half of the development
# who-said questions by position and checked on the second (741 -> 746: halves 387 -> 390 and
# 354 -> 356, five gained, none lost); weights 1.5 to 2.5 with floors 0.6 to 0.65 do as well
MEANING_WEIGHT = 2.0
MEANING_FLOOR = 0.65
MEANING_CANDIDATES = 5


def by_meaning(
    ranked: list[int], total: Callable[[int], float], text: Callable[[int], str], wording: str
) -> list[int]:
    """Return `ranked` with its first `MEANING_CANDIDATES` sorted again by `total` plus the
    meaning they share with `wording` above the floor (ties keep their order)."""
    first = ranked[:MEANING_CANDIDATES]
    if len(first) < 2 or not wording.strip():
        return ranked
    # read on first use: numpy and the table load only once a who-said question is asked
    from qabot.text.sentence_vectors import sentence_vectors

    vectors = sentence_vectors()
    asked = vectors.vector(wording)
    gained = {
        i: MEANING_WEIGHT * max(0.0, float(vectors.vector(text(i)) @ asked) - MEANING_FLOOR)
        for i in first
    }
    order = sorted(range(len(first)), key=lambda n: (-(total(first[n]) + gained[first[n]]), n))
    return [first[n] for n in order] + ranked[MEANING_CANDIDATES:]
