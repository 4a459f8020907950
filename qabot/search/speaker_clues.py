"""What a "who said ...?" question and the articles tell of the speaker besides the words said.

`who_said_ranking.rank_who_said` weighs each candidate with these clues: a pronoun near the
topic's start gives the speaker's gender (`asked_gender`, against `gender_of` a first name); a
role the topic writes as an owner ("the minister's remarks", `owner_roles`) and a surname it
writes alone in the words said (`surname_named`, of `named_subjects.surnames_alone`) name whom
the words are about, not who said them; and the words naming or describing each speaker
(`SpeakerDescriptions`) tell who speaks, not what about.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from qabot.attribution import is_group
from qabot.records import Quote
from qabot.text import tokenize
from qabot.text.lexicon import ROLE_NOUNS, first_name_gender
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory


def surname_named(person: str, alone: frozenset[str]) -> bool:
    """Return whether `person` is someone of two names or more whose surname the question
    writes alone in the words said (`surnames_alone`); never a body ("Bank of England")."""
    if not alone or len(person.split()) < 2 or is_group(person):
        return False
    last = surname_terms(person)
    return bool(last) and last[-1] in alone


@lru_cache(maxsize=1 << 14)
def surname_terms(person: str) -> tuple[str, ...]:
    """Return the analysed terms of the last word of a person's name ("Ana Ruiz": "ruiz"): the
    same speakers come back quote after quote and question after question."""
    return tuple(tokenize(person.split()[-1]))


# "who said her doctors had told her ...": a pronoun this near the topic's start is the speaker
# (after a name further on it is that person's: "who said Radcliffe should change her plans")
_PRONOUN_WORDS = 3
_PRONOUN = lazy(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)


_OWNER = lazy(r"\b([a-z]+)['’]s?\s", re.IGNORECASE)


def owner_roles(topic: str) -> list[str]:
    """Return the role nouns a topic writes as owners ("the minister's remarks"): the person
    holding that role is what the words were about, not who said them."""
    return [
        term
        for found in _OWNER.finditer(topic)
        if found.group(1).casefold() in ROLE_NOUNS
        for term in tokenize(found.group(1))
    ]


def asked_gender(topic: str) -> str | None:
    """Return "m" or "f" when a "who said ...?" topic refers to its speaker by a pronoun within
    its first few words ("who said his side were robbed"), else None."""
    found = _PRONOUN.search(topic)
    if found is None or len(topic[: found.start()].split()) > _PRONOUN_WORDS:
        return None
    return "f" if found.group(1).casefold().startswith(("she", "her")) else "m"


@lru_cache(maxsize=1 << 14)
def gender_of(person: str) -> str | None:
    """Return the gender of a person's first name ("Ana Ruiz": "f"); None for a lone surname, a
    body or a word no list gives a gender."""
    words = person.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


class SpeakerDescriptions:
    """The words that name or describe a quote's speaker (name, role words the articles give
    them), once per person: "Fund manager X - the club's largest investor - said" tells who
    speaks, not what about ("manager" is no evidence for "bad management")."""

    def __init__(self, directory: SpeakerDirectory) -> None:
        self._directory = directory
        self._words: dict[tuple[str, str], frozenset[str]] = {}

    def __call__(self, quote: Quote) -> frozenset[str]:
        person = self._directory.canonical(quote)
        key = (person, quote.speaker)
        if key not in self._words:
            roles = self._directory.roles_of(person)
            self._words[key] = _description_terms(" ".join([person, quote.speaker, *roles]))
        return self._words[key]


@lru_cache(maxsize=1 << 14)
def _description_terms(words: str) -> frozenset[str]:
    """Return the analysed terms of a speaker's name and role words: a "who said" answer makes
    its `SpeakerDescriptions` anew, and the same speakers come back question after question."""
    return frozenset(tokenize(words))
