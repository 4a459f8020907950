"""A role whose owner is itself a role ("the prime minister's spokesman", "the spokesman for the
prime minister"), for `qabot.search.resolution`.

A reader asks for the spokesman of whoever holds the office; the articles call him "the prime
minister's official spokesman", or "a spokesman for Tony Blair" where Tony Blair is the prime
minister. Whoever the role's words fit loosely (a minister quoted where "prime" is written) is
no answer: the one quoted under a description naming the owner's role so, else the holder's
own spokesman (the owner resolved as any role is, then the role asked as that person's), else
no one, which the answer says ("No quotes from anyone the articles call ...").
"""

from __future__ import annotations

from collections.abc import Callable

from qabot.attribution import is_description, is_group
from qabot.attribution.speaker_words import head_noun
from qabot.indexing import Index
from qabot.search.owning_people import written_as_person
from qabot.search.resolution_record import MAX_CHOICES, Resolution
from qabot.text.lexicon import ORGANISATION_WORDS, PERSON_NOUNS, PERSONAL_TIES
from qabot.text.patterns import lazy

# "the prime minister's spokesman", "the deputy prime minister's official spokesman"
_OWNED = lazy(r"^(?:(?:the|a|an)\s+)?(?P<owner>[^'’]+?)(?:['’]s|(?<=s)['’])\s+(?P<role>[^'’]+)$")
# "the spokesman for the prime minister", "a lawyer to the president"
_FOR = lazy(
    r"^(?:(?:the|a|an)\s+)?(?P<role>[^'’]+?)\s+(?:for|to|of)\s+(?:the\s+)?(?P<owner>[^'’]+)$"
)
_DETERMINERS = frozenset({"the", "a", "an"})


def role_and_owner(phrase: str) -> tuple[str, str] | None:
    """Return (the role, its owner) of a phrase naming a role's role ("the prime minister's
    spokesman" and "the spokesman for the prime minister" -> ("spokesman", "prime minister")),
    or None: the owner must be one holder of a person's role ("the governors" are many, "the
    club" a body, "Tony Blair" and "President Bush" people named), the role a person's."""
    for pattern in (_OWNED, _FOR):
        found = pattern.match(" ".join(phrase.split()))
        if found is None:
            continue
        owner, role = found.group("owner"), found.group("role")
        head, held = head_noun(owner), head_noun(role)
        if (
            head is not None
            and held is not None
            and is_description(owner)
            and owner.split()[-1].casefold() == head  # one holder: "minister", not "ministers"
            and head in PERSON_NOUNS
            and head not in ORGANISATION_WORDS
            and (held in PERSON_NOUNS or held in PERSONAL_TIES)  # "the singer's agent"
            # "the General Worker's Union general secretary": a body's name holds the "'s"
            and not any(w.casefold() in ORGANISATION_WORDS for w in role.split())
        ):
            return role, owner
    return None


def held_for_role(
    index: Index, phrase: str, resolve: Callable[[str], Resolution]
) -> Resolution | None:
    """Return who `phrase`, a role whose owner is a role, means (`resolve` reads another phrase
    as the question's speaker): those quoted under a description naming the owner's role and
    the role ("the prime minister's official spokesman"), and the role of each person the
    owner may mean (`resolve` of "Tony Blair's spokesman"); one of several only as a guess
    among them (the topic or the reader picks), no one when none is quoted so; None for any
    other phrase."""
    read = role_and_owner(phrase)
    if read is None:
        return None
    role, owner = read
    found = _described_so(index, role, owner)
    asked = _words(phrase)
    if (written := [p for p in found if _words(p) == asked]) != []:
        return Resolution(person=written[0], how="name")  # quoted as asked: that one
    holder = resolve(owner)
    holders = (holder.person, *holder.choices) if holder.person is not None else ()
    for person in list(dict.fromkeys(holders))[:MAX_CHOICES]:
        if is_group(person) or is_description(person) or not written_as_person(index, person):
            # a body or a description holds no one's role as a person does; a holder the
            # stories call "Mr Orr" does, whatever the lexicon knows of "Zane"
            continue
        theirs = resolve(f"{person}'s {role}")
        if theirs.person is not None:
            found += [p for p in (theirs.person, *theirs.choices) if p != person]
    found = list(dict.fromkeys(found))
    if not found:
        return Resolution(person=None)  # "No quotes from anyone the articles call ..."
    if len(found) == 1:
        return Resolution(person=found[0], how="role")
    return Resolution(person=found[0], how="role", choices=tuple(found[:MAX_CHOICES]), unsure=True)


def _described_so(index: Index, role: str, owner: str) -> list[str]:
    """Return the descriptions quoted as they stand that name the owner's role and the role
    ("the prime minister's official spokesman", "a spokesman for the prime minister"), most
    quoted first; not another role's ("the deputy prime minister's spokesman")."""
    wanted = _words(owner)
    head = head_noun(role)
    found = []
    for person, count in index.speakers.everyone():
        if not is_description(person) or not wanted <= _words(person):
            continue
        read = role_and_owner(person)
        if read is not None and _words(read[1]) == wanted and head_noun(read[0]) == head:
            found.append((-count, person))
    return [person for _, person in sorted(found)]


def _words(phrase: str) -> set[str]:
    return {
        w.casefold().removesuffix("'s").removesuffix("’s") for w in phrase.split()
    } - _DETERMINERS
