"""Described subjects: whom "the <noun>" means right after a sentence about one person (inside
`qabot.attribution.descriptions`).

'Amor ... was delighted with his award. “...,” said the Gloucester fly-half.': the sentence
before names one person, as its subject or speaker, and no one else; the description is a noun
for one person ("fly-half", "striker", "the 34-year-old"), so it is them. Across a paragraph
only from the article's lead ("Adam Jones says the forwards ... ¶ The prop said: “...”"): the
last sentence of a later paragraph may be about someone the next does not go on with.
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.cues import QUOTING
from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.name_clues import inside
from qabot.attribution.names import People
from qabot.attribution.origin_descriptions import AGED, described_by_origin, other_origin
from qabot.attribution.persons import Person
from qabot.attribution.sentence_roles import PROSE_END
from qabot.attribution.uncued_signs import speech_verb
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    OBJECT_PREPOSITIONS,
    PERSON_NOUNS,
    PLAYER_NOUNS,
    ROLE_NOUNS,
    SPOKESPEOPLE,
)
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import lazy

# nouns for one person a description may end with; a spokesman speaks for someone else
_ONE_PERSON = (PERSON_NOUNS | PLAYER_NOUNS) - SPOKESPEOPLE
_ROLES = PERSON_NOUNS | ROLE_NOUNS
_WORD = lazy(r"[A-Z][\w'’-]*")
_SENTENCE_END = lazy(r"[.!?][\"”’']?(?:\s|$)")


def described_subject(people: People, words: list[str], position: int) -> Person | None:
    """Return the one person the sentence before `position` names, as its subject or speaker,
    when `words` ("the Gloucester fly-half", "the American") describe one person and that
    sentence names no one else (or names others only after its one speaker: "X said Y was
    ..."), or None."""
    head = words[-1].casefold()
    origin = described_by_origin(words)
    if (
        len(words) < 2
        or words[0].casefold() != "the"
        or not (head in _ONE_PERSON or AGED.fullmatch(head) or origin)
        or any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[1:])  # "the men's lawyer"
    ):
        return None
    text = people.text
    start = _unquoted_start(people, position)
    back = len(text[:start].rstrip())
    if back < 2:
        return None
    previous = _unquoted_start(people, back - 1)
    if "\n" in text[back:start] and not _lead(text, previous):
        return None
    mentions = [
        (at, p)
        for at, p in people.names.narrated + people.names.speakers
        if previous <= at < position
        and not p.organisation
        and not _place_at(text, at, p)
        # "Reacting to a comment by X, the American said": one the subject answers
        and not (at >= start and _object_at(text, start, at, position))
    ]
    named = {id(p): p for _, p in mentions}
    person = (
        next(iter(named.values()))
        if len(named) == 1
        else _one_speaker(people, mentions, previous, start)
    )
    if person is None:
        return None
    acts = any(
        p is person and previous <= at < start
        for at, p in people.names.subjects + people.names.speakers
    )
    if (
        not acts
        or GENDERED_NOUNS.get(head) not in {None, person.gender}
        # "Agassi beat Chilean Nicolas Massu": not "the American"
        or (origin and other_origin(text, person, head))
    ):
        return None
    return person


def _one_speaker(
    people: People, mentions: list[tuple[int, Person]], previous: int, start: int
) -> Person | None:
    """Return the one speaker of the sentence from `previous` to `start` when everyone else
    named up to the description is named after that speaker, in what they said ("And Agassi
    said Melzer was an example ..."), or None."""
    spoke = {id(p): p for at, p in people.names.speakers if previous <= at < start}
    if len(spoke) != 1:
        return None
    (speaker,) = spoke.values()
    first = min((at for at, p in mentions if p is speaker), default=None)
    if first is None:  # the speaker is not named before the description: nothing to compare
        return None
    if any(p is not speaker and (at < first or at >= start) for at, p in mentions):
        return None
    others = [at for at, p in mentions if p is not speaker]
    between = people.text[first : min(others, default=start)].split()
    # "X said Y was ...": Y in what X said; not "X then praised Y" (Y is whom X judged)
    if others and not any(speech_verb(w) and w not in QUOTING for w in between):
        return None
    return speaker


def _object_at(text: str, start: int, at: int, position: int) -> bool:
    """Return True when the name at `at` follows a preposition in an opening phrase of the
    sentence starting at `start` ("Reacting to a comment by All England Club chairman X, the
    ..."): past the capitalised words and role nouns before the name, a preposition within
    three words, and a comma between the name and `position`."""
    before = text[start:at].split()
    while before and (before[-1][:1].isupper() or before[-1].casefold() in _ROLES):
        before.pop()
    return (
        any(w.casefold() in OBJECT_PREPOSITIONS for w in before[-3:])
        and "," not in " ".join(before[-3:])
        and "," in text[at:position]
    )


def _unquoted_start(people: People, position: int) -> int:
    """Return where the sentence holding `position` starts, one a quote holds taken whole."""
    start = sentence_start(people.text, position)
    while inside(people.names.quoted, start):
        opening = max(q0 for q0, _ in people.names.quoted if q0 < start)
        start = sentence_start(people.text, opening)
    return start


def _place_at(text: str, at: int, person: Person) -> bool:
    """Return True when the mention at `at` is a country's name ("the France pack" read as
    the "Stade de France" named later), not a person."""
    word = _WORD.match(text, at)
    return person.gender is None and word is not None and is_place(word.group())


def _lead(text: str, position: int) -> bool:
    """Return True when `position` is in the article's first paragraph of prose: every line
    before it is a heading (no sentence end)."""
    paragraph = text.rfind("\n", 0, position) + 1
    return not any(
        line.rstrip()[-1:] in PROSE_END for line in text[:paragraph].splitlines() if line.strip()
    )


def told_apart(text: str, name: str, phrase: str, position: int) -> bool:
    """Return True when the article wrote `phrase` ("the prime minister") as someone other
    than `name`, in one sentence with them since the paragraph before ("Howard says it is the
    prime minister who ... The prime minister claims": not Howard): a verb between them, not an
    apposition ("Blair, the prime minister,", "the Bishop of Durham, Tom Wright")."""
    key, surname = phrase.casefold(), name.split()[-1]
    if not key.startswith("the ") or len(key.split()) < 2:
        return False
    paragraph = text.rfind("\n", 0, position)
    start = text.rfind("\n", 0, max(0, paragraph)) + 1
    lowered = text.casefold()
    at = lowered.find(key, start, position)
    while at >= 0:
        sentence = sentence_start(text, at)
        stop = _SENTENCE_END.search(text, at)
        end = stop.start() if stop else len(text)
        for named in _WORD.finditer(text, sentence, min(end, position)):
            if named.group() == surname:
                gap = text[min(at + len(key), named.end()) : max(at, named.start())].split()
                if finite_verbs(gap):  # not "the Bishop of Durham, the Rt Rev Tom Wright"
                    return True
        at = lowered.find(key, at + len(key), position)
    return False
