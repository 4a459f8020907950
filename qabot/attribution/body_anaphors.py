"""Body anaphors: which named body "the company said" means (a step inside
`qabot.attribution.descriptions`).

A story that has just given one body's words ("Acme Holdings said profits rose") goes on
calling it by what it is ("The firm said ...", "the group added"): a bare definite description
of a body means the one body named as a speaker in the sentences just before, when exactly one
spoke there (with none near, the one body the story introduced by what it is and heard from).
Two bodies speaking leave it unsettled, and a description that cannot be that body ("the
company" after "the Home Office said") is left a description.
"""

from __future__ import annotations

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.speaker_words import is_group
from qabot.text.lexicon import (
    PARTY_MEMBERS,
    first_name_gender,
    is_anonymous,
    is_capitalised,
)
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import lazy

# "the group" and "the organisation" may be a charity, a union or a campaign; the rest are
# businesses, never a public body
_ANY_BODY = frozenset("group organisation organization watchdog charity".split())
_BUSINESSES = frozenset(
    """company firm corporation business giant carrier airline maker retailer operator
manufacturer""".split()
)
# the last words of names of bodies no "company" or "group" means: the state's own
_PUBLIC = frozenset(
    """department ministry office government police court army forces military kremlin
administration council committee commission parliament assembly senate congress party
executive authority bureau county district""".split()
)
# and those no "company" means (a "group" may be one)
_NOT_BUSINESS = frozenset(
    """university college school institute church union campaign league federation
association foundation society trust charity coalition confederation""".split()
)
# what a body introduced as one of these is not: a business ("the search giant")
_NOT_BUSINESS_KINDS = frozenset("watchdog charity organisation organization".split())
_JOINING = frozenset("of for and & the on in".split())  # "Bank of England"
# a body introduced by what it is: "the pressure group Acme Watch", "the airline, Acme Air"
_INTRODUCED = lazy(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}"
    rf"(?P<kind>{'|'.join(sorted(_ANY_BODY | _BUSINESSES))})(?:,\s+|\s+)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|the|on|in|without|&)){0,6})"
)
_PARAGRAPHS_BACK = 2  # the paragraphs before the description's own where that body spoke


def body_spoken_before(people: People, words: list[str], position: int) -> Person | None:
    """Return the named body "the company" or "the group" (`words`, at `position`) means: the
    one body named as a speaker in its paragraph before it or in the two paragraphs before,
    when that body may be so described, else None."""
    if not 2 <= len(words) <= 4 or words[0].casefold() != "the":
        return None
    noun = words[-1].casefold()
    if noun not in _ANY_BODY | _BUSINESSES or not all(map(_kind_word, words[1:-1])):
        return None
    start = position
    for _ in range(_PARAGRAPHS_BACK + 1):
        start = people.text.rfind("\n", 0, max(0, start - 2)) + 1
    bodies = _bodies_spoken(people, start, position)
    if not bodies:  # none spoke: one introduced by what it is ("the watchdog, Acme Watch,")
        bodies = _bodies_introduced(people, start, position)
    if not bodies and noun in _ANY_BODY:
        # none near: the one body the story introduced by what it is and that spoke before
        # ("... by the media watchdog, Acme Watch. The pressure group said ..." and paragraphs
        # later "“...,” said the group"), not one of several
        spoken = _bodies_spoken(people, 0, position)
        bodies = {k: b for k, b in _bodies_introduced(people, 0, position).items() if k in spoken}
    if len(bodies) != 1:
        return None
    (body,) = bodies.values()
    last = _spelt_out(people.text, body.name).split()[-1].casefold()
    public = last in _PUBLIC or not _PUBLIC.isdisjoint(body.name.casefold().split())
    if public or (noun in _BUSINESSES and last in _NOT_BUSINESS):
        return None  # "the group" is no "Department of Justice" nor "Home Office"
    if noun in _BUSINESSES and _introduced_as(people, body, position) <= _NOT_BUSINESS_KINDS:
        return None  # "the search giant" is not the body introduced as "the watchdog"
    body.organisation = True  # a later "he" is not it, nor are its words about a person
    return body


def _bodies_spoken(people: People, start: int, position: int) -> dict[int, Person]:
    """Return the named bodies read as speakers between `start` and `position`."""
    bodies: dict[int, Person] = {}
    for _, person in people.names.spoken_between(start, position):
        if _named_body(person, people.names.mentioned(person)):
            bodies[id(person)] = person
    return bodies


def _bodies_introduced(people: People, start: int, position: int) -> dict[int, Person]:
    """Return the bodies named between `start` and `position` right after a noun of what they
    are ("by the media watchdog, Reporters Without Borders", "the software firm Zeta")."""
    bodies: dict[int, Person] = {}
    found = _INTRODUCED.search(people.text, start, position)
    while found is not None:
        words = found.group("name").split()
        while words and not is_capitalised(words[-1]):
            words.pop()  # "Acme and the": the joining words end no name
        if words and not is_place(words[0]):
            body = people.names.link(" ".join(words), organisation=True)
            bodies[id(body)] = body
        found = _INTRODUCED.search(people.text, found.start("name") + 1, position)
    return bodies


def _introduced_as(people: People, body: Person, position: int) -> set[str]:
    """Return the nouns the story introduced `body` with before `position` ("watchdog" in "by
    the media watchdog, Acme Watch"), or {"?"} when it never did (no kind rules it out)."""
    kinds = {
        found.group("kind")
        for found in _INTRODUCED.finditer(people.text, 0, position)
        if found.group("name").startswith(body.name)
    }
    return kinds or {"?"}


def _kind_word(word: str) -> bool:
    """Return True for a word that tells a body's kind or home before its noun ("pressure" in
    "the pressure group", "search giant", "Paris-based"), not a name ("the Acme group")."""
    return word.islower() or (word.endswith("-based") and word[:1].isupper())


def _spelt_out(text: str, name: str) -> str:
    """Return the name an initialism stands for where the story spells it out ("the
    Securities and Exchange Commission (SEC)"), else `name`."""
    if not name.isupper():
        return name
    at = text.find(f" ({name})")
    return text[max(0, at - 80) : at] if at > 0 else name


def _named_body(person: Person, named: bool) -> bool:
    """Return True for a body the story names ("Acme Holdings", "Greenpeace"): read as one,
    or one word that names no person nor place ("Umbro said"). Not a description ("the
    company", "analysts"), a body's people ("Pentagon officials") nor a party's members
    ("Democrats"). `named` tells that the story names `person` as a person."""
    name = person.name
    words = name.split()
    if (
        is_anonymous(name)
        # "Pentagon officials", "Yukos lawyers": people of a body, not the body
        or not all(is_capitalised(w) or w in _JOINING for w in words)
        or name.casefold() in PARTY_MEMBERS
        or person.gender is not None
        or is_place(name)  # "Norway said"
    ):
        return False
    if person.organisation or is_group(name):
        return True
    return (
        len(words) == 1
        and not named
        and first_name_gender(name) is None
        and not name.endswith("ly")  # "Originally, ..."
    )
