"""Narration: who speaks a quote with no cue of its own after a sentence about someone.

Part of quote attribution (`qabot.attribution.quotes`): '... X told us. “...” Y, though, is keen
to ... “...”' gives the second quote to Y, someone already quoted whom the narration between the
two quotes is about. Anyone else the narration names ("Taylor looks certain to get the call")
does not take the quote.
"""

from __future__ import annotations

import re

from qabot.attribution.cues import CUE
from qabot.attribution.names import People
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK
from qabot.attribution.sentence_subjects import subject_words
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import name_key
from qabot.text.patterns import lazy

_ASIDE = lazy(r",\s*(?:though|however|meanwhile|too|in turn|for (?:his|her) part)\s*,")


def narrated(
    people: People,
    text: str,
    masked: str,
    start: int,
    sentences: list[tuple[int, int]],
    spans: list[tuple[int, int, bool]],
    prior: int,
    quote: tuple[int, int],
    attribution: Attribution,
) -> Attribution:
    """Return who speaks a quote with no cue of its own: the person a sentence of
    narration between it and the last attributed quote is about, when one is ("Ruddock,
    though, is keen to protect his players. “...”"), else `attribution`."""
    q0, q1 = quote
    # narration starts after the last quote before this one (attributed or not)
    after = max((q1 for a, q1, _ in spans if prior <= a and q1 <= q0), default=q0)
    for s0, s1 in reversed(sentences):
        s0, s1 = max(s0, after), min(s1, q0)
        if not masked[s0:s1].strip():
            if s1 <= after:
                break
            continue
        if MASK in masked[s0:s1] or CUE.search(masked, s0, s1):
            break  # a quote or a cue of its own: the quote goes with what came before
        # "Ruddock, though, is keen": the aside is not part of the subject
        plain = _ASIDE.sub(lambda m: " " * len(m.group()), masked[:s1])
        opening = len(plain[s0:s1]) - len(plain[s0:s1].lstrip(" \n\"”'’"))
        words, verb = subject_words(plain, s0 + opening, s1)
        person = interpret(people, words, start + s0) if words and verb else None
        surname = name_key(person.name)[1] if person is not None else ""
        if (
            person is not None
            and not person.organisation
            and person is not attribution.speaker
            # someone already quoted ("Ruddock told ..."), not anyone the narration is
            # about ("Taylor looks certain to get the call. “I took lessons ...”" is the
            # coach's), and not named in the words themselves
            and any(p is person for _, p in people.names.speakers)
            and surname not in _words_of(text[start + q0 : start + q1])
        ):
            return Attribution(person, "", (start + s0, start + s1))
        break
    return attribution


def _words_of(text: str) -> set[str]:
    """Return the case-folded words of `text`."""
    return {w.casefold() for w in re.findall(r"[\w'’-]+", text)}
