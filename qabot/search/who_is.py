"""Who holds a role: "who is the Arsenal manager?", "who was the Chelsea boss?".

Searched as words, such a question finds passages holding "Arsenal" and not "manager" (the
articles write "Arsenal boss Arsene Wenger"), or a manager of anything. The speaker directory
knows which person the articles give a role (`resolve_speaker`, as "what did the Arsenal
manager say?" reads it): the answer names them and shows the passages that name them with the
role's words. A role many hold with nothing to tell them apart ("who is the minister?"), or
one nobody holds, is left to the passages.
"""

from __future__ import annotations

import re

from qabot.attribution import is_description
from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.passage_answers import passages_answer
from qabot.search.question_record import Question
from qabot.text import tokenize
from qabot.text.patterns import lazy

_WHO_IS = lazy(
    r"^\s*who(?:['’]s|\s+(?:is|was|were|are))\s+(?:now\s+|currently\s+)?"
    r"(?P<role>(?:the|a|an)\s+[^?!.]+?)\s*(?:now|currently|then)?[\s?!.]*$",
    re.IGNORECASE,
)


def role_asked(question: str) -> str | None:
    """Return the role a "who is the <role>?" question asks about ("the Arsenal manager")."""
    match = _WHO_IS.match(question)
    if match is None or not is_description(match["role"]):
        return None
    return " ".join(match["role"].split())


def who_is(index: Index, read: Question, top: int, offset: int) -> Answer | None:
    """Return the answer naming who the articles give `read`'s role, or None when the question
    asks no role or the articles give it to nobody (its words are then searched)."""
    role = role_asked(read.words)
    if role is None or not tokenize(role):
        return None
    # a role asked: its holder is resolved as a speaker is, by readers imported only now
    from qabot.search.resolution import resolve_speaker

    held = resolve_speaker(index, role, None)
    person = held.person
    described = " ".join(role.split()[1:])
    if (
        person is None
        or held.how != "role"
        or held.unsure  # several alike ("the minister"): the passages, not a guess
        # all the role's words, "boss" in any of its spellings ("chief executive")
        or index.speakers.role_share(person, described, loose=True) < 1.0
    ):
        return None
    # "boss" may be what the reader calls it, not the articles ("chief executive")
    said = (
        f"The articles call {person} {role}"
        if index.speakers.role_share(person, described) >= 1.0
        else f"Going by the roles the articles give, {person} is {role}"
    )
    words = f"{person} {described}"
    found = passages_answer(
        index, words, top, offset, filters=read.filters, words=words, subject=True
    )
    # `subject`: every passage shown mentions the person, their name being the words' subject
    hits = found.passages
    if not hits:
        return Answer(read.text, True, f"{said}.", speaker=person)
    return Answer(
        read.text,
        True,
        f"{said}:",
        hits,
        more=found.more,
        speaker=person,
        omitted=found.omitted,
    )
