"""Described subjects: whom "the <noun>" means right after a sentence about one person (inside
`qabot.attribution.descriptions`).

'Amor ... was delighted with his award. “...,” said the Gloucester fly-half.': the sentence
before names one person, as its subject or speaker, and no one else; the description is a noun
for one person ("fly-half", "striker", "the 34-year-old"), so it is them. Across a paragraph
only from the article's lead ("Adam Jones says the forwards ... ¶ The prop said: “...”"): the
last sentence of a later paragraph may be about someone the next does not go on with.
"""

from __future__ import annotations

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.name_clues import inside
from qabot.attribution.names import People
from qabot.attribution.origin_descriptions import AGED
from qabot.attribution.persons import Person
from qabot.attribution.sentence_roles import PROSE_END
from qabot.attribution.spokespeople import SPOKESPEOPLE
from qabot.text.lexicon import GENDERED_NOUNS, PERSON_NOUNS, PLAYER_NOUNS
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import lazy

# nouns for one person a description may end with; a spokesman speaks for someone else
_ONE_PERSON = (PERSON_NOUNS | PLAYER_NOUNS) - SPOKESPEOPLE
_WORD = lazy(r"[A-Z][\w'’-]*")


def described_subject(people: People, words: list[str], position: int) -> Person | None:
    """Return the one person the sentence before `position` names, as its subject or speaker,
    when `words` ("the Gloucester fly-half") describe one person and that sentence names no
    one else, or None."""
    head = words[-1].casefold()
    if (
        len(words) < 2
        or words[0].casefold() != "the"
        or not (head in _ONE_PERSON or AGED.fullmatch(head))
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
    named = {
        id(p): p
        for at, p in people.narrated + people.speakers
        if previous <= at < position and not p.organisation and not _place_at(text, at, p)
    }
    if len(named) != 1:
        return None
    (person,) = named.values()
    acts = any(
        p is person and previous <= at < start for at, p in people.subjects + people.speakers
    )
    if not acts or GENDERED_NOUNS.get(head) not in {None, person.gender}:
        return None
    return person


def _unquoted_start(people: People, position: int) -> int:
    """Return where the sentence holding `position` starts, one a quote holds taken whole."""
    start = sentence_start(people.text, position)
    while inside(people.quoted, start):
        opening = max(q0 for q0, _ in people.quoted if q0 < start)
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
