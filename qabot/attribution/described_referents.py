"""Described referents: whether "he" or "she" may mean someone the sentence before describes
("the prime minister", "the Swiss star") rather than the person last named (a step of
`qabot.attribution.references.referent`, beside `qabot.attribution.gendered_referents`).
"""

from __future__ import annotations

import re

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.name_clues import inside
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.text.lexicon import GENDERED_NOUNS, PERSON_NOUNS, TITLE_ABBREVIATIONS
from qabot.text.patterns import lazy

# a definite description of one person in narration: "the prime minister", "the Swiss star"
# (its noun among the three words after "the", a whole word: not "the minister's aide"), and
# the two words after it
_DESCRIBED = lazy(r"\b[Tt]he(?=((?:[^\S\n]+[\w'’-]+){1,5}))")
# a title's full stop, which ends no sentence ("Mr. Obama"), ending what it is searched in
_TITLE_STOP = lazy(r"\b(?:" + "|".join(a.title() for a in sorted(TITLE_ABBREVIATIONS)) + r")\.\Z")
_TITLE_STOP_CHARS = max(map(len, TITLE_ABBREVIATIONS)) + 1
_NEAR = 60  # how far from a mention of a person a word of their role is written
# what follows a description that acts or speaks: "the Swiss star is", "the minister to say"
_ACTING = frozenset("is was has had will would said says told added".split())
_TO_SPEAK = frozenset("say speak tell comment respond answer explain".split())


def described_since(
    people: People, person: Person, gender: str, position: int, paragraph: int = 0
) -> bool:
    """Tell whether "he" or "she" at `position` may mean someone the sentence before describes
    rather than `person`, whom it does not name: a definite description of one person of that
    gender, no role of `person`'s, who speaks there ("The pressure prompted the prime minister
    to say ... He told MPs") or acts after another name that may be theirs ("According to the
    players and Federer himself, the Swiss star is in a league of his own. “...,” he said"), or
    before the pronoun's paragraph (from `paragraph` on), which does not name `person`."""
    end = sentence_start(people.text, position)
    if paragraph < end and not people.names.named_between(
        person, paragraph, position
    ):  # "... the Swiss star is. “...” ... “...,” he said": still unsure
        return _described_before(people, person, gender, position, end) or (
            _described_before(people, person, gender, position, paragraph)
        )
    return _described_before(people, person, gender, position, end)


def _after_title(text: str, start: int) -> bool:
    """Return True when the text before `start` (or before a line break ending it) ends with a
    title's full stop and white space: read back, not searched for from the text's start."""
    for end in (start, start - 1) if text[start - 1 : start] == "\n" else (start,):
        stop = end
        while stop > 0 and text[stop - 1] != "\n" and text[stop - 1].isspace():
            stop -= 1
        if stop < end and _TITLE_STOP.search(text, max(0, stop - _TITLE_STOP_CHARS), stop):
            return True
    return False


def _described_before(
    people: People, person: Person, gender: str, position: int, end: int
) -> bool:
    """Tell whether the sentence ending at `end` describes someone else "he" or "she" at
    `position` may mean (see `described_since`)."""
    text = people.text
    back = len(text[:end].rstrip())
    if back < 2:
        return False
    start = sentence_start(text, back - 1)
    while start > 2 and _after_title(text, start):
        start = sentence_start(text, start - 2)  # "In his speech, Mr. Obama argued": one
    seen = people.names.named_before(person, position)
    if not seen or max(seen) >= start or person.name.split()[-1] in text[start:back]:
        return False  # named in the sentence before ("Mr. Obama argued"): "he" goes on
    others = [
        at
        for at, p in people.names.mentions_between(start, back)
        if p is not person and not p.organisation and p.gender in {gender, None}
    ]
    for match in _DESCRIBED.finditer(text, start, back):
        words = match.group(1).split()
        index = next((i for i, w in enumerate(words[:3]) if w in PERSON_NOUNS), None)
        if index is None:
            continue
        after = words[index + 1 : index + 3]
        speaks = after[:1] == ["to"] and after[1:2] != [] and after[1] in _TO_SPEAK
        noun = words[index]
        if (
            # "According to X himself, the star is": X named before may be the one described
            (
                speaks
                or (
                    after[:1] != []
                    and after[0] in _ACTING
                    and min(others, default=back) < match.start()
                )
            )
            and GENDERED_NOUNS.get(noun) in {gender, None}
            and not inside(people.names.quoted, match.start())
            and not _role_of(people, person, noun, seen, position)
        ):
            return True
    return False


def _role_of(people: People, person: Person, noun: str, seen: list[int], position: int) -> bool:
    """Return whether the article gives `person` the role `noun` before `position`: noted with
    them, or written within a few words of a mention of them ("Tony Blair ... the prime
    minister")."""
    if any(p is person and noun in words and at < position for words, p, at in people.names.roles):
        return True
    pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    text = people.text
    return any(pattern.search(text, max(0, at - _NEAR), at + _NEAR) for at in seen)
