"""Spokespeople: who speaks when a spokesperson does (a step inside
`qabot.attribution.speaker_reading` and `qabot.attribution.descriptions`).

"A spokesman for the Home Office said" gives the body's words: a body speaks through its
spokespeople. "A spokesman for Mr Blair said" does not give Tony Blair's: a person speaks for
himself, and his spokesman is someone else, whom the article does not name. A later "the
spokesman said" is that same unnamed spokesman, never the person the passage is about.
"""

from __future__ import annotations

from collections.abc import Callable

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.names import People, Person
from qabot.attribution.sentence_subjects import subject_words
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
    first_name_gender,
    is_anonymous,
    is_capitalised,
)

SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
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
        for p in people.by_surname.get(name.split()[-1].casefold().removesuffix("'s"), [])
        if not p.organisation and " " in p.name
    ]
    if between and not all(w[:1].isupper() for w in described[at + 2 :]):
        return None  # "spokeswoman for women Sandra Gidley": her portfolio, then her name
    person_like = (
        any(p.gender for p in known)
        or first_name_gender(name_words[0]) is not None
        or (titled and any(w.rstrip(".") in TITLE_WORDS for w in between[-1:]))
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


def described_before(people: People, words: list[str], position: int) -> Person | None:
    """Return the unnamed speaker "the spokesman" or "the official" refers back to: the latest
    speaker of this or the previous paragraph introduced by a description holding every word
    of it ("a spokesman for Tony Blair", "a senior official"; not "a poll" for "the Daily
    Telegraph poll"), or None."""
    wanted = {w.casefold() for w in words[1:]}
    paragraph = people.text.rfind("\n", 0, position) + 1
    previous = people.text.rfind("\n", 0, max(0, paragraph - 2)) + 1
    for at, person in reversed(people.speakers):
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
    at, subject = _subject_before(people, words, position)
    body = read(people, subject, at) if subject else None
    if (
        body is None
        or not body.organisation
        or is_anonymous(body.name)
        or not all(is_capitalised(w) or w in _NAME_LINKS for w in body.name.split())
    ):
        return None
    return body


# the small words inside a body's name ("Department for Work and Pensions")
_NAME_LINKS = frozenset(["of", "for", "and", "&", "the", "on"])


def _subject_before(people: People, words: list[str], position: int) -> tuple[int, list[str]]:
    """Return (position, words) of the subject of the sentence before a bare "a spokesman"
    at `position`, in its paragraph ("The Home Office defended the measures. A spokesman said":
    the Home Office), whom the spokesman may speak for; else (0, [])."""
    keys = [w.casefold() for w in words]
    if len(keys) != 2 or keys[0] not in {"a", "an"} or keys[1] not in SPOKESPEOPLE:
        return 0, []
    text = people.text
    start = sentence_start(text, position)
    if text[text.rfind("\n", 0, position) + 1 : start].strip() == "":
        return 0, []  # the paragraph's first sentence: the one before is another topic's
    previous = sentence_start(text, start - 2)
    if any(mark in text[previous:start] for mark in '"“”'):
        return 0, []  # a quote's words are no subject of the writer's
    subject, verb = subject_words(text, previous, start)
    return (previous, subject) if verb is not None and subject else (0, [])
