"""Paragraph persons: whom "he" or "she" means after a body spoke (inside
`qabot.attribution.references`).

A gendered pronoun most often means the latest speaker or subject; when that is a body ("Opec
said ...") and the pronoun's own paragraph names one person before it ("Following comments by
its head Ali Bakr, prices fell. He said ..."), a body is no "he": the person is meant.
"""

from __future__ import annotations

from qabot.attribution.bodies import may_be_body, nouns_beside
from qabot.attribution.name_runs import BODY_KINDS
from qabot.attribution.names import People
from qabot.attribution.persons import Person

_DETERMINERS = frozenset("a an the his her their its our my your this that".split())
_BODY_KINDS = BODY_KINDS | frozenset("cartel union alliance federation association".split())


def a_body(people: People, person: Person) -> bool:
    """Return True for a body: read as one, or one word the article writes as one ("OPEC",
    "the cartel Opec"; not "Parry", a person the lexicon knows no first name of)."""
    name = person.name
    if not name[:1].isupper() or name.split()[0].casefold() in _DETERMINERS:
        return False  # "a staffer in the room", "his parents": no body named
    return person.organisation or (
        " " not in name
        and may_be_body(people, person)
        and (
            name.isupper()
            or any(
                before and noun in _BODY_KINDS for noun, before in nouns_beside(people.text, name)
            )
        )
    )


def paragraph_person(
    people: People, named: list[tuple[int, Person]], paragraph: int, gender: str
) -> list[Person]:
    """Return the one person of `gender` (or none known) the pronoun's own paragraph names
    before it, when the topic before is a body ("Opec said ...\n\nAfter comments by its head
    Ali Bakr, prices fell. He said": Bakr, not Opec): none when it names two or more, or one
    the lexicon cannot tell from a body."""
    own = {id(p): p for at, p in named if at >= paragraph and not p.organisation}
    if len(own) != 1:
        return []  # "Perez talks about the jobs Sherrod Brown ...": either may be "he"
    (person,) = own.values()
    return [person] if person.gender in {gender, None} and not may_be_body(people, person) else []
