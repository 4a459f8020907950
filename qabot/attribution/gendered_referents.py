"""Gendered referents: whom "he" or "she" means instead of someone of unknown gender, the
candidate `qabot.attribution.references.referent` found first.

A first name the lexicon does not know leaves a person's gender unknown ("Rover", a firm that
spoke before, or "Sam Lee"); when the paragraph of the pronoun introduces a man or a woman
since, "he" or "she" is more likely them; after a man or woman who spoke, only one introduced
in a clause of their own (not the object of the speaker's own sentence). Whether a description
in the sentence before may be meant instead is `qabot.attribution.described_referents`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.text.lexicon import (
    PERSON_NOUNS,
    UNNAMED_PEOPLE,
)
from qabot.text.patterns import lazy


def _position(item: tuple[int, Person]) -> int:
    return item[0]


def introduced_since(
    people: People, unknown: Person, gender: str, paragraph: int, position: int
) -> Person | None:
    """Return the person of `gender` a "he" or "she" means rather than `unknown`, the first
    candidate named before: one introduced with a role in apposition after `unknown`'s last
    mention, in an earlier sentence of the pronoun's paragraph ("Staunton is the choice of
    Steven Gaydos, executive editor of Variety. But he tipped Swank ..."), or None."""
    sentence = sentence_start(people.text, position)
    end = bisect_left(people.names.mentions, sentence, key=_position)
    start = bisect_left(people.names.mentions, paragraph, key=_position)
    mentions = people.names.mentions[start:end]
    for index in range(len(mentions) - 1, -1, -1):
        at, person = mentions[index]
        if person is unknown:
            return None
        apposed = _APPOSED.match(people.text, at)
        if (
            person.gender == gender
            and not person.organisation
            and apposed is not None
            and not PERSON_NOUNS.isdisjoint(apposed.group("role").casefold().split())
            # the one of unknown gender is named before, in the same paragraph (one whose
            # gender is known, in an earlier sentence: "Trump accused Cruz, the senator from
            # Texas, of ... Then he" is still Trump)
            and any(
                p is unknown
                and (unknown.gender is None or before < sentence_start(people.text, at))
                for before, p in mentions[:index]
            )
            # ... and, after a man or woman who spoke, opens a clause of its own: in "He
            # praised John Smith, the minister, ..." or "Blair met John Smith, the minister"
            # the one who spoke is still the subject
            and (unknown.gender is None or not _subject_before(people.text, at, unknown))
        ):
            return person
    return None


def _subject_before(text: str, at: int, unknown: Person) -> bool:
    """Return whether the sentence holding `at` names `unknown` or a pronoun before it."""
    before = text[sentence_start(text, at) : at].casefold().split()
    words = {w.strip(",;:'\"“”‘’") for w in before}
    return bool(words & _SUBJECT_PRONOUNS) or unknown.name.split()[-1].casefold() in words


_SUBJECT_PRONOUNS = frozenset("he she they".split())


# a name, then a role in apposition: "Steven Gaydos, executive editor of", "Jo Ray, a nurse",
# "Cardinal X, the Archbishop of Westminster"
_APPOSED = lazy(
    r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,3},[^\S\n]+(?:the |a |an )?"
    r"(?P<role>[A-Za-z][\w-]*(?:[^\S\n]+[A-Za-z][\w-]*){0,3})"
)


def sentence_start(text: str, position: int) -> int:
    """Return where the sentence holding `position` starts (after its line or a full stop)."""
    start = text.rfind("\n", 0, position) + 1
    for stop in ". ", "? ", "! ", '." ', ".” ", "?” ", "!” ":
        at = text.rfind(stop, start, position)
        if at >= 0:
            start = max(start, at + len(stop))
    return start


