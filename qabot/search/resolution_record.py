"""The record of who a question's speaker phrase means, shared by the two ways of resolving
it at question time: by name or role (`qabot.search.resolution`) and among namesakes
(`qabot.search.namesakes`).
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_CHOICES = 5  # names offered when a surname or role is ambiguous
MAX_CANDIDATES = 30  # people weighed for one description
SURE_MARGIN = 0.25  # the best must lead the next by this much (of a 0-2 scale) to be sure


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """The person a question's speaker phrase means, and the others it may mean."""

    person: str | None  # canonical name, None when nobody fits
    how: str = "none"  # "name", "alias", "surname", "role", "none" (see Match)
    choices: tuple[str, ...] = ()  # other people it may mean, when unsure (best first)
    unsure: bool = False
    ask: bool = False  # unsure enough to ask which person is meant rather than answer
