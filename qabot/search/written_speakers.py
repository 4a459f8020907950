"""The speaker a "who said ...?" answer names, as the quote's own article writes them.

The directory gives each speaker one canonical name across the archive: a body for the
spokesman who spoke for it ("Darlington Council" for "A spokesman for Darlington Council said:
..."), the form of a name most articles use ("Christopher Leslie" where the story quoted says
"Chris Leslie"), a surname alone where a namesake keeps the full name apart ("Reid" for
'Antonio "LA" Reid, chairman of ..., said'). A reader asking who said something checks the
answer against the story: the first speaker is named as its sentence writes them, the body's
spokesperson by the phrase the article uses, a person by the fuller or other full form of the
same surname. The canonical name still serves follow-ups ("what else did he say?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qabot.attribution.speaker_genders import cue_gender
from qabot.search.quote_groups import QuoteHit
from qabot.text.lexicon import HONORIFICS, first_name_gender

_SPOKES = r"spokes(?:man|woman|person)"
# a quoted nickname inside a name ('Antonio "LA" Reid'), straight or curly marks
_NICKNAME = r"(?:[\"“][^\"”]{1,20}[\"”]\s+)?"


def written_speaker(hits: list[QuoteHit], sentences: Sequence[str] = ()) -> list[QuoteHit]:
    """Return `hits` with the first speaker named as the first quote's article writes them,
    where that is fuller than its canonical name; the others unchanged. `sentences` are the
    sentences attributing that speaker's other words in the story ('"...," he added.' tells no
    name: "A spokesman for Toho said ..." before it does)."""
    if not hits:
        return hits
    first = hits[0]
    person = first.speaker
    same_story = first.quote.article_id
    told = [first.quote.sentence, *sentences]
    gender = _gender_told(first, told)
    named = next((s for s in (_spokesperson(t, person) for t in told) if s), None) or next(
        (n for n in (_fuller(first.quote.speaker, t, person, gender) for t in told) if n), None
    )
    if named is None:
        return hits
    # only that story writes them so: another story's spokesman or lone "Reid" may be another
    return [
        replace(hit, speaker=named)
        if hit.speaker == person and hit.quote.article_id == same_story
        else hit
        for hit in hits
    ]


def _spokesperson(sentence: str, body: str) -> str | None:
    """Return the phrase of `sentence` naming a spokesperson of `body` ("A spokesman for the
    Department for Culture, Media and Sport", "a Five spokeswoman"), else None."""
    if "spokes" not in sentence or body not in sentence:
        return None  # both patterns need them written: most sentences spare compiling them
    name = re.escape(body)
    for pattern in (
        rf"\b(?:[Aa]n?|[Tt]he)\s+{_SPOKES}\s+for\s+(?:the\s+)?(?:[a-z]+\s+)?{name}(?![\w-])",
        rf"\b(?:[Aa]n?|[Tt]he)\s+{name}\s+{_SPOKES}\b",
    ):
        found = re.search(pattern, sentence)
        if found is not None:
            return found.group()
    return None


def _fuller(written: str, sentence: str, person: str, gender: str) -> str | None:
    """Return the name of `person` as the quote's article writes it: its own full form
    (`written`, "Chris Leslie" for "Christopher Leslie"), or for a surname alone a given name
    before it in `sentence` ('Antonio "LA" Reid') not of the other `gender`; else None."""
    words = person.split()
    if not words or written == person:
        return None if len(words) != 1 else _given_before(sentence, person, gender)
    if len(written.split()) >= max(2, len(words)) and _surname(written) == _surname(person):
        return written
    return _given_before(sentence, person, gender) if len(words) == 1 else None


def _given_before(sentence: str, surname: str, gender: str) -> str | None:
    """Return 'Given "Nick" Surname' when `sentence` writes a known first name (and maybe a
    quoted nickname or a middle name) right before the lone `surname`, one not of the other
    `gender` ("Mrs Howard, whose husband Michael Howard ..., said": not Michael)."""
    pattern = rf"\b([A-Z][a-z]+)\s+{_NICKNAME}(?:[A-Z][a-z]+\s+)?{re.escape(surname)}(?![\w-])"
    for found in re.finditer(pattern, sentence):
        given = first_name_gender(found.group(1))
        if given is not None and given == (gender or given):
            return found.group()
    return None


def _gender_told(first: QuoteHit, told: list[str]) -> str:
    """Return "m" or "f" when the story says what the first speaker is, by the honorific
    before their lone surname ("Mrs Howard") or the pronoun at the quote's cue ("she said"),
    and says one thing; else ""."""
    surname = first.speaker.split()
    if len(surname) != 1:
        return ""
    before = rf"\b(\w+)\.?\s+{re.escape(surname[0])}(?![\w-])"
    said = {cue_gender(first.quote)}
    for sentence in told:
        said.update(
            HONORIFICS.get(m.group(1).casefold()) or "" for m in re.finditer(before, sentence)
        )
    said.discard("")
    return said.pop() if len(said) == 1 else ""


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""
