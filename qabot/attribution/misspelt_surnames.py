"""Misspelt surnames: a lone surname the article spells once with a slip ("Daveport" in a story
about Lindsay Davenport, "Mr Barot" for Jacques Barrot), read as the surname it misspells (a
step of `qabot.attribution.names`, when a speaker's surname is no one's in the article)."""

from __future__ import annotations

from collections.abc import Iterable

from qabot.attribution.persons import Person
from qabot.text.lexicon import ORGANISATION_WORDS

# shorter surnames ("Wong", "Wang") are too often two people's
_SHORTEST = 5


def misspelt_people(word: str, by_surname: dict[str, list[Person]]) -> list[Person]:
    """Return the people of an article (`by_surname`) whose surname `word` misspells, among
    those named in full, never a body's word ("Unison" is no "Workers' Union"); else the
    (empty) list of people of surname `word`."""
    slip = misspelt_surname(
        word,
        (
            key
            for key, known in by_surname.items()
            if key not in ORGANISATION_WORDS
            and any(" " in p.name and not p.organisation for p in known)
        ),
    )
    return by_surname[slip] if slip is not None else by_surname.setdefault(word, [])


def misspelt_surname(word: str, surnames: Iterable[str]) -> str | None:
    """Return the one of `surnames` (case-folded) that `word` misspells by a letter left out,
    added, changed or two swapped, with the first and last letters alike ("Israel" is no slip
    for "Israeli", "Catholics" none for "Catholic"), else None."""
    if len(word) < _SHORTEST:
        return None
    found = [s for s in surnames if len(s) >= _SHORTEST and _one_slip(word, s)]
    return found[0] if len(found) == 1 else None


def _one_slip(a: str, b: str) -> bool:
    """Return whether `a` and `b` differ by one letter left out, added or changed, or two
    neighbours swapped, keeping their first and last letters."""
    if a == b or a[0] != b[0] or a[-1] != b[-1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]]
            and a[differ[1]] == b[differ[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))
