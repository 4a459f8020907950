"""Kinds of people: "what do experts say about Y?", "what are analysts saying about Y?".

A plural written in lower case ("experts", "legal experts", "doctors") names no one speaker:
the articles quote "City experts", "Security experts" and "analyst Peter Fish" apart, and
asking the reader which of them was meant, or showing everything "critics" said about software
patents to a question about a film, answers another question. With a topic, such a question
asks for the words on that topic of everyone the articles call so, each under their own name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.text.lexicon import (
    BODY_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    SPEAKING_GROUPS,
    first_name_gender,
)
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

MAX_PEOPLE = 150  # speakers of one kind whose quotes are weighed (groups first, then holders)
STRONG_SHARE = 0.5  # a topic word of a kind's question weighs at least this share of the most
_PLURAL = lazy(r"^[a-z][a-z-]*[a-z]s$")
_OPENERS = frozenset("the some many most all other".split())  # "what do most economists say"
# words for anyone at all: "what are people saying about Y" asks for everyone's words on Y,
# not for a speaker called "people" ("Fifty nine percent of people" was found as one)
_ANYONE = frozenset("people everyone everybody anyone anybody someone somebody folks".split())
ANYONE = "people"  # how such a question's speakers are named in its lead
ANYONE_PASSAGES = 15  # the best passages on Y whose articles' speakers are weighed
# nouns the lexicon gives bodies or people ("union", "airline", "analyst"): a kind asked in
# the plural whose role holders speak for it
_KIND_NOUNS = ORGANISATION_WORDS | BODY_NOUNS | PERSON_NOUNS | SPEAKING_GROUPS


def strong_terms(terms: tuple[str, ...], weights: dict[str, float]) -> tuple[str, ...]:
    """Return the topic terms that weigh at least STRONG_SHARE of the weightiest: the words of
    many speakers hold "new" of "the new stadium" in every other quote."""
    top = max((weights.get(term, 0.0) for term in terms), default=0.0)
    return tuple(term for term in terms if weights.get(term, 0.0) >= STRONG_SHARE * top)


# "anyone from microsoft", "somebody at the council": one of a body or place, unnamed: the
# body's words (its spokespeople's among them) are what is asked
_ONE_OF = lazy(
    r"^(?:anyone|anybody|someone|somebody|any\s+one)\s+(?:from|at|of|in|inside|within)\s+"
    r"(?P<body>\S.*)$",
    re.IGNORECASE,
)


def one_of(phrase: str) -> str | None:
    """Return the body or place an unnamed someone of it stands for ("microsoft" of "anyone
    from microsoft"), or None for any other speaker phrase."""
    found = _ONE_OF.match(phrase.strip())
    return found.group("body") if found else None


def kind_of_people(phrase: str) -> str | None:
    """Return the kind of people a question's speaker phrase names ("legal experts" of "the
    legal experts"), or None for a name or one person ("evans", "the minister")."""
    words = phrase.split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    if not words or len(words) > 3 or not all(w.isalpha() or "-" in w for w in words):
        return None
    if any(not w.islower() for w in words) or not _PLURAL.match(words[-1]):
        return None
    if words[-1].endswith("ss"):  # "boss", "press": no plural
        return None
    return " ".join(words)


# "doctors in Gaza", "economists at the bank": a kind of people, then where they are
_WHERE = lazy(r"^(?P<kind>.+?)\s+(?:in|at|from|across|inside|outside)\s+(?P<where>\S.*)$")


def kind_and_where(phrase: str) -> tuple[str, str] | None:
    """Return the kind of people (or a body named by its kind) and the place a speaker phrase
    names ("doctors", "in gaza" of "doctors in gaza"; "police", "in houston" of "police in
    houston"), or None: where they are is what their words are to be about, not a name nobody
    in the articles has."""
    found = _WHERE.match(phrase)
    if found is None:
        return None
    kind = found.group("kind")
    if kind_of_people(kind) is None and not body_by_kind(kind):
        return None
    return kind, found.group("where")


def body_by_kind(phrase: str) -> bool:
    """Return whether a speaker phrase names a body by its kind alone ("police", "the
    council", "the government"): any of the bodies of that kind the articles quote."""
    return phrase.casefold().removeprefix("the ") in ORGANISATION_WORDS


def means_anyone(phrase: str) -> bool:
    """Return True for a speaker phrase that means anyone at all ("people", "most people",
    "everyone"), whatever its case."""
    words = phrase.casefold().split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    return len(words) == 1 and words[0] in _ANYONE


def speakers_on(index: Index, terms: list[str]) -> list[str]:
    """Return the people quoted in the articles of the archive's best ANYONE_PASSAGES for
    `terms`, those of the best passages first: "what are people saying about Y" is answered
    from the words of everyone the articles on Y quote, each under their own name."""
    found = index.engine.search_scored(terms, ANYONE_PASSAGES)
    articles = list(dict.fromkeys(found.passage(i).article_id for i in range(len(found.scores))))
    directory = index.speakers
    return list(dict.fromkeys(directory.canonical(q) for q in index.quotes_of_articles(articles)))[
        :MAX_PEOPLE
    ]


def singular(plural: str) -> str:
    """Return the singular of a plural noun for people ("analysts", "deputies", "coaches")."""
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes", "xes")):
        return plural[:-2]
    return plural[:-1]


def people_called(directory: SpeakerDirectory, kind: str) -> list[str] | None:
    """Return the speakers the articles call `kind`: groups whose names end with it ("City
    experts" for "experts") and people given its singular as a role ("analyst Peter Fish"),
    at most MAX_PEOPLE, groups first. None when `kind` is someone's name ("evans" is not a
    plural), or opens with a first name and names no one ("simon burnes"): then it is a name
    to resolve, not a kind."""
    named = directory.match(kind)
    words = kind.split()

    def of_kind(person: str) -> bool:  # "City experts", "Analysts"; not "Tony Banks"
        return [w.casefold() for w in person.split()[-len(words) :]] == words and (
            is_group(person) or (person.casefold() == kind and len(words) == 1)
        )

    if named.how in {"name", "surname", "alias", "given"} and not all(
        of_kind(person) for person in named.people
    ):
        return None
    groups = [person for person in named.people if of_kind(person)]
    one = " ".join([*words[:-1], singular(words[-1])])
    holding = directory.match(one)
    # "unions": bodies named "... Union" match the word first, but the union leaders the
    # articles quote are of the kind too (their words are the unions' on the topic); only
    # for a noun the lexicon gives bodies or people, as the roles' words are matched loosely
    # ("ryan gigs", "chris evens": a misspelt name, no kind that some role shares a word with)
    kind_noun = singular(words[-1]) in _KIND_NOUNS
    if holding.how == "role":
        holders = holding.people
    elif kind_noun:
        holders = directory.role_holders(one)
    else:
        holders = []
    called = list(dict.fromkeys([*groups, *holders]))[:MAX_PEOPLE]
    if not called and len(words) > 1 and first_name_gender(words[0]):
        return None  # "simon burnes": a misspelt name after a first name, not a kind no one is
    return called
