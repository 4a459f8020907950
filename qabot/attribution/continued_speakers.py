"""Continued speakers: whom a pronoun before a cue that answers or goes on means (a step inside
`qabot.attribution.cue_reading`): "she replied" after "a reporter asked Ruiz, “...?”" is Ruiz;
"he added" after narration about someone else is the last speaker.

'Owen said: “...” Carlos made it 2-0. ... Victory took Real closer and Owen is confident. He
added: “...”': "added" goes on with what someone said before, so "he" is the last speaker, named
again since the man the pronoun would otherwise mean (a subject who never spoke) was last named.
"""

from __future__ import annotations

from bisect import bisect_left

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution
from qabot.attribution.references import section_of
from qabot.text.lexicon import is_capitalised

# cue verbs that go on with words someone said before
GOING_ON = frozenset("added adds continued continues".split())


def _position(item: tuple[int, Person]) -> int:
    return item[0]


def continued_speaker(people: People, person: Person | None, position: int) -> Person | None:
    """Return the last speaker before `position` instead of `person` (whom "he/she added"
    would mean) when `person` never spoke before, is not named in the sentence before, and the
    last speaker is of the same gender and was named again after `person` was last named, in
    the same section."""
    if person is None or person.organisation or person.gender is None:
        return person
    section = section_of(people, position)
    end = bisect_left(people.names.speakers, position, key=_position)
    if end <= bisect_left(
        people.names.speakers, section, key=_position
    ) or people.names.spoke_between(person, section, position):
        return person
    last = people.names.speakers[end - 1][1]
    if last.organisation or last.gender != person.gender:
        return person
    # looked up by person: a long article's every "he added" does not read all its names
    latest = max(people.names.narrated_between(person, section, position), default=-1)
    if latest < 0 or not people.names.narrated_between(last, latest + 1, position):
        return person
    # "Keeper X echoed Y's sentiments. “...,” he added": the sentence before is about him
    start = sentence_start(people.text, position)
    if latest >= sentence_start(people.text, max(0, len(people.text[:start].rstrip()) - 1)):
        return person
    return last


def replier(people: People, asking: Attribution | None, person: Person | None) -> Person | None:
    """Return who "she replied" means after "a reporter asked Ruiz, “...?”": Ruiz, the person
    asked, when the pronoun would give the reply to the one who asked (`asking`)."""
    if asking is None or asking.speaker is not person:
        return person
    asked = asking.cue.split(maxsplit=1)
    if len(asked) < 2 or asked[0] not in {"asked", "asks"} or not is_capitalised(asked[1]):
        return person
    named = people.names.link(asked[1])
    wanted = person.gender if person is not None else None
    fits = wanted is None or named.gender in {None, wanted}  # "a reporter asked Ruiz": she
    return named if fits and not named.organisation else person
