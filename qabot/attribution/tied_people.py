"""Tied people: who speaks when people tied to a person do (a step inside
`qabot.attribution.speaker_reading`).

"Friends of Mr Brown said", "Aides to Mr Brown say", "people close to Mr Brown said", "the
family of Mr Brown said" give the words of the friends, aides, people and family, never Mr
Brown's own: he is named to say whose circle they are. The speaker is the description itself
("friends of Gordon Brown"), which no later "he said" or question by his name mistakes for
him. A spokesperson's tie is `qabot.attribution.spokespeople`; a body's people ("officials at
the ministry") speak for it and are left to the rest of the reading.
"""

from __future__ import annotations

from qabot.attribution.descriptions import read_description
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.speaker_words import singular
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    GROUPS_AND_BODIES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SPEAKING_GROUPS,
    SPOKESPEOPLE,
    TITLE_WORDS,
    first_name_gender,
    is_anonymous,
)

# the words that tie people to the person they are named by: "of", "to", "for", "close to"
# (not "at", "in", "from": those say where they work, whose words they may well give)
_TIES = frozenset("of to for".split())
# nouns of people, one or many, who can be tied to another person ("friends", "an aide",
# "his wife", "sources"); a spokesperson has a step of its own
_TIED = (PERSON_NOUNS | SPEAKING_GROUPS) - GROUPS_AND_BODIES - SPOKESPEOPLE
# the words for many people at once tied to a person: their family (a group, not a body that
# speaks for them) and "those close to" them, as "people close to" them
_MANY = frozenset("people family those".split())


def tied_to_person(
    people: People,
    described: list[str],
    name_words: list[str],
    *,
    titled: bool,
    gender: str | None,
    position: int,
) -> Person | None:
    """Return the people of "friends of Mr Brown" (as "friends of Gordon Brown", the person
    linked as the name is at `position`), or None when the words before the name tie no one
    new to a person named there ("a spokesman for", "the Secretary of State", "officials at
    the Home Office"). A role after "the" ("the former aide to X") refers back to the one the
    story named in it before ("Jo Lee, an aide to X,"), when it did; else it is someone new,
    as kin ("the wife of X") are: never X."""
    keys = [w.casefold().rstrip(".,") for w in described]
    titles = 0
    while titles < len(keys) and keys[len(keys) - 1 - titles] in TITLE_WORDS:
        titles += 1  # "friends of Mr Brown", "the wife of President Lee"
    tie = len(keys) - titles - 1
    if tie < 1 or keys[tie] not in _TIES or not name_words:
        return None
    head = tie - 1
    close = keys[tie] == "to" and keys[head] == "close" and head > 0
    if close:
        head -= 1  # "people close to Mr Brown"
    noun = keys[head]
    # "those close to Mr Brown": many, as "people close to" him
    named_by = noun in _TIED or singular(noun) in _TIED or noun == "family"
    if not named_by and not (close and noun == "those"):
        return None
    plural = noun not in _TIED or noun in _MANY  # "friends", "aides", "people": many
    if name_words[-1].casefold() in ORGANISATION_WORDS or not _a_person(
        people, name_words, titled or titles > 0
    ):
        return None
    second = 0 if plural else _second_name(name_words, titled or titles > 0)
    if second:
        # "Adviser to Tony Blair Jo Lee said": the adviser is named after the one advised
        holder = name_words[second:]
        person = people.names.link(" ".join(holder), first_name_gender(holder[0]), False, position)
        person.organisation = False
        people.names.note_role(" ".join([*described, *name_words[:second]]), person, position)
        return person
    principal = people.names.link(" ".join(name_words), gender, False, position)
    if keys[0] == "the" and not plural and noun in ROLE_NOUNS:
        # "the former aide to X": the aide the story named before, when it did ("Jo Lee, an
        # aide to X, ..."), else someone new, never X
        before = read_description(people, described[: head + 1], position)
        if before is not None and not is_anonymous(before.name) and before.name != principal.name:
            return before
    opener = described[: len(described) - titles]
    first = opener[0]
    if first[:1].isupper() and not first[1:].isupper():
        opener = [first[:1].lower() + first[1:], *opener[1:]]  # "Friends of ...": a description
    return Person(
        " ".join([*opener, principal.name]),
        gender=None if plural else GENDERED_NOUNS.get(noun),
        organisation=plural,
    )


def _second_name(name_words: list[str], titled: bool) -> int:
    """Return where a second person's name starts in a run of capitalised words after a tie
    ("Tony Blair Jo Lee": 2, a known first name and a surname after a first name and a
    surname, or after a titled surname: "Mr Blair Jo Lee"), or 0 for one name. A first name
    right after another is a middle name ("Mr John Henry Smith" is one man, not Henry Smith)."""
    least = 1 if titled else 2
    if not titled and first_name_gender(name_words[0]) is None:
        return 0
    return next(
        (
            at
            for at in range(least, len(name_words) - 1)
            if first_name_gender(name_words[at]) is not None
            and first_name_gender(name_words[at - 1]) is None
        ),
        0,
    )


def _a_person(people: People, name_words: list[str], titled: bool) -> bool:
    """Return whether the name is a person's: titled ("Mr Brown"), a known first name, or
    someone the article already knows as a person and not a body."""
    if titled or first_name_gender(name_words[0]) is not None:
        return True
    known = people.names.by_surname.get(name_words[-1].casefold().removesuffix("'s"), [])
    return any(not p.organisation and p.gender for p in known)
