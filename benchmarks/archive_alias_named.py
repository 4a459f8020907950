"""The named shapes of `archive_alias_probe.py --shapes named`: a person asked by a title or
role written before the surname, or by a surname the archive's quoted people share.

- "title surname": the role an article writes just before a quoted person's full name, when it
  names no place nor nationality ("Chancellor Gordon Brown", "Tory leader Michael Howard",
  "BBC political correspondent Mark Mardell"), asked before the
  surname alone, as readers type it ("what did Chancellor Brown say"); every other probe in
  lower case ("what did chancellor brown say");
- "shared surname": the surname alone of a person quoted by first name and surname, when the
  archive quotes another person of that surname by first name and surname ("what did Brown
  say" among Gordon, Dan and Craig Brown). The topic may pick the person; asking which is as
  right as the person, and another's quotes are the loss to read.
"""

from __future__ import annotations

import re
from collections import defaultdict

from qabot.text.lexicon import PARTY_WORDS, first_name_gender
from qabot.text.lexicon.places import NATIONALITIES, is_place

NAMED_KINDS = ("title surname", "title surname, lower case", "shared surname")
POSSESSIVE = re.compile(r"['’]s?$")


def title_before(role: str | None) -> str | None:
    """A role written before a name that reads as a title before the surname: at most three
    words, no owner's possessive, no place or nationality ("German President" names an owner;
    initials may stay: "BBC correspondent")."""
    if role is None:
        return None
    words = role.split()
    if len(words) > 3 or any(POSSESSIVE.search(w) for w in words):
        return None
    if any(not w.replace("-", "").isalpha() for w in words):
        return None
    if any(is_place(w) or w.casefold() in NATIONALITIES for w in words):
        return None
    if words[0].casefold() in {"the", "a", "an", "of", "and"}:
        return None
    return role


def quoted_by_surname(speakers: set[str]) -> dict[str, set[str]]:
    """People quoted by a first name the lists know and a surname, by surname."""
    people: dict[str, set[str]] = defaultdict(set)
    for speaker in speakers:
        words = speaker.split()
        if len(words) == 2 and first_name_gender(words[0]) and words[1][:1].isupper():
            people[words[1]].add(speaker)
    return people


def shared_surname(name: str, people: dict[str, set[str]]) -> str | None:
    """The surname of a person quoted by first name and surname when another person quoted so
    shares it, else None; a party's word ("Green") is left out."""
    words = name.split()
    if len(words) != 2 or name not in people.get(words[1], set()):
        return None
    if len(people[words[1]]) < 2 or words[1].casefold() in PARTY_WORDS:
        return None
    return words[1]
