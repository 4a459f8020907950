"""A role asked with a party's word ("the tory foreign affairs spokesman"), for
`qabot.search.directory_resolution`: its holder is someone the articles give that party, never
one they give only another party ("Lib Dem foreign affairs spokesman Menzies Campbell" is no
Tory's spokesman, however well the rest of the role fits him).

The words are read as typed, lower case too: "tory" is "Conservative", "lib dem" is "Liberal
Democrat". Someone the articles give no party word at all may still be the one meant.
"""

from __future__ import annotations

from qabot.attribution import SpeakerDirectory
from qabot.text.lexicon import PARTY_NAMES, PARTY_WORDS
from qabot.text.patterns import lazy

# party names that are everyday words too: "the green energy minister" asks no party
_EVERYDAY = frozenset({"green", "respect"})
_SPELT_OUT = {**PARTY_NAMES, "democratic": "democrat"}
# each party word as written, in the plural too ("Tories", "dems") -> the party in one
# spelling; a possessive's "s" is a word of its own to `_LETTERS`. Not the text stage's terms:
# its stemmer reads "conservation" as "conservative" and "liberation" as "liberal"
_PARTY_FORMS = {
    form: _SPELT_OUT.get(word, word)
    for word in PARTY_WORDS
    for form in (word, f"{word}s", f"{word[:-1]}ies" if word.endswith("y") else word)
}
_LETTERS = lazy(r"[^\W\d_]+")


def party_words(words: list[str] | set[str]) -> set[str]:
    """Return the parties `words` name, each in one spelling ("tory" and "Tories'" are
    "conservative", "dems" is "democrat")."""
    return {
        _PARTY_FORMS[part]
        for word in words
        for part in _LETTERS.findall(word.casefold())
        if part in _PARTY_FORMS
    }


def of_the_party(directory: SpeakerDirectory, role: str, people: list[str]) -> list[str]:
    """Return those of `people` the role phrase `role` may mean by its party words: all of
    them when it names no party, else those given that party or none."""
    asked = party_words(set(role.split()) - _EVERYDAY)
    if not asked:
        return people
    return [p for p in people if _fits(party_words(directory.roles_of(p)), asked)]


def _fits(theirs: set[str], asked: set[str]) -> bool:
    return not theirs or not theirs.isdisjoint(asked)
