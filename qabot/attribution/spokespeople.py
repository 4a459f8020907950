"""Spokespeople: who speaks when a spokesperson does (a step inside
`qabot.attribution.speaker_reading` and `qabot.attribution.descriptions`).

"A spokesman for the Home Office said" gives the body's words: a body speaks through its
spokespeople. "A spokesman for Mr Blair said" does not give Tony Blair's: a person speaks for
himself, and his spokesman is someone else, whom the article does not name. A later "the
spokesman said" is that same unnamed spokesman, never the person the passage is about.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.sentence_subjects import subject_words
from qabot.text.lexicon import (
    BODY_STAFF,
    GENDERED_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    SPOKESPEOPLE,
    TITLE_WORDS,
    first_name_gender,
    is_anonymous,
    is_capitalised,
)
from qabot.text.patterns import lazy

# the nouns of a person's own role: a spokesman speaks for someone else
PERSONS_ROLES = PERSON_NOUNS - SPOKESPEOPLE
_FOR = frozenset("for of to".split())
_DETERMINERS = frozenset("a an the another one".split())
_INTRODUCING = frozenset("a an another one".split())


def spokesperson_for_person(
    people: People, described: list[str], name_words: list[str], titled: bool
) -> Person | None:
    """Return the unnamed spokesperson of "a spokesman for Mr Blair" (as "a spokesman for Tony
    Blair"), or None when the words before the name are no spokesperson's or the name is a
    body's ("a spokesman for the Home Office": the Home Office speaks)."""
    keys = [w.casefold() for w in described]
    at = next(
        (i for i in range(len(keys) - 1) if keys[i] in SPOKESPEOPLE and keys[i + 1] in _FOR),
        None,
    )
    if at is None or not name_words:
        return None
    # the words between "for" and the name are a title ("Commissioner"), not a body
    between = keys[at + 2 :]
    if any(w in ORGANISATION_WORDS or w == "the" for w in between):
        return None
    if name_words[-1].casefold() in ORGANISATION_WORDS:
        return None
    name = " ".join(name_words)
    known = [
        p
        for p in people.names.by_surname.get(name.split()[-1].casefold().removesuffix("'s"), [])
        if not p.organisation and " " in p.name
    ]
    if between and not all(w[:1].isupper() for w in described[at + 2 :]):
        return None  # "spokeswoman for women Sandra Gidley": her portfolio, then her name
    person_like = (
        any(p.gender for p in known)
        or first_name_gender(name_words[0]) is not None
        or (titled and any(w.rstrip(".") in TITLE_WORDS for w in between[-1:]))
        or any(_given_a_persons_role(people, p) for p in known if p.name == name)
    )
    if not person_like:
        return None  # "a spokeswoman for Royal Mail": a body
    principal = known[-1].name if known else " ".join([*described[at + 2 :], name])
    start = at - 1 if at and keys[at - 1] in _DETERMINERS else at
    opener = described[start : at + 2]
    if opener[0] in {"A", "An", "The", "Another", "One"}:
        opener = [opener[0].lower(), *opener[1:]]
    return Person(
        " ".join([*opener, principal]),
        gender=GENDERED_NOUNS.get(keys[at]),
        organisation=False,
    )


def _given_a_persons_role(people: People, person: Person) -> bool:
    """Return whether the article gives `person` a person's role ("union leader Ada Vale",
    "Mayor Ada Vale"): a name whose first word the name lists lack is still a person's, and
    "a spokesman for Ada Vale" is not Ada Vale speaking."""
    return any(
        held is person and not words.isdisjoint(PERSONS_ROLES)
        for words, held, _ in people.names.roles
    )


# a body's spokesman or spokeswoman, where the body spoke: "A spokeswoman for the Commission"
_VOICED = lazy(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w&.'’-]*\s+)?(spokesman|spokeswoman)\s+(?:for|of|at|said|says"
    r"|told|added|insisted|explained|stressed|confirmed)\b"
)


def voiced(people: People, at: int, body: Person, gender: str) -> bool:
    """Return True when `body` spoke at `at` through a spokesman or spokeswoman of `gender`
    ("A spokeswoman for the Commission told ...", "The Acme spokesman said", "A spokesman
    said" after the body's own sentence): a later "she said" is the body's words."""
    found = _VOICED.match(people.text, at) if body.organisation else None
    return found is not None and GENDERED_NOUNS.get(found.group(1).casefold()) == gender


def described_before(people: People, words: list[str], position: int) -> Person | None:
    """Return the unnamed speaker "the spokesman" or "the official" refers back to: the latest
    speaker of this or the previous paragraph introduced by a description holding every word
    of it ("a spokesman for Tony Blair", "a senior official"; not "a poll" for "the Daily
    Telegraph poll"), or None."""
    wanted = {w.casefold() for w in words[1:]}
    paragraph = people.text.rfind("\n", 0, position) + 1
    previous = people.text.rfind("\n", 0, max(0, paragraph - 2)) + 1
    for at, person in reversed(people.names.speakers):
        if at < previous:
            break
        said = person.name.casefold().split()
        if at < position and said[0] in _INTRODUCING and wanted <= set(said):
            return person
    return None


def body_spoken_for(
    people: People,
    words: list[str],
    position: int,
    read: Callable[[People, list[str], int], Person | None],
) -> Person | None:
    """Return the named body a bare "a spokesman" at `position` speaks for: the subject of
    the sentence before in its paragraph, read with `read`, when it is a body's name and no
    more ("The Home Office defended the measures. A spokesman said"; not "Sky first scooped
    ..."), else None."""
    at, subject, sentence = _subject_before(people, words, position)
    body = read(people, subject, at) if subject else None
    if (
        body is None
        or not (body.organisation or _lone_body(people, body, subject, sentence))
        or is_anonymous(body.name)
        or not all(is_capitalised(w) or w in _NAME_LINKS for w in body.name.split())
    ):
        return None
    return body


def _lone_body(people: People, body: Person, subject: list[str], sentence: str) -> bool:
    """Return True when a one-word subject read as no body is still the one a spokesperson
    speaks for: a body by the article's words ("Acme shares", "Acme executives", "Acme
    declined to say what it plans"), no person's name, and no other name in its sentence
    ("Acme denied the claims. A spokesman said"; not "Acme won the rights from the BBC":
    either may speak next)."""
    name = body.name
    if len(subject) > 2 or body.gender or " " in name or first_name_gender(name):
        return False
    words = [w.strip(_PUNCTUATION) for w in sentence.split()[1:]]
    if any(is_capitalised(w) and w != name for w in words if w):
        return False
    known = people.names.by_surname.get(name.casefold(), [])
    if any(not p.organisation and " " in p.name for p in known):
        return False  # "Ruiz denied it": a person of the article
    # "declined to say what it plans": "it" the subject of a clause of its own
    its = any(w == "its" or (w == "it" and v in _CLAUSE_OPENERS) for v, w in pairwise(words))
    return its or _staffed(people.text, name)


_CLAUSE_OPENERS = frozenset("what that which as where when because and but if".split())


def _staffed(text: str, name: str) -> bool:
    """Return True when the article writes a body's staff or shares right after `name`
    ("Acme executives", "Acme shares")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        following = text[end : end + 20].split()[:1]
        if (
            not text[at - 1 : at].isalnum()
            and text[end : end + 1] == " "
            and following
            and following[0].strip(_PUNCTUATION) in BODY_STAFF
        ):
            return True
        at = text.find(name, end)
    return False


_PUNCTUATION = ",.;:!?()'’\"“”"


# the small words inside a body's name ("Department for Work and Pensions")
_NAME_LINKS = frozenset(["of", "for", "and", "&", "the", "on"])


def _subject_before(people: People, words: list[str], position: int) -> tuple[int, list[str], str]:
    """Return (position, words, sentence) of the subject of the sentence before a bare "a
    spokesman" at `position`, in its paragraph ("The Home Office defended the measures. A
    spokesman said": the Home Office), whom the spokesman may speak for; else (0, [], "")."""
    keys = [w.casefold() for w in words]
    if len(keys) != 2 or keys[0] not in {"a", "an"} or keys[1] not in SPOKESPEOPLE:
        return 0, [], ""
    text = people.text
    start = sentence_start(text, position)
    if text[text.rfind("\n", 0, position) + 1 : start].strip() == "":
        return 0, [], ""  # the paragraph's first sentence: the one before is another topic's
    previous = sentence_start(text, start - 2)
    sentence = text[previous:start]
    if _spoken(sentence):
        return 0, [], ""  # a quote's words are no subject of the writer's
    subject, verb = subject_words(text, previous, start)
    return (previous, subject, sentence) if verb is not None and subject else (0, [], "")


_QUOTED = lazy(r"[\"“]([^\"“”]*)[\"”]")


def _spoken(sentence: str) -> bool:
    """Return True when a sentence holds quoted words that may be someone's speech: any but a
    short phrase after its first words ('Acme declined to explain what it calls “internal
    matters”.'), so its subject is not the writer's."""
    marks = sum(sentence.count(mark) for mark in '"“”')
    return (
        sentence.lstrip()[:1] in '"“'
        or marks % 2 == 1
        or any(len(inner.split()) > 4 for inner in _QUOTED.findall(sentence))
    )
