"""A role a quoted person owns ("Tony Blair's spokesman", "Mr Howard's lawyer"), for
`qabot.search.resolution`: whoever it resolves to must be the one the articles describe so.

A person's spokesman is someone the articles call so: a description quoted as it stands
("Blair's official spokesman", "a spokesman for Tony Blair"), someone given the owner's name
among their role words ("Bolger's lawyer, Jeremy Robinson"), or someone a sentence ties to the
owner (`role_owners.owned`: "Agent X said" in a story about the owner). Never the owner, nor a
spokesman of another party quoted in a story about them: when no one is described so, no one
is quoted as that person's spokesman, and the answer says so.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.attribution import is_description
from qabot.attribution.speaker_words import head_noun
from qabot.indexing import Index
from qabot.search.owning_people import owning_person
from qabot.search.resolution_record import MAX_CHOICES, Resolution
from qabot.search.role_owners import owned
from qabot.text import tokenize
from qabot.text.lexicon import PERSON_NOUNS, PERSONAL_TIES, first_name_gender, strip_title
from qabot.text.patterns import lazy

_DETERMINERS = frozenset({"the", "a", "an"})
_OWNED_ROLE = lazy(r"^(?:the\s+)?(?P<owner>[^'’]+?)['’]s?\s+(?P<role>[^'’]+)$")


def owned_role(index: Index, phrase: str) -> tuple[str, str, str] | None:
    """Return (the person, their surname as asked, the role's head noun) of a phrase naming a
    quoted person's role ("Tony Blair's spokesman", "mr howard's lawyer"), else None: a
    body's or a place's role ("Chelsea's manager", "Jordan's king") is no person's."""
    found = _OWNED_ROLE.match(phrase.strip())
    if found is None:
        return None
    owner = strip_title(found.group("owner").strip())
    head = head_noun(found.group("role"))
    if not owner or head is None or (head not in PERSON_NOUNS and head not in PERSONAL_TIES):
        return None
    person = owning_person(index, owner)
    if person is None:
        return None
    return person, owner.split()[-1].casefold(), head


def held_for_person(index: Index, phrase: str, found: Resolution) -> Resolution:
    """Return `found` kept to those `phrase` (a quoted person's role) may mean: described as
    that person's, never the person; else the descriptions that name the role and owner, or
    nobody."""
    owning = owned_role(index, phrase)
    if owning is None:
        return found
    owner, surname, head = owning
    people = (found.person, *found.choices) if found.person is not None else ()
    kept = [
        p
        for p in dict.fromkeys(people)
        if p != owner and _described(index, p, phrase, surname, head)
    ]
    # every description quoted as the owner's role may be the one meant: "Tony Blair's
    # spokesman" is "a spokesman for Tony Blair" and "Blair's official spokesman" alike, and
    # the answer says so (the topic picks, or each is shown, or it asks) rather than show one;
    # not beside someone named so ("Michael Jackson's mother" is Katherine Jackson's words too)
    named = any(not is_description(p) for p in kept)
    quoted = [] if named else [p for p in _quoted_as(index, owner, surname, head) if p not in kept]
    if kept and not quoted and kept[0] == found.person and len(kept) == len(set(people)):
        return found
    if kept and not quoted:
        several = len(kept) > 1
        return replace(
            found,
            person=kept[0],
            choices=tuple(kept) if several else (),
            unsure=found.unsure and several,
            ask=found.ask and several,
        )
    held = [*kept, *quoted]
    asked = _plain_words(phrase)
    if written := [p for p in held if _plain_words(p) == asked]:
        # quoted as asked ("Blair's official spokesman"): that one, the others named beside
        others = tuple(p for p in held if p != written[0])[: MAX_CHOICES - 1]
        return Resolution(person=written[0], how="name", choices=others)
    if len(held) > 1:
        return Resolution(
            person=held[0], how="role", choices=tuple(held[:MAX_CHOICES]), unsure=True
        )
    if held:
        return Resolution(person=held[0], how="role")
    return Resolution(person=None)


def _described(index: Index, person: str, phrase: str, surname: str, head: str) -> bool:
    """Return whether the articles describe `person` as the owner's: a description holding the
    owner's surname, a role word of theirs that is it, or, when the articles give them the
    role, their surname (kin) or a sentence tying them to it ("Agent X said" in a story about
    the owner; not "Tory defector X" named beside "a spokesman for Michael Howard"); given no
    role, a role phrase tying them to it."""
    directory = index.speakers
    if is_description(person):
        return surname in {w.casefold().removesuffix("'s") for w in person.split()}
    roles = directory.roles_of(person)
    if surname in roles:
        return True
    if head in roles and surname == person.split()[-1].casefold():
        return True  # kin given the role: "Michael Jackson's mother" is Katherine Jackson
    match = directory.match(phrase)
    if not match.owner_words or (roles and roles.isdisjoint(match.roles | {head})):
        return False
    # given no role at all ("Sir Bernard Ingham, Margaret Thatcher's former press secretary,"
    # read as no role): a role phrase tying them to the owner, nothing looser
    weighed = replace(match, unowned=frozenset([person]))
    return bool(owned(index, [person], weighed, max_people=1, strict=not roles))


def _quoted_as(index: Index, owner: str, surname: str, head: str) -> list[str]:
    """Return the descriptions quoted as the owner's role ("Blair's official spokesman", "a
    spokesman for Tony Blair"), most quoted first; not one naming another person of the
    surname ("a spokesman for Cherie Blair" is not Tony Blair's)."""
    directory = index.speakers
    heads = {head, *tokenize(head)}
    found = [
        (-count, person)
        for person, count in directory.everyone()
        if surname in person.casefold()
        and is_description(person)
        and surname in (words := _plain_words(person))
        and not heads.isdisjoint(tokenize(person))
        and _same_given_name(owner, words, surname)
    ]
    kept = [person for _, person in sorted(found)]
    namesakes = [p for p in directory.match(surname).people if p != owner and " " in p]
    if not namesakes:
        return kept
    # a surname others share ("Bellamy's agent": Craig's or Matt's?): the owner's only where a
    # story quoting the description names the owner in full
    return [p for p in kept if _names_owner(index, p, owner)]


def _names_owner(index: Index, description: str, owner: str) -> bool:
    """Return whether an article quoting `description` writes the owner's full name."""
    return any(
        owner in passage.text
        for article in index.speakers.articles_of(description)
        for passage in index.passages_of(article)
    )


def _plain_words(description: str) -> list[str]:
    """Return a description's words, case-folded, without possessive endings or determiners."""
    words = (w.casefold().removesuffix("'s").removesuffix("’s") for w in description.split())
    return [w for w in words if w not in _DETERMINERS]


def _same_given_name(owner: str, words: list[str], surname: str) -> bool:
    """Return whether the first name a description writes before the surname, if any, is the
    owner's (`owner` a quoted person's canonical name)."""
    at = words.index(surname)
    given = words[at - 1] if at > 0 else ""
    if not first_name_gender(given):
        return True
    return given in owner.casefold().split()