def named_in_paragraph(
    people: People, unknown: Person, gender: str, paragraph: int, position: int
) -> Person | None:
    """Return the person of `gender` a "he" or "she" means rather than `unknown`, someone of
    unknown gender the pronoun's paragraph does not name: the latest person of that gender
    the paragraph names before the pronoun as a clause's subject ("Rover said ..." a paragraph
    before, then "Union leader Tom Price repeated his view. He said ...": Price), or None."""
    start = bisect_left(people.names.narrated, paragraph, key=_position)
    end = bisect_left(people.names.narrated, position, key=_position)
    named = people.names.narrated[start:end]
    spoke = people.names.speakers[
        bisect_left(people.names.speakers, paragraph, key=_position) : bisect_left(
            people.names.speakers, position, key=_position
        )
    ]
    if any(p is unknown for _, p in named + spoke):
        return None
    fitting = [
        p
        for at, p in named
        if p.gender == gender and not p.organisation and _ACTS.match(people.text, at)
    ]
    return fitting[-1] if fitting else None


# a name followed by its verb: the subject of a clause ("Tom Price repeated", not "the film
# starring Tom Price as", "next to Mr Price he added", "criticism from Tom Price, he said")
_ACTS = lazy(
    r"(?:[A-Z][\w'’.-]*[^\S\n]+){0,3}[A-Z][\w'’-]*[^\S\n]+(?:[a-z]+ly[^\S\n]+)?"
    r"(?:[a-z]{3,}ed|has|had|was|is|says|said|told|will|would)\b"
)


def guessed_speaker(
    people: People, candidates: list[Person], gender: str, position: int
) -> Person | None:
    """Return whom "he" or "she" at `position` means when no one of that gender is named
    before: the nearest person, when only a role noun written of either gave them the other
    gender and they spoke in the sentence before, no one else named since ("Union chairman
    Jan Berry said ... “...,” she said": Berry), or None."""
    person = next((p for p in candidates if not p.organisation), None)
    if person is None or not person.guessed or person.gender == gender:
        return None
    text = people.text
    back = len(text[: sentence_start(text, position)].rstrip())
    if back < 2:
        return None
    previous = sentence_start(text, back - 1)
    spoke = [
        at
        for at, p in people.names.speakers[
            : bisect_left(people.names.speakers, position, key=_position)
        ]
        if p is person and at >= previous
    ]
    named = [
        p
        for seen in (people.names.mentions, people.names.speakers)
        for at, p in seen[: bisect_left(seen, position, key=_position)]
        if spoke and at >= min(spoke) and not p.organisation
    ]
    if not spoke or any(p is not person for p in named):
        return None
    if unnamed_since(people, person, gender, position):
        return None
    return person


# a sentence opening with an unnamed man or woman, up to two words before the noun ("The man
# in red shorts led", "A young woman said"); the noun ends a word ("The girl's father" is not)
_UNNAMED_OPENING = lazy(
    r"(?:^|\n|[.!?][\"”’']?[^\S\n]+)(?:The|A|An)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}?"
    r"(?P<noun>[a-z]+)(?!['’\w-])(?P<after>[^\S\n]*,?[^\S\n]*\S?)"
)


def unnamed_since(people: People, person: Person, gender: str, position: int) -> bool:
    """Tell whether "he" or "she" at `position` may mean an unnamed man or woman rather than
    `person`: a sentence since `person` was last named opens with one ("The man in red shorts
    led staff on. In the video, he says ..."), and the article met them before it named
    `person` ("A man came in ... The owner's son, Ivo Lane, ..."). A description of `person`
    themselves ("The actress dropped out") names no one new."""
    named = people.names.named_before(person, position)
    if not named:
        return False
    first, last = min(named), max(named)
    for match in _UNNAMED_OPENING.finditer(people.text, last, position):
        noun = match["noun"]
        if (
            UNNAMED_PEOPLE.get(noun) == gender
            and not match["after"][-1:].isupper()  # "The man, Tom Price, said" names him
            and _met(noun).search(people.text, 0, first)
        ):
            return True
    return False


@cache
def _met(noun: str) -> re.Pattern[str]:
    """Return the pattern of an unnamed man or woman met in the text ("a man", "the young
    woman"), compiled once per noun of UNNAMED_PEOPLE."""
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}?{noun}\b")
