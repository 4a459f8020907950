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
KEPT_WORDS = 4096  # words asked whose closeness is kept (`CloseWords`), for a long-running bot
_PERSON_ENDINGS = ("ist", "ian", "er", "or")


def names_a_person(word: str) -> bool:
    """Return whether a held role word is a noun of a person: a known one, or one ending as
    nouns of people do ("physiotherapist", "administrator"; not "administration")."""
    return word in PERSONAL or word in OCCUPATIONS or word.endswith(_PERSON_ENDINGS)


class CloseWords:
    """The held role words by length, and what `unheld` found of the words asked: difflib
    compares a word with each of some 2,500 held words in Python (~2.5 ms a word), and the
    same role word is asked of again and again."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.by_length: dict[int, list[str]] = {}
        for held in vocabulary:
            self.by_length.setdefault(len(held), []).append(held)
        self.found: dict[str, bool] = {}


def unheld(close: CloseWords, word: str) -> bool:
    """Return whether no one is given `word` or a spelling close to it: "controler" is the
    controller misspelt, "DA" short for what the articles write out."""
    if len(word) <= MAX_SHORT_ROLE:
        return False
    found = close.found.get(word)
    if found is None:
        found = _unheld(close, word)
        if len(close.found) >= KEPT_WORDS:
            close.found.clear()
        close.found[word] = found
    return found


def _unheld(close: CloseWords, word: str) -> bool:
    """`unheld`, worked out. Only the held words that may reach CLOSE_ROLE are given to
    difflib: a held word of n letters matches at most as many of `word`'s as it has letters
    found in `word` (what is left once those are deleted tells how many), and at most
    `len(word)`; twice that over both lengths bounds difflib's `quick_ratio` (of lengths
    alone, its `real_quick_ratio`), which its own loop asks before `ratio`, so the words left
    out are those it would pass over."""
    size = len(word)
    drop = dict.fromkeys(map(ord, word))
    near = [
        held
        for length, words in close.by_length.items()
        if 2.0 * min(length, size) / (length + size) >= CLOSE_ROLE
        for held in words
        if 2.0 * min(length - len(held.translate(drop)), size) / (length + size) >= CLOSE_ROLE
    ]
    return not difflib.get_close_matches(word, near, n=1, cutoff=CLOSE_ROLE)


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
