"""The described speakers `archive_alias_probe.py --shapes wide` asks by another name: one
holding a quoted person's role ("a spokesman for Tony Blair") or a role's role ("the prime
minister's official spokesman"), asked by the person's full name or the office."""

from __future__ import annotations

import re

from archive_alias_forms import PERSON_ROLES, ROLE_WORDS

DESCRIBED_ROLES = "spokesman|spokeswoman|spokesperson|lawyer|agent|aide|adviser|solicitor"
DESCRIBED = (
    re.compile(
        rf"^(?:(?:a|an|the|A|An|The) )?(?:[A-Z][a-z]+ ){{0,2}}?(?P<owner>[A-Z][a-z]+(?: [A-Z]"
        rf"[a-z]+)?)['’]s (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES})$"
    ),
    re.compile(
        rf"^(?:a|an|the|A|An|The) (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES}) for "
        rf"(?:(?:Mr|Mrs|Ms|Dr) )?(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$"
    ),
)


def described_role(speaker: str, named: dict[str, set[str]]) -> str | None:
    """A described speaker holding a quoted person's role ("Blair's official spokesman", "a
    spokesman for Tony Blair"), asked by the person's full name: "Tony Blair's spokesman";
    the owner must be one person quoted by first name and surname."""
    owned = described_owner(speaker, named)
    return None if owned is None else f"{owned[0]}'s {owned[1]}"


def described_owner(speaker: str, named: dict[str, set[str]]) -> tuple[str, str] | None:
    """The quoted person (full name) and the role of a described speaker holding a person's
    role ("a spokesman for Tony Blair": Tony Blair, spokesman), the first DESCRIBED pattern
    whose owner is one person quoted by first name and surname; None without one."""
    for pattern in DESCRIBED:
        found = pattern.match(speaker)
        if found is None:
            continue
        owner = found.group("owner")
        people = named.get(owner.split()[-1], set())
        full = owner if owner in people else (next(iter(people)) if len(people) == 1 else None)
        if full is not None:
            return full, found.group("role")
    return None


ROLE_DESCRIBED = (
    re.compile(
        rf"^(?:the|a|an) (?P<owner>[a-z][a-z -]*?)['’]s (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES})$"
    ),
    re.compile(
        rf"^(?:a|an|the) (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES}) (?:for|to) the "
        rf"(?P<owner>[a-z][a-z -]*)$"
    ),
)


def role_described(speaker: str, turn: int) -> str | None:
    """A described speaker holding the role of a role ("the prime minister's official
    spokesman", "a spokesman for the author"), asked by its owner's role and role noun, in
    turn as "the prime minister's spokesman" and "the spokesman for the prime minister"."""
    for pattern in ROLE_DESCRIBED:
        found = pattern.match(speaker)
        if found is None or found.group("owner").split()[-1] not in ROLE_WORDS | PERSON_ROLES:
            continue
        owner, role = found.group("owner"), found.group("role")
        return f"the {owner}'s {role}" if turn % 2 == 0 else f"the {role} for the {owner}"
    return None


def holder_described(
    speaker: str, named: dict[str, set[str]], offices: dict[str, str], turn: int
) -> str | None:
    """A described speaker holding a quoted person's role ("a spokesman for John Prescott"),
    asked by the office an article writes before the person's name ("Deputy Prime Minister
    John Prescott" -> "the deputy prime minister's spokesman"), in turn with "for"."""
    owned = described_owner(speaker, named)  # the two DESCRIBED shapes never both match
    office = offices.get(owned[0]) if owned is not None else None
    if owned is None or office is None:
        return None
    role = owned[1]
    return f"the {office}'s {role}" if turn % 2 == 0 else f"the {role} for the {office}"
