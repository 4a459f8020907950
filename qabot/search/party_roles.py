"""A role asked with a party's word ("the tory foreign affairs spokesman"), for
`qabot.search.directory_resolution`: its holder is someone the articles give that party, never
one they give only another party ("Lib Dem foreign affairs spokesman Menzies Campbell" is no
Tory's spokesman, however well the rest of the role fits him).

The words are read as typed, lower case too: "tory" is "Conservative", "lib dem" is "Liberal
Democrat". Someone the articles give no party word at all may still be the one meant.
"""

from __future__ import annotations

from qabot.attribution import SpeakerDirectory
from qabot.text.lexicon import party_readings
from qabot.text.patterns import lazy

# party names that are everyday words too: "the green energy minister" asks no party, unless
# "party" follows ("the green party leader")
_EVERYDAY = frozenset({"green", "respect"})
_LETTERS = lazy(r"[^\W\d_]+")  # a possessive's "s" is a word of its own


def party_words(words: list[str] | set[str]) -> set[str]:
    """Return the parties `words` name, each in one spelling ("tory" and "Tories'" are
    "conservative", "dems" is "democrat": `party_readings`)."""
    return {
        party
        for word in words
        for part in _LETTERS.findall(word)
        for party in party_readings(part)
    }


def of_the_party(directory: SpeakerDirectory, role: str, people: list[str]) -> list[str]:
    """Return those of `people` the role phrase `role` may mean by its party words: all of
    them when it names no party, else those given that party or none."""
    words = role.casefold().split()
    asked = party_words(
        [
            word
            for word, after in zip(words, [*words[1:], ""], strict=True)
            if word not in _EVERYDAY or after.startswith("party")
        ]
    )
    if not asked:
        return people
    return [p for p in people if _fits(party_words(directory.roles_of(p)), asked)]


def _fits(theirs: set[str], asked: set[str]) -> bool:
    return not theirs or not theirs.isdisjoint(asked)
