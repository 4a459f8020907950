"""Weight groups: the least sets of a question's terms that make up a share of its weight.

A passage matching `share` of the question's weight (`relevance.coverage`: its text's terms
whole, its title's at half) holds every term of one of these groups in its text or its title,
so when the engine finds no passage holding one (`Engine.may_hold_together`), none matches
that share, and no passage need be read to tell (`passages_below.most_held_below`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

# groups made at most, and sets of terms tried at most on the way: a long question's groups
# are many, and one look-up of them all would cost more than the search it spares
GROUPS_MAX = 32
TRIED_MAX = 512
# the share is lowered by this much: a sum of the same weights in another order may differ
# in its last bits, and a group left out would make the test wrong, one too many only slower
SLACK = 1e-6


def weight_groups(weights: Mapping[str, float], share: float) -> list[tuple[str, ...]] | None:
    """Return the least groups of `weights`' terms whose weights make up `share` of the whole
    (each holds none of another), heaviest terms first; None when they would be more than
    GROUPS_MAX or take more than TRIED_MAX sets to find (then tell by reading passages).

    Every set of terms weighing `share` or more holds one of the groups."""
    items = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    total = math.fsum(weight for _, weight in items)
    if total <= 0:
        return None
    need = (share - SLACK) * total
    # the weight of each term and all after it: a set that cannot reach `need` is not grown
    after = [0.0] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        after[i] = after[i + 1] + items[i][1]
    found: list[tuple[str, ...]] = []
    tried = 0
    # depth first, terms in order: the first terms of any set that reach `need` are a group
    stack: list[tuple[int, tuple[str, ...], float]] = [(0, (), 0.0)]
    while stack:
        start, chosen, weight = stack.pop()
        tried += 1
        if tried > TRIED_MAX:
            return None
        if weight >= need:
            found.append(chosen)
            if len(found) > GROUPS_MAX * 4:
                return None
            continue
        if weight + after[start] < need:
            continue
        # later terms pushed first: the sets come off the stack in the order of their terms
        for i in range(len(items) - 1, start - 1, -1):
            term, term_weight = items[i]
            stack.append((i + 1, (*chosen, term), weight + term_weight))
    least = [
        group
        for group in found
        if not any(len(other) < len(group) and set(other) <= set(group) for other in found)
    ]
    return least if len(least) <= GROUPS_MAX else None
