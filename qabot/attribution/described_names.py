"""Names inside descriptions: a question's speaker phrase that holds a known name as well as
a role or a workplace ("Microsoft boss Bill Gates", "judge sentelle", "Ian Fogg of Jupiter
Research"), read for `SpeakerDirectory.match` (`qabot.attribution.name_lookup`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import is_description, is_group, role_word
from qabot.text.lexicon import (
    MEDIUM_STAFF,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    role_words,
)

if TYPE_CHECKING:
    from qabot.attribution.name_lookup import NameLookup

_PLACE_WORDS = frozenset("of for in at from with on to by".split())


def named_before(directory: NameLookup, query: str) -> Match | None:
    """Return who a known full name followed by where they work means ("Alan Jones at
    Bluewater", "Ian Fogg of Jupiter Research"): the name."""
    words = query.split()
    at = next((i for i, w in enumerate(words) if w.casefold() in _PLACE_WORDS), 0)
    head = words[:at]
    if len(head) < 2 or not all(w[:1].isupper() for w in head):
        return None
    if any(role_word(w.casefold()) in ROLE_NOUNS or w.casefold() in TITLE_WORDS for w in head):
        return None  # "Bank of England" governor, "Minister of State": no name
    found = directory.match(" ".join(head))
    if found.people and found.how != "role" and not is_group(found.people[0]):
        return found
    if len(head) == 2 and first_name_gender(head[0]) and not found.people:
        # "Gary Souness of the Newcastle": a first name and a surname no one quoted has is
        # the name asked, nobody's; the surname is no role ("souness") for the words after
        # the tie to own, and the one quoted so called there (Graeme Souness) is not meant
        return Match([])
    return None


def named_within(directory: NameLookup, query: str) -> Match | None:
    """Return who a description that ends with a known name means: the name ("Microsoft
    boss Bill Gates", "Apple's Steve Jobs", "Chancellor Gordon Brown"), longest first."""
    words = query.split()
    # typed all in lower case ("prime minister tony blair", "judge sentelle"), capitals
    # tell nothing: the name is words after the description that no role or title is
    lower = query == query.casefold()
    for start in range(1, len(words)):
        tail = words[start:]
        if not _PLACE_WORDS.isdisjoint(w.casefold() for w in words[: start + 1]):
            # "the mayor of London", "the chairman of the Bar Council", "the editor of pc
            # pro": no name, the words after "of" are where the role is held
            break
        if lower:
            if any(_role_or_title(w) or role_word(w) in PERSON_NOUNS for w in tail):
                continue  # "the young farmer" is no Mr Farmer
        elif not all(w[:1].isupper() for w in tail) or all(map(_role_or_title, tail)):
            continue  # "Home Secretary" is a role, not a name
        found = directory.match(" ".join(tail))
        if not found.people and _full_name(tail):
            # "drummer paul thomson": "paul thomson" is the name asked, and no one quoted has
            # it; a shorter tail would drop its first name (Karen Thomson), and the role alone
            # would find other drummers
            return Match([])
        if (
            found.people
            and found.how != "role"
            and not is_group(found.people[0])
            and (
                len(found.people[0].split()) > 1
                or (len(tail) == 1 and is_description(" ".join(words[:start])))
            )
        ):  # "the Special One" is not a speaker called "One"; "Prime Minister Blair" is Blair
            return holding(directory, found, " ".join(words[:start]))
    return None


def titled_surname(directory: NameLookup, query: str) -> Match | None:
    """Return who a surname after a rank or a newsroom post means, when no one is called the
    whole phrase ("Detective Inspector Miller", "det insp miller", "bbc political correspondent
    mardell"): ranks and a reporter's post are no role `is_description` reads, so the phrase
    reads as a name; the words before the surname read as a description, `named_within`'s.
    Never when the phrase opens with a first name ("John Miller" is no Paul Miller); only the
    surname's holders the articles give the rank or post ("sergeant brown" is no chancellor),
    no one when none has it."""
    words = query.split()
    if len(words) < 2 or first_name_gender(words[0]):
        return None
    before = words[-2].casefold().rstrip(".")
    if before not in TITLE_WORDS and role_word(before) not in MEDIUM_STAFF:
        return None
    found = named_within(directory, query)
    if found is None:
        return None
    held = [p for p in found.people if directory.role_share(p, before) > 0]
    return Match(held, "name" if len(held) == 1 else "surname") if held else Match([])


def holding(directory: NameLookup, found: Match, role: str) -> Match:
    """Return the namesakes of `found` the articles give `role` ("envoy Quill" is the
    envoy, not the tennis player), `found` as it is when all hold it, and marked `unheld`
    when none does: then only the topic may tell them apart ("union boss Brown" is not the
    chancellor because he is quoted most)."""
    if found.how != "surname" or not role_words(role) & PERSON_NOUNS:
        return found
    holders = [p for p in found.people if directory.role_share(p, role) > 0]
    if not holders:
        return replace(found, unheld=True)
    if len(holders) == len(found.people):
        return found
    return Match(holders, "name" if len(holders) == 1 else "surname")


def _full_name(words: list[str]) -> bool:
    """Return whether `words` are a first name and more, none of them a role or title."""
    return (
        len(words) > 1
        and first_name_gender(words[0]) is not None
        and not any(_role_or_title(w) or role_word(w) in PERSON_NOUNS for w in words)
    )


def _role_or_title(word: str) -> bool:
    """Return whether `word` is a role or a title ("Secretary", "Dr"), not part of a name."""
    return role_word(word) in ROLE_NOUNS or word.casefold() in TITLE_WORDS
