"""Asked questions: where the question a speaker put to someone starts ("Jo Ruiz asked the
mayor whether the plan was legal", "asked him how"), a step of `qabot.attribution.cue_spans`.

The one asked stands between the cue and the question: an object pronoun or a short noun
phrase with no verb, preposition or comma in it; the question is what the asker said.
"""

from __future__ import annotations

import re

from qabot.attribution.cues import ASKED_WHAT
from qabot.text.patterns import lazy

# the one asked: "him", "the mayor", "officials", "Sen. Ann Lee", "The Huffington Post's critic"
_ASKED_ONE = lazy(
    r"\s+(?P<whom>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?=(?:"
    + "|".join(sorted(ASKED_WHAT))
    + r")\s)"
)
# words that are no part of the one asked: a verb, a preposition or particle, a clause's word
_NOT_WHOM = frozenset(
    """about for on in at after before during to by from with over out around again also then
and or but that which who whom is are was were be been has have had will would could should
can may might must did does do not never it this there questions question aloud""".split()
)


def question_after_whom(masked: str, position: int, end: int) -> int | None:
    """Return where the question starts after the one asked ("asked the mayor whether ...":
    at "whether"), or None when no one asked stands before a question word."""
    found = _ASKED_ONE.match(masked, position, end)
    if found is None:
        return None
    words = found.group("whom").split()
    if any(
        w.casefold() in _NOT_WHOM
        or w.casefold() in ASKED_WHAT
        or (w.islower() and w.endswith("ly"))
        for w in words
    ):  # "asked about it when ...", "wondered aloud whether", "asked repeatedly if"
        return None
    if any(not re.fullmatch(r"[\w'’.-]*[^\W\d_][\w'’.-]*", w) for w in words):
        return None  # "he asked -- what ...", "asked 801 adults if": no one named
    return found.end()


def put_question(text: str, start: int) -> bool:
    """Return True when the words recorded at `start` are a question put to someone ("if she
    would run", "whether the plan was legal"): the next quote answers it, and is not the
    asker's."""
    first = text[start : start + 12].split()[:1]
    return bool(first) and first[0].casefold() in ASKED_WHAT


def question_end(masked: str, start: int, end: int) -> int:
    """Return where a question put to someone ends: before a colon or a comma and a verb of
    the main clause ("When a pupil asked him how they would tackle it, began his reply with
    the quip: “...”": the quip is the answer's)."""
    found = _QUESTION_BREAK.search(masked, start, end)
    return found.start() if found else end


# a colon, or a comma and a past-tense verb, after a question: the main clause goes on
_QUESTION_BREAK = lazy(r":|,\s+(?:[a-z]+ed|began|said|told|gave|made|took|went|came)\b")
