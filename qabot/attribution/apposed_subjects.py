"""Apposed subjects: a person's name opening a sentence, set apart from its cue by a description
("Martin Scorsese, whose film The Aviator won, said", "Lady Hale, sitting with Lords Bingham and
Steyn, said", "Colin Asplin, Hotel Association said"), inside `qabot.attribution.cue_reading`.

The phrase just before the cue is then a name or a body inside the description, never the
speaker: the name the sentence opens with speaks. A list of names ("Ann Lee, Jo Ray and Bo Ek
said") is no description; nor is a clause with a verb of its own ("Jo Ray, Acme has said").
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.opening_phrases import opening_phrase
from qabot.attribution.phrase_shapes import is_name_run
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.text.lexicon import ORGANISATION_WORDS
from qabot.text.patterns import lazy

# "[However, ]Martin Scorsese, <description>[,] " ending right before the cue
_APPOSED = lazy(
    r"\s*(?:(?P<lead>[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}),\s+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*),\s+"
    r"(?P<aside>[^;:]{3,240}?),?\s*$"
)
# words a description in apposition opens with: a relative clause, a participle, "of", or the
# determiner of a role ("a former mayor of Nice")
_DESCRIPTION_OPENERS = frozenset(
    "who whose whom a an the his her their of from at with sitting speaking writing".split()
)
_ASIDE_WORDS = 40  # words of a description past which a phrase is read as it was


def apposed_subject(left: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of the name opening `left` (the words before a cue) when a
    description in apposition follows it up to the cue, or None."""
    match = _APPOSED.fullmatch(left)
    if match is None:
        return None
    lead, aside = match.group("lead"), match.group("aside")
    words = aside.split()
    if (
        (lead is not None and not opening_phrase(lead))
        or not is_name_run(match.group("name").split())
        or len(words) > _ASIDE_WORDS
        or MASK in aside
        or any(mark in aside for mark in QUOTE_MARKS)
        or not _description(words, left.rstrip().endswith(","))
    ):
        return None
    return match.start("name"), match.group("name").split()


def _description(words: list[str], closed: bool) -> bool:
    """Return True when `words` describe the name before them: a relative clause, a
    participle, a role in lower case or after a determiner; or, with no comma closing them, a
    body's name ("Blackpool Hotel Association"). Never a clause of their own ("Acme has")."""
    first = words[0].casefold()
    if first in {"and", "or", "but", "nor"}:
        return False  # "Leading China-watcher, and founder of CGA Jo Ray, agreed": Jo Ray
    if first in {"who", "whose", "whom"}:
        return closed  # "X, who was hurt, said", not "X, who said" (read as it was)
    if finite_verbs(words):
        return False
    if first in _DESCRIPTION_OPENERS or first.endswith("ing"):
        return closed or first == "of"
    if words[0].islower() and words[0].isalpha():
        return closed  # "X, managing director of Acme, said"
    return not closed and words[-1].casefold() in ORGANISATION_WORDS
