"""A speaker described through a pronoun ("his spokesman", "her lawyer"): the person the
conversation is about owns the role, and with no one to refer to the phrase names nobody (a
story's "His spokesman said ..." stored as a speaker is no one a reader can mean)."""

from __future__ import annotations

import re

from qabot.text.patterns import lazy

_POSSESSIVES = frozenset("his her their its".split())
# a speaker described as someone's: "Blair's official spokesman", "Ada Vale's lawyer"
_OWNED = lazy(r"^(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+\S", re.IGNORECASE)


def owned_by_pronoun(speaker: str) -> str | None:
    """Return the role of a phrase opening with a possessive pronoun ("his spokesman" ->
    "spokesman"), or None for any other phrase."""
    words = speaker.split()
    if len(words) < 2 or words[0].casefold() not in _POSSESSIVES:
        return None
    return " ".join(words[1:])


def referred(speaker: str, recent: str | None) -> str | None:
    """Return the phrase with its pronoun read as the person talked about ("his spokesman"
    after a question on Tony Blair -> "Tony Blair's spokesman"), or as their owner when they
    are described as someone's; None when no one is."""
    role = owned_by_pronoun(speaker)
    if role is None or not recent:
        return None
    # after "Blair's spokesman", "her spokesman" is Blair's: someone's spokesman is talked
    # about as theirs, never given a spokesman of their own ("Blair's spokesman's spokesman")
    owned = _OWNED.match(recent)
    return f"{owned.group('owner') if owned else recent}'s {role}"
