"""Follow-up people: whether "what about X?" or "and X?" after someone's words names another
person to ask about, or a topic to ask them about.

The speaker directory matches a role by any word of it, so "the election" finds an "election
co-ordinator" and "the economy" an "economy minister": read as people, "what did Blair say?" -
"what about the election?" answered Alan Milburn's words, and "and the economy?" asked which
of five economy ministers was meant. A phrase names someone when the directory knows it as a
name, or as a role whose head is a word for a person ("the chancellor", "the home secretary",
"the pm", "the players"); other roles' words are what the last person is asked about. A
possessive pronoun before a word for a person ("what about his spokesman?") names someone by
their tie to the last person, where "his" had kept the question on that person's own words.

A country is quoted too ("Iraq is to invite bids ..., saying ..."), so the directory resolves
"what about iraq?" to Iraq, and a country's name may be someone's surname ("Elizabeth France")
or end a body's ("Muslim Council of Britain"): read as a speaker, it answered "What Iraq
said:". A place typed alone (a country the lexicon knows, or a name the articles write mostly
after "in", "at", "from": "London", not Michael London) asks what there is on it (or, after
someone, their words on it), as "anything on Iraq?" does; the articles' own bodies and people
are still asked by their whole names ("what did Iraq say?" has a verb of speech and is not
read here).
"""

from __future__ import annotations

import re

from qabot.attribution.speaker_words import singular_forms
from qabot.indexing import Index
from qabot.search.pronoun_owners import owned_by_pronoun
from qabot.text import tokenize
from qabot.text.lexicon import (
    FAME_NOUNS,
    NATIONALITY_OPENERS,
    PERSON_NOUNS,
    PERSONAL_TIES,
    PLACE_PREPOSITIONS,
    PLAYER_NOUNS,
    ROLE_NOUNS,
    SPEAKING_GROUPS,
)
from qabot.text.lexicon.places import is_place

PLACE_PASSAGES = 30  # passages holding a name read for how they write it
PLACED_SHARE = 0.2  # of a name's uses after a preposition of place, for it to be a place
MIN_PLACED = 3
# the prepositions of place that govern places, not people ("pressure on Blair", "a letter to
# Blair", "behind Blair" are no places)
_PLACING = "|".join(
    sorted(
        PLACE_PREPOSITIONS
        & set("in at from near outside inside across around throughout within".split())
    )
)
# words for a person, or for people speaking as one, that can head a role asked about
_PEOPLE_WORDS = PERSON_NOUNS | PLAYER_NOUNS | PERSONAL_TIES | SPEAKING_GROUPS | FAME_NOUNS


def names_a_thing(index: Index, phrase: str) -> bool:
    """Return whether `phrase` of a follow-up is known to the directory only as other words of
    a role ("the election" of "election co-ordinator"): a thing to ask the last person about,
    where a name ("Putin"), a role for a person ("the chancellor") or a name no article writes
    ("Truss") asks about someone."""
    match = index.speakers.match(phrase)
    if match.how != "role":
        return False
    words = phrase.casefold().strip(" ?!.,\"'“”").split()
    head = words[-1].rsplit("-", 1)[-1] if words else ""
    singular = {head} | singular_forms(head)  # "deputies" too
    # "the pm": the role written out ("prime minister") is one of the roles matched
    return not (singular & _PEOPLE_WORDS or match.roles & ROLE_NOUNS)


def names_a_place(index: Index, phrase: str) -> bool:
    """Return whether `phrase` of "what about X?" is a place typed alone: a country or region
    the place lexicon knows ("iraq", "the netherlands", "South Korea"), or a name the articles
    write mostly as a place (`written_as_a_place`: "London", not Michael London): a topic, not
    a speaker. A place's word that the directory knows only as first names ("Victoria") is
    someone."""
    words = phrase.strip(" ?!.,\"'“”").split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words or len(words) > 3 or not all(word.replace("-", "").isalpha() for word in words):
        return False
    if index.speakers.match(phrase).how == "given":
        return False
    *openers, last = words
    if all(word.casefold() in NATIONALITY_OPENERS for word in openers) and is_place(
        last.capitalize()
    ):
        return True
    return written_as_a_place(index, " ".join(words))


def written_as_a_place(index: Index, name: str) -> bool:
    """Return whether the passages holding `name` write it, capitalised, after a preposition
    of place ("in London", "from Paris") in PLACED_SHARE of its uses or more: a person's name
    almost never is ("Blair" 0 of 98 uses, "Brown" 2 of 92 in the BBC stories; "London" 18
    of 72, "Iraq" 21 of 68), a body's seldom ("at Microsoft" 10 of 92)."""
    terms = tokenize(name)
    if not terms:
        return False
    hits = index.engine.search_scored(terms, PLACE_PASSAGES)
    written = re.compile(rf"(?<![\w-])(?:(?P<placing>{_PLACING})\s+(?:the\s+)?)?"
                         rf"(?P<name>{re.escape(name)})(?![\w-])", re.IGNORECASE)  # fmt: skip
    uses = placed = 0
    for at in range(len(hits)):
        for match in written.finditer(hits.text(at)):
            if match.group("name")[:1].isupper():
                uses += 1
                placed += match.group("placing") is not None
    return placed >= MIN_PLACED and placed >= PLACED_SHARE * uses


def owned_person(phrase: str) -> bool:
    """Return whether `phrase` names someone by their tie to the person talked about ("his
    spokesman", "her lawyers", "his wife": a possessive pronoun before a word for a person),
    not a thing of theirs ("his health", "her plans")."""
    role = owned_by_pronoun(phrase.strip(" ?!.,\"'“”"))
    if role is None:
        return False
    head = role.casefold().split()[-1].rsplit("-", 1)[-1]
    return bool(({head} | singular_forms(head)) & _PEOPLE_WORDS)
