"""Colon speakers: who a sentence names before a colon that introduces a quote with no verb
("Pew Research: “...”", "BBC Two controller Roly Keating: “...”", "Rep. Jo Ray (D-Ohio):
“...”", "For Jo Ray, this is progress: “...”"), inside `qabot.attribution.uncued_quotes`; a
label there is no one ("Update: “...”").

A run of capitalised words is read by `COLON_SOURCE`; a role before the name ("controller",
"Former secretary of state") is read as a speaker phrase before a cue is, when that phrase is
the whole sentence before the colon and names a person by name.
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.cue_sources import colon_source
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import MASK
from qabot.attribution.role_vocabulary import names_a_person
from qabot.attribution.sentence_roles import role_of
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.attribution.word_places import before_colons, written_forms
from qabot.text.analyzer import STOP_WORDS
from qabot.text.lexicon import (
    GROUPS_AND_BODIES,
    PERSON_TIES,
    ROLE_NOUNS,
    SPEAKING_GROUPS,
    TITLE_WORDS,
    is_capitalised,
    name_key,
)
from qabot.text.patterns import lazy

_ASIDE = lazy(r"\([^()]*\)")  # "Rep. Jo Ray (D-Ohio)": the party and state in brackets
# a sentence that opens with whose view it gives ("For Jo Ray,", "For Mr Ray,") and ends with
# the colon before the quote, with no other clause's stop between
_FOR_NAME = lazy(
    r"(?P<opening>(?:For|To)\s+)(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+"
    r"(?P<view>[^.!?;:]{1,120}):$"
)
# the view itself as the clause's subject, so no one else can be the speaker: a pronoun of a
# thing ("this is progress", "it was a blow") or a noun that is then judged ("the point is
# simple"); not someone acting ("the mayor had a message", "her lawyer Tom Hale had a message")
_IMPERSONAL_VIEW = lazy(
    r"(?:this|that|it|these|those|there)\b"
    r"|the\s+(?P<noun>[a-z]+)\s+(?:is|was|are|were|remains|remained|seems|seemed)\b"
)
# words that tie a phrase's head to a person after it ("critics of", "lawyers for", "letter to",
# "protests against")
_TIES = PERSON_TIES | {"against", "about"}


def colon_speaker(people: People, masked: str, s0: int, q0: int, position: int) -> Person | None:
    """Return whom the sentence from `s0` names before the colon that introduces the quote at
    `q0`, or None when no one is named there for sure."""
    name = colon_source(masked, s0, q0)
    if name is not None:
        if masked[s0:q0].strip() == f"{name}:" and is_label(people.text, name):
            return None  # a label standing alone before its quote ("Update: “...”")
        return interpret(people, name.split(), position)
    return _described(people, masked[s0:q0].rstrip(), position) or _viewpoint(
        people, masked[s0:q0].rstrip(), position
    )


def _viewpoint(people: People, left: str, position: int) -> Person | None:
    """Return the named person whose view a sentence opening "For X," gives before the colon
    that introduces the quote ("For Jo Ray, this is progress: “...”"), or None: not a body
    nor a description ("For fans, it was a night to remember: “...”")."""
    found = _FOR_NAME.match(left)
    if found is None or MASK in left:
        return None
    view = _IMPERSONAL_VIEW.match(found.group("view"))
    if view is None or (
        (noun := view.group("noun")) is not None
        and (names_a_person(noun) or noun in SPEAKING_GROUPS or noun in GROUPS_AND_BODIES)
    ):
        return None  # another subject after the comma may be the one speaking
    words = found.group("name").split()
    person = interpret(people, words, position + len(found.group("opening")))
    if (
        person is None
        or person.organisation
        or not person.name[:1].isupper()
        or person not in people.names.by_surname.get(name_key(person.name)[1], [])
    ):
        return None
    return person


def is_label(text: str, name: str) -> bool:
    """Return True when `name`, alone before a colon, is a label and not a source: a heading in
    title case ("Quote Of The Day:": a name writes its small words in lower case, "Bank of
    England"), or one word `text` writes nowhere else in capitals or also in lower case
    ("Update:", "Verdict:"; a source named by one word is someone the story names somewhere
    else than before a colon)."""
    words = name.split()
    if any(w.casefold() in STOP_WORDS for w in words[1:]):
        return True
    if len(words) > 1 or not words[0].isalpha() or words[0].isupper():
        return False  # a run of names, or an initialism ("BBC:")
    word = words[0]
    seen = written_forms(text, word)
    # named only before colons ("Update:" down a live page) is a label however often
    return seen[word] - before_colons(text, word) < 1 or word.casefold() in seen


def _described(people: People, left: str, position: int) -> Person | None:
    """Return the person a role and a name before a colon name, when they are all the sentence
    holds before it ("Republican pollster Daron Shaw:"); not a description alone ("The
    headline reads:"), a body, nor a phrase whose name is not its last word ("Here's Clinton in
    December 1992:")."""
    if not left.endswith(":") or MASK in left:
        return None
    found = speaker_before(left[:-1])
    if found is None or found[0] != 0 or len(found[1]) < 2:
        return None
    words = found[1]
    if (
        not is_capitalised(words[-1])
        # the phrase ends where the colon is, an aside in brackets apart: not "Kaine has
        # adopted the stance of some Catholics in public office:" read up to "Catholics"
        or _ASIDE.sub("", left[:-1]).split()[-1:] != words[-1:]
        or finite_verbs(words)
        or any(ch.isdigit() for word in words for ch in word)
        or not _role_then_name(words)
    ):
        return None
    person = interpret(people, words, position)
    if person is None or person.organisation or person.name.split()[-1] != words[-1]:
        return None
    return person


def _role_then_name(words: list[str]) -> bool:
    """Return True when `words` are a role, then a name: the word before the capitalised run
    at their end is a noun of a person ("BBC Two controller Roly Keating", "pollster Jo Ray":
    a known one or one ending as they do) or a role and what it is of ("secretary of state"),
    or the run is all and opens with a title ("Rep. Jo Ray"); not a verb's object ("Obama
    praised Jo Ray", "Then came Jo Ray") nor a preposition's ("More from Jones")."""
    tail = 0
    while tail < len(words) and is_capitalised(words[-1 - tail]):
        tail += 1
    if tail == len(words):
        return words[0].rstrip(".").casefold() in TITLE_WORDS
    role, before = words[: len(words) - tail], words[-1 - tail]
    person_before = names_a_person(before) or before in ROLE_NOUNS
    if any(w.casefold() in _TIES for w in role[:-1]):
        # a tie before the role: the phrase is someone or something of the role's holder
        # ("Lawyers for chairman Jo Ray", "Wife of coach Jo Ray", "Open letter to chairman Jo
        # Ray"), unless it is the office's own ("Former secretary of state Jo Ray")
        return not person_before and role_of(role)
    return (before.islower() and before not in STOP_WORDS and person_before) or role_of(role)
