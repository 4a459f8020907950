"""Words one edit from a typed word: the candidates spelling correction and name respelling
try for a word or a name typed with a slip; and how many edits part two words, for a name
typed by ear ("hantukova" for "Hantuchova")."""

from __future__ import annotations

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(word: str, letters: str = _LETTERS) -> set[str]:
    """Return the words one edit from `word` that keep its first letter: a letter dropped,
    swapped, changed or added after it, or the first two swapped. Typists seldom miss the first
    letter, and a word changed there is mostly another word ("zebra" is not "Debra"). Letters
    changed or added are of `letters` (a to z unless told: a typed word's slips)."""
    first, rest = word[:1], word[1:]
    splits = [(rest[:i], rest[i:]) for i in range(len(rest) + 1)]
    edits = (
        {left + right[1:] for left, right in splits if right}
        | {left + c + right[1:] for left, right in splits if right for c in letters}
        | {left + c + right for left, right in splits for c in letters}
    )
    return ({first + edit for edit in edits} | neighbour_swaps(word)) - {word}


def neighbour_swaps(word: str) -> set[str]:
    """Return the words made from `word` by swapping two neighbouring letters ("micheal" for
    "michael"), the first two included: the slip a fast typist makes most."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {
        word
    }


def edit_distance(first: str, second: str) -> int:
    """Return the fewest letters dropped, added, changed or neighbours swapped that make
    `first` into `second` (the optimal string alignment distance)."""
    before: list[int] = []
    row = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        earlier, before, row = before, row, [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            row[j] = min(before[j] + 1, row[j - 1] + 1, before[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                row[j] = min(row[j], earlier[j - 2] + 1)
    return row[-1]
