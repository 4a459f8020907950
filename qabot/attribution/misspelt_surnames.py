"""Misspelt surnames: a lone surname the article spells once with a slip ("Daveport" in a story
about Lindsay Davenport, "Mr Barot" for Jacques Barrot), read as the surname it misspells (a
step of `qabot.attribution.names`, when a speaker's surname is no one's in the article), and
the other way round: a full name read after the slip was ("Mr Mukerjee" read before "Pranab
Mukherjee") is the person the slip named, whichever the article reads first."""

from __future__ import annotations

from collections.abc import Iterable
from string import ascii_lowercase

from qabot.attribution.persons import Person
from qabot.text.edits import one_edit
from qabot.text.lexicon import ORGANISATION_WORDS

# shorter surnames ("Wong", "Wang") are too often two people's
_SHORTEST = 5


def misspelt_people(
    word: str, by_surname: dict[str, list[Person]], keys: Iterable[str] | None = None
) -> list[Person]:
    """Return the people of an article (`by_surname`) whose surname `word` misspells, among
    those named in full, never a body's word ("Unison" is no "Workers' Union"); else the
    (empty) list of people of surname `word`. `keys`, when given, are the surnames of
    `by_surname` that may be slips of `word`, those with its first and last letters (a long
    article's every lone surname then costs no scan of them all)."""
    slip = misspelt_surname(
        word,
        (
            key
            for key in (by_surname if keys is None else keys)
            if key not in ORGANISATION_WORDS
            and any(" " in p.name and not p.organisation for p in by_surname[key])
        ),
    )
    return by_surname[slip] if slip is not None else by_surname.get(word, [])


def misspelt_surname(word: str, surnames: Iterable[str]) -> str | None:
    """Return the one of `surnames` (case-folded) that `word` misspells by a letter left out,
    added, changed or two swapped, with the first and last letters alike ("Israel" is no slip
    for "Israeli", "Catholics" none for "Catholic"), else None."""
    if len(word) < _SHORTEST:
        return None
    known = [s for s in surnames if len(s) >= _SHORTEST and s[-1:] == word[-1:]]
    # the slips of `word` in any letter those surnames hold, accented ones too ("Muller" for
    # "Müller"), not only the a to z of a typed word
    letters = "".join(sorted({*ascii_lowercase, *"".join(known)}))
    slips = one_edit(word, letters)
    found = [s for s in known if s in slips and s[0] == word[0]]
    return found[0] if len(found) == 1 else None


def slipped_people(
    last: str, by_surname: dict[str, list[Person]], keys: Iterable[str] | None = None
) -> list[Person]:
    """Return the people of an article (`by_surname`) read by a lone surname that misspells
    `last` (the surname of a full name no one had yet), none a body's: "Mr Mukerjee" read
    before "Pranab Mukherjee"; else an empty list. `keys` as for `misspelt_people`."""
    alone = [
        key
        for key in (by_surname if keys is None else keys)
        if (known := by_surname[key])
        and key not in ORGANISATION_WORDS
        and all(" " not in p.name and not p.organisation for p in known)
    ]
    slips = [
        key
        for key in alone
        # a slip keeps the first and last letters and the length within one (cheap to ask
        # before every edit of the word is made)
        if key[:1] == last[:1]
        and key[-1:] == last[-1:]
        and abs(len(key) - len(last)) <= 1
        and misspelt_surname(key, [last]) == last
    ]
    return by_surname[slips[0]] if len(slips) == 1 else []
