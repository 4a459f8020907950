"""Role words no one is given, read as words the articles do give: a misspelling ("controler"),
a short form ("Met" for "metropolitan", "physio" for "physiotherapist"), a country for its
people ("Pakistan" for "Pakistani"). Each looks a word up in the sorted vocabulary of held role
words (`qabot.attribution.role_matching.RoleHolders` keeps it).
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Container, Sequence

from qabot.text.lexicon import OCCUPATIONS, PERSON_NOUNS, PLAYER_NOUNS

# the nouns of a person, a player's place among them ("prop", "wing"), which typed short are no
# other word's short form
PERSONAL = PERSON_NOUNS | PLAYER_NOUNS

# a role's noun no one is given names no holder, unless it is this short (an abbreviation the
# articles write out) or this close to a word someone is given (a misspelling)
MAX_SHORT_ROLE = 3
CLOSE_ROLE = 0.85
# a word no one is given is a short form of a longer noun of a person it begins when this long
MIN_CUT = 5
_PERSON_ENDINGS = ("ist", "ian", "er", "or")


def names_a_person(word: str) -> bool:
    """Return whether a held role word is a noun of a person: a known one, or one ending as
    nouns of people do ("physiotherapist", "administrator"; not "administration")."""
    return word in PERSONAL or word in OCCUPATIONS or word.endswith(_PERSON_ENDINGS)


def unheld(vocabulary: Sequence[str], word: str) -> bool:
    """Return whether no one is given `word` or a spelling close to it: "controler" is the
    controller misspelt, "DA" short for what the articles write out."""
    return len(word) > MAX_SHORT_ROLE and not difflib.get_close_matches(
        word, vocabulary, n=1, cutoff=CLOSE_ROLE
    )


def written_out(vocabulary: Sequence[str], word: str) -> list[str]:
    """Return the held words a short capitalised word may stand for: those it begins,
    three or more letters longer ("Met" for "metropolitan", "Fed" for "federal"). A
    person's own noun ("prop", "head") stands only for a longer noun of a person
    ("headteacher"), never for another word ("properties" of "US vice president at Ask
    Jeeves properties" is no prop)."""
    at = bisect.bisect_right(vocabulary, word)
    found = []
    personal = word in PERSONAL
    while at < len(vocabulary) and vocabulary[at].startswith(word):
        held = vocabulary[at]
        long_enough = len(held) >= len(word) + 3 and held.isalpha()
        if long_enough and (not personal or held in PERSON_NOUNS):
            found.append(held)
        at += 1
    return found


def cut_short(vocabulary: Sequence[str], word: str) -> list[str]:
    """Return the held nouns of a person that `word`, of MIN_CUT letters or more, begins,
    three or more letters longer ("physio" of "physiotherapist", "admin" of
    "administrator"): a reader's short form of the noun, not a word of its own."""
    if len(word) < MIN_CUT:
        return []
    at = bisect.bisect_right(vocabulary, word)
    found = []
    while at < len(vocabulary) and vocabulary[at].startswith(word):
        held = vocabulary[at]
        if len(held) >= len(word) + 3 and held.isalpha() and names_a_person(held):
            found.append(held)
        at += 1
    return found


def held_form(vocabulary: Sequence[str], holders: Container[str], word: str) -> str:
    """Return `word` as the articles' roles spell it when only a longer form is held: the
    country for its people ("Pakistan's president" is the "Pakistani president")."""
    if word in holders or len(word) < 4:
        return word
    at = bisect.bisect_right(vocabulary, word)
    while at < len(vocabulary) and vocabulary[at].startswith(word):
        if len(vocabulary[at]) - len(word) <= 2:
            return vocabulary[at]
        at += 1
    return word
