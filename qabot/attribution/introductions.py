"""Introductions: a quote with no cue, given to the person the sentence before introduces.

Part of quote attribution (`qabot.attribution.quotes`): "Bolger's lawyer, Jeremy Robinson, had
a short statement. “...”" The rule is narrow on purpose (a named subject, a speech noun, no
quote of their own): a cue-less quote after a sentence about someone is otherwise no one's we
know ("Smith was convicted. “This is a just verdict.”" is not Smith's).
"""

from __future__ import annotations

from qabot.attribution.cues import CUE
from qabot.attribution.names import People
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK
from qabot.attribution.sentence_subjects import subject_words
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import SPEECH_NOUNS, name_key
from qabot.text.patterns import lazy

# "Bolger's lawyer, Jeremy Robinson, had ...": a role, then the name in apposition
_APPOSED_SUBJECT = lazy(r"[^,]{1,60},\s+[^,]{1,60},\s")
# "X was told ...", "X is expected to ...": the words that follow are not X's to give
_PASSIVE_MARKERS = frozenset("was were is are been being be".split())


def introducer_of(
    people: People, masked: str, base: int, sentences: list[tuple[int, int]], q0: int, q1: int
) -> Attribution | None:
    """Return who speaks a quote that opens its sentence with no cue, when the sentence
    just before is about a named person giving words ("Bolger's lawyer, X, had a short
    statement.", "X gave his verdict on the match."): a speech noun after the person, no
    quote of their own in it. Nothing else gives a cue-less quote to the person before."""
    before = [(a, b) for a, b in sentences if b <= q0 and not masked[b:q0].strip()]
    if not before or CUE.search(masked, q1, next((b for a, b in sentences if a == q0), q1)):
        return None
    s0, s1 = before[-1]
    sentence = masked[s0:s1]
    if MASK * 8 in sentence or CUE.search(sentence):
        return None
    words, verb = subject_words(masked, s0, s1)
    offset = 0
    if verb is None and (apposed := _APPOSED_SUBJECT.match(sentence)) is not None:
        found = speaker_before(apposed.group())  # "Bolger's lawyer, Jeremy Robinson,"
        if found is None or found[0] < 0:
            return None
        offset, words = found[0], found[1]
        verb = (
            sentence[apposed.end() :].split()[:1][0] if sentence[apposed.end() :].split() else None
        )
    if not words or verb is None or verb.casefold() in _PASSIVE_MARKERS:
        return None
    rest = [w.strip(".,;:").casefold() for w in sentence.split()[len(words) :]]
    noun = next((w for w in rest if w in SPEECH_NOUNS), None)
    if noun is None:
        return None
    person = interpret(people, words, base + s0 + offset)
    if person is None or person.organisation or not person.name[:1].isupper():
        return None
    if person not in people.names.by_surname.get(name_key(person.name)[1], []):
        return None
    return Attribution(person, noun, (base + s0, base + s1))
