"""A speaker described through a pronoun ("his spokesman", "her lawyer"): the person the
conversation is about owns the role, and with no one to refer to the phrase names nobody (a
story's "His spokesman said ..." stored as a speaker is no one a reader can mean)."""

from __future__ import annotations

_POSSESSIVES = frozenset("his her their its".split())


def owned_by_pronoun(speaker: str) -> str | None:
    """Return the role of a phrase opening with a possessive pronoun ("his spokesman" ->
    "spokesman"), or None for any other phrase."""
    words = speaker.split()
    if len(words) < 2 or words[0].casefold() not in _POSSESSIVES:
        return None
    return " ".join(words[1:])


def referred(speaker: str, recent: str | None) -> str | None:
    """Return the phrase with its pronoun read as the person talked about ("his spokesman"
    after a question on Tony Blair -> "Tony Blair's spokesman"), or None when no one is."""
    role = owned_by_pronoun(speaker)
    if role is None or not recent:
        return None
    return f"{recent}'s {role}"
