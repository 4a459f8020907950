"""Place phrases: a speaker phrase ending "of <Place>" or naming a body with "on the"
(inside `qabot.attribution.speaker_reading`).

"The Archbishop of Canterbury said" is the archbishop, not a person called Canterbury; "Lloyds
of London told" is one body; "a spokesman for the World Summit on the Information Society" is
that whole body; "Sen. Jo Ruiz of Ohio" is Jo Ruiz (`person_of`, read by the caller); "a
woman from Georgia" and "the residents of Little Rock" are people, not the place
(`people_of_place`). Reading a phrase as a name is the caller's; this module tells which of
those shapes a phrase has, and `read_place_run` reads the words before a place, or a
pollster, that ends a phrase.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Literal

from qabot.attribution.descriptions import read_description
from qabot.attribution.institution_names import names_body_after
from qabot.attribution.name_clues import people_asked_by
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.speaker_words import plural_of
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME,
    OPENING_ADVERBS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    UNNAMED_PEOPLE,
    first_name_gender,
    is_capitalised,
    name_key,
    unprefixed,
)

_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# nouns of people, one or many ("a woman", "people", "residents"), who may be from a place
# ("a spokesman from Acme" speaks for Acme)
_PEOPLE = (
    PERSON_NOUNS | frozenset(UNNAMED_PEOPLE) | frozenset("person people men women".split())
) - _SPOKESPEOPLE


def body_name(words: list[str]) -> list[str]:
    """Return the words of a body's name that ends the phrase and holds "on the" or "for the"
    ("the World Summit on the Information Society"), else nothing."""
    at = next(
        (
            i
            for i in range(1, len(words))
            if is_capitalised(words[i - 1]) and names_body_after(words, i)
        ),
        None,
    )
    if at is None:
        return []
    first = at - 1
    while (
        first > 0
        and is_capitalised(words[first - 1])
        and not words[first - 1].endswith(("'s", "’s"))
    ):
        first -= 1
    return words[first:]


def read_place_run(
    people: People,
    words: list[str],
    run: list[str],
    position: int,
    role: str | None,
    read: Callable[[People, list[str], int, str | None], Person | None],
) -> Person | Literal[False] | None:
    """Read a phrase whose capitalised `run` at its end is a place or a pollster, not the
    speaker ("Sen. Jo Ruiz of Ohio", "the Archbishop of Canterbury", "officials in Washington",
    "economists polled by Reuters", "the envoy to Britain"): whom the words before it name
    (`read` reads them), False for no one, None when the phrase has none of these shapes."""
    stop = len(words) - len(run) - 1  # the word that ended the run
    if run and stop >= 2 and words[stop] in {"the", "The"} and words[stop - 1] in {"of", "from"}:
        stop -= 1  # "Wendy Ide of The Times thinks": the critic, not the paper
    if run and person_of(people, words, stop):
        # "Sen. Elizabeth Warren of Massachusetts": the person, the place noted as a role
        return read(people, words[:stop], position, role or " ".join(words[stop:])) or False
    of_place = place_phrase(people, words, run, stop, position, read)
    if of_place is not None:
        return of_place
    if (
        run
        and stop >= 1
        and words[stop] == "in"
        and words[stop - 1].casefold() not in OPENING_ADVERBS | {"here", "there"}
    ) or (run and people_asked_by(words, stop)):
        # "Democrats in Iowa who watched the debate", "officials in Washington": where they
        # are; "economists polled by Reuters": who asked them; not who speaks
        return read(people, words[: stop - (words[stop] == "by")], position, role) or False
    if people_of_place(people, words, run, stop):
        # "a woman from Georgia says", "The senator from Vermont said": the person, from there;
        # "The residents of Little Rock said": the group, whole
        if words[stop] == "from":
            return read(people, words[:stop], position, role) or False
        group = read_description(people, words, position)
        if group is not None:
            return group
    to = stop - 1 if stop >= 1 and words[stop].casefold() == "the" else stop
    if (
        run
        and to >= 1
        and words[to] in {"to", "for"}
        and words[to - 1].casefold() in ROLE_NOUNS - _SPOKESPEOPLE
        and len(run) <= 2  # a place; "Ambassador to the UN Ana Ruiz" names her after it
        and not any(first_name_gender(w) for w in run)
        and not known_person(people, run)
    ):
        # "Pakistan's High Commissioner to Britain said", "the health minister for Wales
        # says": the envoy or minister speaks, not the country ("a spokesman for Acme": Acme)
        return read(people, words[:to], position, role or " ".join(words[to - 1 :])) or False
    return None


def people_of_place(people: People, words: list[str], run: list[str], stop: int) -> bool:
    """Return True when the phrase ends with people, then "from" or "of" and a place ("a woman
    from Georgia", "the senator from Vermont", "The residents of Little Rock"): they speak, not
    the place. Not a body ("researchers from Leeds University", "a spokesman from Acme": whom
    they speak for), nor a person named after it, nor one person "of" it ("the mayor of Leeds",
    "the head of Acme", read as before)."""
    if not (run and stop >= 1 and words[stop] in {"from", "of"} and len(run) <= 2):
        return False
    noun = words[stop - 1].casefold()
    many = plural_of(noun, _PEOPLE)  # "residents", "senators", "deputies"
    return (
        (many or (noun in _PEOPLE and words[stop] == "from"))
        and not any(w.casefold() in ORGANISATION_WORDS or w.isupper() for w in run)
        # "Georgia", "Florence": places too; a first name before a surname is a person's
        and not (len(run) > 1 and first_name_gender(run[0]))
        and not known_person(people, run)
    )


def place_phrase(
    people: People,
    words: list[str],
    run: list[str],
    stop: int,
    position: int,
    read: Callable[[People, list[str], int, str | None], Person | None],
) -> Person | Literal[False] | None:
    """Read a phrase ending "<Capitalised> of <Place>" whose place is no name of a person's
    ("the Archbishop of Canterbury", "Lloyds of London"; not "Mayor of London Ken Ruiz"): a
    role's holder or description, or the body the whole phrase names; False for no one, None
    when the phrase is not of that shape."""
    if stop >= 2 and words[stop].casefold() == "the" and words[stop - 1] == "of":
        stop -= 1  # "Friends of the Earth"
    if not (
        run
        and stop >= 1
        and words[stop] == "of"
        and is_capitalised(words[stop - 1])
        and len(run) - run[0].isdigit() <= 2  # "of 10 Downing Street": its house number
        and not any(first_name_gender(w) for w in run)
        and not known_person(people, run)
    ):
        return None
    head = words[stop - 1].rstrip(".").casefold()
    if head in TITLE_WORDS | PERSON_NOUNS or unprefixed(head) in TITLE_WORDS:
        # "the Archbishop of Canterbury said": the archbishop, not someone called Canterbury,
        # one person a later "he" may mean
        meant = read_description(people, words, position)
        if meant is None:
            return False
        if meant.organisation and not meant.name[:1].isupper():
            meant = Person(meant.name, gender=GENDERED_NOUNS.get(head) or HONORIFICS.get(head))
        return meant
    first = stop - 1
    while first > 0 and (is_capitalised(words[first - 1]) or words[first - 1] in {"of", "&"}):
        first -= 1
    if (
        stop - first != 1  # "Holger Ruiz of Acme" may be a person whose first name we miss
        or words[first].casefold() in NOT_NAME
        or run[-1].casefold() in PARTY_MEMBERS  # "Half of Vermont Democrats": a share
    ):
        return None
    if known_person(people, words[first:stop]):
        return read(people, words[:stop], position, None)  # "Ruiz of Acme": Jo Ruiz
    # "Lloyds of London told": one body's name
    return people.names.link(
        " ".join([*words[first:stop], "of", *words[stop + 1 :]]), organisation=True
    )


def person_of(people: People, words: list[str], stop: int) -> bool:
    """Return True when the phrase is a person's name, then "of" or "from" at `stop` and the
    place or employer ("Sen. Elizabeth Warren of Massachusetts", "Piet van den Berg of
    Nordbank", "President Musharraf of Pakistan"): the person before "of" speaks."""
    if stop < 1 or words[stop] not in {"of", "from"}:
        return False
    before = words[:stop]
    tail = list(
        itertools.takewhile(lambda w: is_capitalised(w) or w in NAME_PARTICLES, reversed(before))
    )[::-1]
    return (
        len(tail) >= 2
        and before[-1].rstrip(".").casefold() not in ORGANISATION_WORDS | TITLE_WORDS
        and bool(
            first_name_gender(tail[0])
            or known_person(people, tail)
            or tail[0].rstrip(".").casefold() in TITLE_WORDS  # "President Musharraf of"
            # "Jo Ruiz of Acme's Institute for Science": a body's member
            or any(w.casefold() in ORGANISATION_WORDS for w in words[stop + 1 :])
        )
    )


def known_person(people: People, words: list[str]) -> bool:
    """Return True when `words` end in the surname of a person (not a body) of the article."""
    known = people.names.by_surname.get(name_key(" ".join(words))[1], [])
    return any(not p.organisation and " " in p.name for p in known)
