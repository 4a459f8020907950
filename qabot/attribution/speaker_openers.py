"""Speaker openers: the words a speaker phrase opens with that are no part of whom it names (a
step inside `qabot.attribution.speaker_reading`).

A phrase found before a cue may open with an aside's bracket, a clause word ("When Trump
..."), a time ("Last week opposition MPs said"), a modifier ("Paris-based Euronext"), a tie to
someone else ("Rival Sony") or a participle ("Speaking later, X said"); and it may deny that
anyone spoke at all ("Neither X nor Y said", "No one said").
"""

from __future__ import annotations

import re

from qabot.attribution.name_clues import weekday_surname
from qabot.attribution.names import People
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    COMPOUND_MODIFIER,
    NOT_NAME,
    PERSON_NOUNS,
    TIE_WORDS,
    is_capitalised,
)
from qabot.text.patterns import lazy

_CAPITAL_ING = lazy(r"[A-Z][a-z]+ing")
# "Last week opposition MPs said": the time the sentence opens with is no part of the speaker
# "let" opening a speaker phrase asks something of the reader: no one spoke; so does a "Let"
# written as a sentence's first word after a heading run into it ("SAVE A QUARTER Let's say");
# a "let" inside the phrase is its verb ("the officials who let the deadline pass said")
_LET = frozenset(["let", "let's", "let’s"])
_JOINING = frozenset("and but so or".split())
_TIME_NOUNS = frozenset("week weekend month year night morning afternoon evening season".split())
# a cue after "to" is an infinitive: spoken after a verb of doing it ("X preferred to state",
# "X was quick to point out"), not after a wish or a feeling ("X wants to say", "Critics like
# to argue", "It is common to claim")
_PERFORMED = lazy(
    r"\s(?:preferred|prefers|chose|chooses|hastened|hastens|(?:was|were|is|are)\s+(?:quick"
    r"|keen|careful|at\s+pains)|took\s+care|took\s+the\s+opportunity)\s+to$",
    re.IGNORECASE,
)


def speaker_words_only(people: People, words: list[str]) -> list[str] | None:
    """Return the words of a speaker phrase without what opens it and names no one (maybe
    none left), or None when the phrase says no one spoke ("Neither Grayson nor his wife")."""
    if (
        words
        and words[0][:1] in "(["
        and words[0][-1:] not in ")]"
        and not _CAPITAL_ING.fullmatch(words[0][1:])  # "(Having said that, ...": no one
    ):
        words = [words[0][1:], *words[1:]]  # "(Broward County says ...)": the aside's speaker
    words = [w for w in words if not w.startswith(("(", "[")) and not w.endswith((")", "]"))]
    if not words:
        return words
    if _negated(words):
        return None
    if _asks_reader(words):
        return None  # "Let us say then that ...", "Let me just say": the writer's, no one's
    if len(words) > 1 and words[-1].casefold() == "to":
        performed = _PERFORMED.search(" " + " ".join(words))
        if performed is None:
            return None  # "Critics like to say": a wish, no one spoke
        words = " ".join(words)[: performed.start()].split()
    ago = next((i for i, w in enumerate(words[1:4], 1) if w.casefold() == "ago"), None)
    if ago is not None and ago + 1 < len(words):
        words = words[ago + 1 :]  # "Two weeks ago the group said": a time, no one
    while words and (
        (
            words[0].casefold() in BOUNDARY_WORDS | NOT_NAME - {"the", "a", "an"}
            and not weekday_surname(words, 0, people.names.by_surname)  # '“...,” said Friday': his
            # "this source", "another official": a determiner, not "this week", "When Trump"
            and not (
                words[0].casefold() in {"this", "another"}
                and len(words) == 2
                and words[1].casefold() in PERSON_NOUNS | {"source", "sources"}
            )
        )
        or (len(words) > 1 and COMPOUND_MODIFIER.fullmatch(words[0].casefold()) is not None)
        or (len(words) > 1 and words[0] in _TIME_NOUNS)
        # "Rival Sony has said", "Fellow Tory X said": a tie to another, not part of the name
        or (len(words) > 1 and words[0].casefold() in TIE_WORDS and is_capitalised(words[1]))
        or (
            len(words) > 1
            and _CAPITAL_ING.fullmatch(words[0])
            and not is_capitalised(words[1])  # "Building Society Association"
            and words[0].casefold() not in people.names.by_surname
        )
    ):
        words = words[1:]  # "When Trump ...", "Speaking later ...", "Paris-based Euronext"
    return words


def _asks_reader(words: list[str]) -> bool:
    """Return True for a phrase opened by "let" ("Let me just say", "And let us say") or
    holding a capitalised "Let" that opens a sentence after a heading ("SAVE A QUARTER Let's")."""
    opening = next((w.casefold() for w in words if w.casefold() not in _JOINING), "")
    return opening in _LET or any(w[:1] == "L" and w.casefold() in _LET for w in words[1:])


def _negated(words: list[str]) -> bool:
    """Return True for a subject that denies anyone spoke ("Neither X nor Y", "No one",
    "None of the officials")."""
    first = words[0].casefold()
    return first in {"neither", "nobody", "none"} or (
        first == "no"
        and len(words) > 1
        and words[1].casefold() in {"one", "official", "officials"}
    )
