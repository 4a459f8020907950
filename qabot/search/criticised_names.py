"""Whom a "who criticised X ...?" question sets its speaker against: X is not who spoke.

"Who criticised Qantas for moving jobs abroad?" asks for a critic of Qantas; the airline's
chief executive, quoted in the same story defending the plan, holds more of the question's
words ("jobs", "abroad") than the union official who criticised it, but the articles record
him as of Qantas, the one criticised. A speaker the articles give a role of the body or person
criticised (`criticised_names`, `SpeakerDirectory.roles_of`) is weighed down as one the
question is about (`who_said_ranking`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.named_stories import asked_names
from qabot.text import tokenize
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

# verbs (as `parse_speech_question` gives them) whose object is the one set against, not a
# thing said: "accused X of", "criticised X for", "hit out at X" ("attack"); "blamed X's losses
# on ..." names a cause, not an opponent, and is left out
AGAINST = frozenset(
    tokenize(
        "accused criticised criticized attacked attack condemned slammed mocked berated "
        "rebuked denounced lambasted castigated ridiculed chided scolded blasted derided"
    )
)
# where the object of the verb ends: "X of ...", "X for ...", "X over ..."
_OBJECT_END = lazy(r"\s(?:of|for|over|as|about|after|in|on|at|with|to|when|because)\s", re.I)
_OBJECT_WORDS = 4  # the most words an object runs to without one of those words


def criticised_names(index: Index, verb: str | None, topic: str | None) -> frozenset[str]:
    """Return the terms of the names the question sets its speaker against ("qantas" of "who
    criticised qantas for ..."), none unless its verb is one of criticism (`AGAINST`)."""
    if not verb or not set(tokenize(verb)) & AGAINST or not topic:
        return frozenset()
    ended = _OBJECT_END.search(f" {topic} ")
    object_words = (f" {topic} "[: ended.start()] if ended else topic).split()
    return frozenset(asked_names(index, " ".join(object_words[:_OBJECT_WORDS])))


def of_criticised(
    directory: SpeakerDirectory, names: frozenset[str]
) -> Callable[[Quote], bool] | None:
    """Return whether a quote's speaker holds a role of a name criticised (the articles call
    them "Qantas chief executive"); None when no name is criticised. A speaker named as the one
    criticised is weighed down already (`who_said_ranking`); the role alone is checked here,
    so a namesake's surname ("Nick Brown" when Gordon Brown is criticised) is no role."""
    if not names:
        return None
    held: dict[str, bool] = {}

    def of(quote: Quote) -> bool:
        person = directory.canonical(quote)
        found = held.get(person)
        if found is None:
            roles = " ".join(directory.roles_of(person))
            found = held[person] = bool(names & set(tokenize(roles)))
        return found

    return of
