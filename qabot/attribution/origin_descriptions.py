"""Descriptions by age or origin ("the 28-year-old", "the American", "the Waterford man"): a
step inside `qabot.attribution.descriptions`.

Such a description means the person the passage is about only when no one else who may be
that person was named since: a body or a place named since ("Nottingham Forest") may not be,
nor a person the article gives another nationality ("Chilean X" is not "the American").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

from qabot.attribution.bodies import may_be_body
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.text.lexicon import (
    NATIONALITY_OPENERS,
    ORGANISATION_WORDS,
    is_capitalised,
    is_known_gentilic,
)
from qabot.text.patterns import lazy

AGED = lazy(r"\d+-year-old")
_SENTENCE_END = lazy(r"[.!?][\"”’']?\s|\n")


def described_by_origin(words: list[str]) -> bool:
    """Return True for one person described by where they come from: a nationality ("the
    American", "the 24-year-old Swiss", "the Dutchman", "the New Zealander"; not a people: "the
    French", "the Chinese", "the Americans") or a place ("the Waterford man", "the Glasgow
    woman")."""
    key = words[-1].casefold()
    if words[0].casefold() != "the" or not words[-1][:1].isalpha():
        return False
    aged = list(itertools.takewhile(AGED.fullmatch, words[1:-1]))
    place = words[1 + len(aged) : -1]
    if key in {"man", "woman"}:  # "the Waterford man"
        return 1 <= len(place) <= 2 and all(
            is_capitalised(w) and w.casefold() not in ORGANISATION_WORDS for w in place
        )
    return (
        (not place or (len(place) == 1 and place[0].casefold() in NATIONALITY_OPENERS))
        and len(aged) <= 1
        and words[-1][:1].isupper()
        and is_known_gentilic(words[-1])
        and not words[-1].isupper()  # an acronym
        and (key.endswith(("man", "woman", "czech")) or not key.endswith(("ese", "ish", "ch")))
    )


def latest_named(people: People, position: int) -> Person | None:
    """Return the person the article names last before `position` (a body or place aside)."""
    index = bisect_left(people.names.narrated, position, key=lambda item: item[0])
    for _, person in reversed(people.names.narrated[max(0, index - 20) : index]):
        if not person.organisation:
            return person
    return None


def alone_since(people: People, meant: Person, words: list[str], position: int) -> bool:
    """Return True when `meant` is the one person named last before `position` who may be
    the person `words` describe: bodies and places named since are passed over ("... over a
    Nottingham Forest side. “...,” the Dutchman said"), and so is anyone the article gives
    another nationality than the description's ("Agassi beat Chilean Nicolas Massu. “...,”
    said the American")."""
    origin = words[-1].casefold() if described_by_origin(words) else None
    if origin is not None and other_origin(people.text, meant, origin):
        return False  # "Chilean X" is not "the American" however recently named
    index = bisect_left(people.names.narrated, position, key=lambda item: item[0])
    for _, person in reversed(people.names.narrated[max(0, index - 20) : index]):
        if person is meant:
            return True
        if person.organisation or (" " in person.name and may_be_body(people, person)):
            continue
        if origin is not None and other_origin(people.text, person, origin):
            continue
        return False
    return False


def other_origin(text: str, person: Person, origin: str) -> bool:
    """Return True when a word of nationality other than `origin` stands within a few words
    before a mention of `person` ("Chilean Olympic gold medallist Nicolas Massu")."""
    surname = person.name.split()[-1]
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
        # within the mention's own sentence: "... the Dutchman added. Brekke then ..." is not
        window = _SENTENCE_END.split(text[max(0, match.start() - 60) : match.start()])[-1]
        for word in window.split()[-5:]:
            word = word.strip(",.;:()")
            if (
                word[:1].isupper()
                and not word.isupper()
                and is_known_gentilic(word)
                and not origin.startswith(word.casefold()[:4])
            ):
                return True
    return False


def contrasted(people: People, position: int) -> Person | None:
    """Return the one other person named in a sentence whose first clause gave one speaker's
    words, when "but" opens the description at `position` ("Dallas said that Deans was tackled
    short, but the Kiwi said ...": Deans, not Dallas), else None."""
    text = people.text
    start = text.rfind("\n", 0, position) + 1
    for stop in (". ", "? ", "! "):
        start = max(start, text.rfind(stop, start, position) + len(stop))
    but = text.rfind(" but ", start, position)
    if but < 0 or text[but + 5 : position].strip():
        return None
    spoke = {id(p) for at, p in people.names.speakers if start <= at < but}
    others = {
        id(p): p
        for at, p in people.names.mentions
        if start <= at < but and id(p) not in spoke and not p.organisation
    }
    return next(iter(others.values())) if len(spoke) == 1 and len(others) == 1 else None
