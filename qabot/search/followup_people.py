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
"""

from __future__ import annotations

from qabot.attribution.speaker_words import singular_forms
from qabot.indexing import Index
from qabot.search.pronoun_owners import owned_by_pronoun
from qabot.text.lexicon import (
    FAME_NOUNS,
    PERSON_NOUNS,
    PERSONAL_TIES,
    PLAYER_NOUNS,
    ROLE_NOUNS,
    SPEAKING_GROUPS,
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


def owned_person(phrase: str) -> bool:
    """Return whether `phrase` names someone by their tie to the person talked about ("his
    spokesman", "her lawyers", "his wife": a possessive pronoun before a word for a person),
    not a thing of theirs ("his health", "her plans")."""
    role = owned_by_pronoun(phrase.strip(" ?!.,\"'“”"))
    if role is None:
        return False
    head = role.casefold().split()[-1].rsplit("-", 1)[-1]
    return bool(({head} | singular_forms(head)) & _PEOPLE_WORDS)
