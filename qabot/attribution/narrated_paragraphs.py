"""Narrated paragraphs: a paragraph of narration about the last speaker, with their words in it.

Part of quote attribution (`qabot.attribution.uncued_quotes`): a profile goes on from one
paragraph of someone's words to the next in the writer's voice, their quotes set among the
narration with no cue ('... said Costin. “...” / He then moved to crutches for six weeks.
“Walking without them felt like real progress for me.”'). Such a quote is the last speaker's
when nothing in the paragraph before it could make it anyone else's: no cue, no other quote,
no other person as the subject of a sentence; and it speaks in the first person, as a
speaker's own words do (a slogan, a title or a document's words do not).
"""

from __future__ import annotations

from qabot.attribution.cues import CUE
from qabot.attribution.names import People
from qabot.attribution.participle_speakers import is_named_person
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK
from qabot.attribution.role_vocabulary import PERSONAL
from qabot.attribution.sentence_subjects import subject_words
from qabot.attribution.speaker_reading import interpret
from qabot.attribution.speaker_words import singular
from qabot.text.lexicon import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    GENDERED_PRONOUNS,
    OCCUPATIONS,
)
from qabot.text.patterns import lazy

# nouns of a person, known ones ("doctor", "coach", "witness")
_PERSONS = PERSONAL | OCCUPATIONS
# words in which a speaker talks of themselves or their side
_FIRST_PERSON = lazy(rf"\b(?:{FIRST_PERSON_SINGULAR}|{FIRST_PERSON_PLURAL})\b")


def narrated_speaker(
    people: People,
    masked: str,
    start: int,
    sentences: list[tuple[int, int]],
    q0: int,
    inner: str,
    previous: Attribution,
) -> Attribution | None:
    """Return `previous` (the last paragraph's speaker) for a quote at `q0` of a paragraph
    (masked, at `start` in the text) whose narration before it has no cue, no quote and no
    other person as a subject; None when anything there could make the words another's."""
    if not is_named_person(people, previous.speaker) or not _FIRST_PERSON.search(inner):
        return None
    narration = masked[:q0]
    if not narration.strip() or MASK in narration or CUE.search(narration):
        return None
    for s0, s1 in sentences:
        if s0 >= q0:
            break
        words, verb = subject_words(masked, s0, min(s1, q0))
        person = interpret(people, words, start + s0) if words and verb else None
        if person is not None and person is not previous.speaker:
            return None  # "Smith was convicted. “I ...”": Smith is the one talked of now
        if person is None and _someone_else(words, previous.speaker.gender):
            return None  # "Then the doctor arrived. “I ...”", "He ..." after a woman's words
    return previous


def _someone_else(words: list[str], gender: str | None) -> bool:
    """Return True when the opening words of a sentence, in which no one was read, may tell
    of another person than the last speaker, of `gender`: a noun of a person ("the doctor",
    "her coach") or a pronoun of the other gender ("He" after a woman's words, "His reply")."""
    keys = [w.casefold().strip(".,;:!?") for w in words]
    if any(k in _PERSONS or singular(k) in _PERSONS for k in keys):
        return True
    said = {GENDERED_PRONOUNS[k] for k in keys if k in GENDERED_PRONOUNS}
    return bool(gender) and any(g != gender for g in said)
