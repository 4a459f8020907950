"""Role titles: whether an article titles a person with the office a description names (a check
inside `qabot.attribution.descriptions`).

"Mr Blunkett was joined by Tony Blair ... Mr Blunkett said ... The prime minister said" is not
the home secretary's words: where another person who may hold the office is named in the
paragraph, an office's description ("the prime minister") means the person the passage is about
only when the article gives them that office somewhere ("Prime Minister Tony Blair", "Blair,
the prime minister,", a cue already read as theirs); else it is the office's holder named
elsewhere, or no one named. Occupations and what a person is beside an office ("the singer",
"the star", "the MP") are not offices here: a passage calls its subject so without titling them.
"""

from __future__ import annotations

import re

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.text.lexicon import OCCUPATIONS, ROLE_NOUNS, is_capitalised

# an organisation's or a team's head, however an article words it: one office (read by
# `qabot.attribution.descriptions` too)
ORGANISATION_HEADS = frozenset(
    "boss ceo chief head executive manager chairman chairwoman chair".split()
)
# an office written short or otherwise before a name ("Sen. Jo Ray", "Mr Justice Ray")
_WRITTEN = {
    "senator": ("sen",),
    "governor": ("gov",),
    "representative": ("rep",),
    "president": ("pres",),
    "general": ("gen",),
    "lieutenant": ("lt",),
    "colonel": ("col",),
    "sergeant": ("sgt",),
    "captain": ("capt",),
    "admiral": ("adm",),
    "ambassador": ("amb",),
    "detective": ("det",),
    "superintendent": ("supt",),
    "inspector": ("insp",),
    "judge": ("justice",),
}
_NEAR = 60  # how far from a mention of a person a word of their title is written


def untitled_description(
    people: People, person: Person, words: list[str], position: int, beside: frozenset[str]
) -> bool:
    """Return True when the office a description names at `position` ("the prime minister") is
    not the passage's `person`'s by `untitled_office`; never for what is held `beside` an office
    ("the star", "the MP"), a body's head or a description naming its body or owner ("the Old
    Trafford boss", "the Amnesty secretary-general": the person whose body the story names),
    nor a former office ("the former president": held by many, not one at a time)."""
    head = words[-1].casefold()
    return (
        head not in beside
        and head not in ORGANISATION_HEADS
        and not any(is_capitalised(w) or w.endswith(("'s", "’s")) for w in words[1:])
        and not any(w.casefold().startswith(("former", "ex-")) for w in words)
        and untitled_office(people, person, head, position)
    )


def untitled_office(people: People, person: Person, head: str, position: int) -> bool:
    """Return True when `head` is an office's noun ("minister", "chairman"), the article nowhere
    writes it (or another word for it) with `person`, not in a role noted for them nor within a
    few words of a mention of them, and another person who may hold it is named in the
    paragraph before `position` ("Mr Blunkett was joined by Tony Blair ... The prime minister
    said"): then who holds it is unsure. Alone in the paragraph, the passage's person is the
    one the description means, as a story calls a known office holder ("the prime minister")."""
    if head not in ROLE_NOUNS or head in OCCUPATIONS:
        return False
    paragraph = people.text.rfind("\n", 0, position) + 1
    if not any(
        p is not person and not p.organisation and p.gender in {person.gender, None}
        for at, p in people.names.narrated
        if paragraph <= at < position
    ):
        return False
    heads = (
        ORGANISATION_HEADS
        if head in ORGANISATION_HEADS
        else frozenset([head, *_WRITTEN.get(head, ())])
    )
    if any(p is person and not heads.isdisjoint(seen) for seen, p, _ in people.names.roles):
        return False
    pattern = re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, heads))) + r")\b", re.IGNORECASE
    )
    text = people.text
    return not any(
        abs(found.start() - position) > _NEAR  # the description itself, not a title
        for at, p in (*people.names.mentions, *people.names.speakers)
        if p is person
        for found in pattern.finditer(text, max(0, at - _NEAR), at + len(p.name) + _NEAR)
    )
