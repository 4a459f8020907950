"""Inverted speakers: whether the phrase after an inverted cue ('“...,” said X') names who spoke
(a step inside `qabot.attribution.cue_speakers`).

A short name ("Mr Whalley"), a role before a name ("analyst Jo Ray"), a description with a
person's name in apposition after it ("a neighbour, Ann Pike"), or a person described with what
ties them to the story ("a senior official", "one GOP source in the room"); not a clause
("..., said of Cruz", "said the president also has ...").
"""

from __future__ import annotations

import re

from qabot.attribution.cue_sources import APPOSED_NAME
from qabot.attribution.names import People
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.phrase_shapes import is_name_run, is_role
from qabot.text.lexicon import (
    PERSON_NOUNS,
    SOURCE_TIES,
    first_name_gender,
    is_capitalised,
    name_key,
)
from qabot.text.patterns import lazy

# one capitalised word in apposition after a role that follows its cue: '..., said his wife,
# Sheila.' (`APPOSED_NAME` takes two words or more)
_APPOSED_WORD = lazy(r",\s+(?P<name>[A-Z][a-z'’-]+)\.?(?=\s*[,.;:!?]|\s*$)")


def role_then_name(phrase: str) -> bool:
    """Return True for a role noun before a name ("analysts Jupiter Research", "analyst Jo
    Ray") after an inverted cue: a speaker, as "the analysts" or "Jupiter Research" would be."""
    words = phrase.split()
    role = words[0].casefold() if words else ""
    return (
        len(words) > 1
        and (role in PERSON_NOUNS or role.removesuffix("s") in PERSON_NOUNS)
        and is_capitalised(words[1])
    )


def apposed_word(people: People, masked: str, at: int, s1: int) -> re.Match[str] | None:
    """Return the one-word name in apposition after a role at `at` ('“...,” said his wife,
    Sheila.'): a first name, or a name of one word the article gives a person ("the Brazilian,
    Juninho"); None for another word ("said the spokesman, Friday": a day)."""
    found = _APPOSED_WORD.match(masked, at, s1)
    if found is None:
        return None
    word = found.group("name")
    known = people.names.by_surname.get(name_key(word)[1], [])
    if first_name_gender(word) or any(p.name == word and not p.organisation for p in known):
        return found
    return None


def all_capitalised(phrase: str) -> bool:
    """Return True for a short name ("Mr Whalley", "Anna Berg"), every word capitalised."""
    words = phrase.split()
    return 0 < len(words) <= 5 and all(is_capitalised(w) for w in words)


def apposed_person(masked: str, phrase: re.Match[str], s1: int) -> bool:
    """Return True for a short description with a person's name in apposition after it ('“...,”
    said a neighbour, Ann Pike.', "said one witness, Tom Reed, who ..."): the name speaks."""
    words = phrase.group(1).split()
    named = APPOSED_NAME.match(masked, phrase.end(), s1)
    return (
        named is not None
        and 2 <= len(words) <= 4
        and words[0].casefold() in DESCRIBED_OPENERS
        and words[-1].isalpha()
        and words[-1].islower()
        and len(named.group("name").split()) >= 2
        and is_name_run(named.group("name").split())
    )


DESCRIBED_OPENERS = frozenset("a an one another".split())
_SOURCES = frozenset("source sources".split())


def source_description(phrase: str) -> bool:
    """Return True for a person described after an inverted cue ("..., said a senior official",
    "said one GOP source in the room", "said the mayor"): a determiner, at most three words
    and a person's noun, with what ties them to the story after it."""
    words = phrase.split()
    head = head_words(words)
    last = head[-1].casefold() if head else ""
    tail = words[len(head) : len(head) + 1]
    return (
        2 <= len(head) <= 5
        # what ties them to the story, not more of a clause ("the president also has ...")
        and (not tail or tail[0].casefold() in SOURCE_TIES)
        and head[0].casefold() in DESCRIBED_OPENERS | {"the"}
        and head[-1].islower()
        and (last in PERSON_NOUNS or last in _SOURCES or last.removesuffix("s") in PERSON_NOUNS)
    )


_BODY_END = frozenset("in at for from with on to by who which that as after when".split())


def role_of_body(words: list[str], head: list[str]) -> list[str] | None:
    """Return a role of a capitalised body whole ("said chairman of the ISM's survey
    committee": the body's chairman, not a bare "chairman"), up to what follows the body ("on
    Monday"); None for another phrase. Only after an inverted cue, where the role speaks."""
    rest = words[len(head) :]
    if not is_role(head) or rest[:1] != ["of"]:
        return None
    at = 2 if rest[1:2] == ["the"] else 1
    if not (rest[at : at + 1] and is_capitalised(rest[at])):
        return None
    end = at + 1
    while end < len(rest) and rest[end].casefold() not in _BODY_END and rest[end].isalpha():
        end += 1
    whole = head + rest[:end]
    return whole if len(whole) <= 8 else None
