"""Bodies: whether a name the article gives may be an organisation's (a step inside
`qabot.attribution.references`).

"it said" means a body, never a person; "he" or "she" never a place or a body. A name is a
person's when a first name, a gender or a role says so ("economist X", "X, an analyst at"), a
place's when the article writes it as one ("at Birmingham", "Spain").
"""

from __future__ import annotations

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.text.lexicon import DEMONYMS, PERSON_NOUNS, ROLE_NOUNS, first_name_gender
from qabot.text.patterns import lazy


def may_be_body(people: People, person: Person) -> bool:
    """Return True for an organisation, or a capitalised name that no first name, gender or
    role makes a person ("Deutsche Boerse", "DrKW"; not "Rolf Dress", "Ana Ruiz, the mayor")."""
    if person.organisation:
        return True
    return (
        person.gender is None
        and person.name[:1].isupper()
        and not first_name_gender(person.name.split()[0])
        and not any(p is person for _, p, _ in people.names.roles)
        and person.name.casefold() not in DEMONYMS  # "Spain": a place
        and not described_as_person(people.text, person.name)
    )


def described_as_person(text: str, name: str) -> bool:
    """Return True when the article writes `name` with a person's role beside it ("Norbert
    Reithofer, BMW's head of production", "economist Christian Jasperneite"): a person whose
    first name the lexicon does not know."""
    return any(
        (before and noun in ROLE_NOUNS) or (not before and noun in PERSON_NOUNS)
        for noun, before in nouns_beside(text, name)
    )


def nouns_beside(text: str, name: str) -> list[tuple[str, bool]]:
    """Return the head nouns written beside each mention of `name`: the word before it (True:
    "economist X", "champion Dortmund") and the head of a role in apposition after it (False:
    "X, a local builder,", "X, BMW's head of production")."""
    nouns = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[max(0, at - 30) : at].split()
        if before:
            nouns.append((before[-1], True))
        apposed = _ROLE_AFTER.match(text, end)
        if apposed:
            nouns.append((apposed.group("role").split()[-1].casefold(), False))
        at = text.find(name, end)
    return nouns


# a role in apposition after a name: ", an economist at", ", BMW's head of production"
_ROLE_AFTER = lazy(
    r",[^\S\n]+(?P<role>(?:the|an?|[A-Z][\w&.-]*['’]s)[^\S\n]+(?:[\w'’&.-]+[^\S\n]+){0,3}?"
    r"[\w'’-]+)(?=[^\S\n]+(?:at|of|for|with|from)\b|[,.;:]|[^\S\n]+(?:said|says|told)\b)"
)


def written_as_place(people: People, person: Person) -> bool:
    """Return True when a one-word name is written as a place or a body somewhere in the
    article ("at Birmingham", "users in China", "Birmingham have confirmed"): no "he" or "she"."""
    name = person.name
    if " " in name:
        return False
    if name not in people.names.places:
        text = people.text
        places = False
        at = text.find(name)
        while at >= 0 and not places:  # a few mentions: plain finds, no pattern per name
            end = at + len(name)
            if not text[end : end + 1].isalnum():
                before = text[max(0, at - 4) : at]
                places = before.endswith((" in ", " at ", "\nin ", "\nat ")) or (
                    text.startswith((" have ", " are ", " were "), end)
                    and (at == 0 or before.endswith((". ", "! ", "? ", "\n", "the ")))
                )
            at = text.find(name, end)
        people.names.places[name] = places
    return people.names.places[name]
