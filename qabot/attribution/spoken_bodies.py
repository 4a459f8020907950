"""Spoken bodies: which body a speaker phrase that names none means (a step inside
`qabot.attribution.descriptions` and `qabot.attribution.speaker_reading`).

"a spokesperson for the union" speaks for the union named before ("the Harbour Workers
Union"); "It added" opening a sentence means the body the sentence before was about ("The
company also unveiled plans ... It added"), not a body named in between. People are
`qabot.attribution.descriptions`' part.
"""

from __future__ import annotations

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.phrase_shapes import ORGANISATION_NOUNS
from qabot.attribution.sentence_subjects import subject_words
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.speaker_words import is_group
from qabot.text.lexicon import ORGANISATION_WORDS, PERSON_NOUNS, SPOKESPEOPLE
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import lazy

_QUOTE_MARKS = '"“”'


def voiced_body(people: People, words: list[str], position: int) -> Person | None:
    """Return the body "a spokesperson for the union" speaks for: the latest one named before
    whose name ends in that noun ("the Harbour Workers Union"), or None."""
    keys = [w.casefold() for w in words]
    if not (
        len(keys) >= 4
        and keys[-4] in SPOKESPEOPLE
        and keys[-3] in {"for", "of", "at"}
        and keys[-2] == "the"
        and keys[-1] in ORGANISATION_WORDS
    ):
        return None
    named = [
        p
        for at, p in people.names.mentions + people.names.speakers
        if at < position and p.name.split()[-1].casefold() == keys[-1] and " " in p.name
    ]
    return named[-1] if named else None


def _subject_before(text: str, position: int) -> tuple[int, list[str]] | None:
    """Return (start, subject words) of the sentence before the one holding `position`, when
    it is in the same paragraph, holds no quote mark and has a verb after its subject (what
    "it" may mean: the body that sentence is about), else None."""
    start = sentence_start(text, position)
    paragraph = text.rfind("\n", 0, position) + 1
    if start <= paragraph + 1:
        return None
    previous = sentence_start(text, start - 2)
    if previous < paragraph or any(m in text[previous:start] for m in _QUOTE_MARKS):
        return None
    words, verb = subject_words(text, previous, start)
    return None if verb is None else (previous, words)


def body_subject_before(people: People, position: int) -> tuple[int, list[str]] | None:
    """Return (position, words) of the body described as the subject of the sentence before,
    in the same paragraph, when "It" at `position` opens its sentence ("The company also
    unveiled plans ... It added that ...": the company, not a body named in between), else
    None."""
    if people.text[sentence_start(people.text, position) : position].strip():
        return None  # "It" must open its sentence
    before = _subject_before(people.text, position)
    if before is None:
        return None
    previous, words = before
    if len(words) not in (2, 3) or words[0] != "The":
        return None
    head = words[-1]
    if not (
        head.isalpha()
        and head.islower()
        and not head.endswith("s")
        and head not in PERSON_NOUNS
        and (len(words) == 2 or words[1].islower() or words[1].isupper())
        and can_speak(words)
    ):
        # a person is no "it"; "The company's plans": a thing; "The Acme announcement": Acme
        return None
    return previous, words


def named_body_before(people: People, position: int) -> tuple[int, Person] | None:
    """Return (position, body) of the body named as the subject of the sentence before the
    one holding `position`, in the same paragraph ("The Acme Dam Corp could face a fine. Last
    week, it denied ...": Acme Dam Corp, not a paper that spoke of it before): capitalised
    words a body's word makes one ("Corp", "Bank", "Council"), else None."""
    before = _subject_before(people.text, position)
    if before is None:
        return None
    previous, words = before
    name = words[1:] if words[:1] == ["The"] else words
    if not name or not all(w[:1].isupper() for w in name):
        return None
    joined = " ".join(name)
    if not is_group(joined) or is_place(name[-1]):
        return None  # "The Xiluodu Dam could ...": a thing, no body
    return previous, people.names.link(joined, organisation=True)


_FOCUS = lazy(r"(?:Even|Only|Now|Also)\s+(?=[a-z])")


def body_subject_here(people: People, position: int) -> tuple[int, Person] | None:
    """Return (position, body) of the body named as the subject of the sentence holding "it"
    at `position`, before it ("Sports car maker Acme has cut jobs, although it insists ...":
    Acme, not a body of the sentence before): a name a body's word makes one ("Acme Motors")
    or one a noun of what it is introduces ("car maker Acme"), else None."""
    start = sentence_start(people.text, position)
    focus = _FOCUS.match(people.text, start)  # "Even car maker Acme may ...": the maker
    words, verb = subject_words(people.text, focus.end() if focus else start, position)
    if verb is None or not words:
        return None
    cut = len(words)
    while cut and words[cut - 1][:1].isupper() and words[cut - 1].isalpha():
        cut -= 1
    name, before = words[cut:], [w.casefold() for w in words[:cut]]
    joined = " ".join(name[1:] if name[:1] == ["The"] else name)
    if not joined or is_place(name[-1]):
        return None
    if before in ([], ["the"]) and not is_group(joined):
        return None  # "Acme has ...": a name no body's word makes a body's
    if before not in ([], ["the"]) and before[-1] not in ORGANISATION_NOUNS:
        return None  # "car maker Acme": what it is introduces it
    return start, people.names.link(joined, organisation=True)
