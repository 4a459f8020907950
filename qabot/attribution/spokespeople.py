"""Spokespeople: who speaks when a spokesperson does (a step inside
`qabot.attribution.speaker_reading` and `qabot.attribution.descriptions`).

"A spokesman for the Home Office said" gives the body's words: a body speaks through its
spokespeople. "A spokesman for Mr Blair said" does not give Tony Blair's: a person speaks for
himself, and his spokesman is someone else, whom the article does not name. A later "the
spokesman said" is that same unnamed spokesman, never the person the passage is about.
"""

from __future__ import annotations

from qabot.attribution.names import People, Person
from qabot.text.lexicon import GENDERED_NOUNS, ORGANISATION_WORDS, TITLE_WORDS, first_name_gender

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
        " ".join([*opener, principal]), gender=GENDERED_NOUNS.get(keys[at]), organisation=False
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
