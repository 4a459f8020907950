"""Event dates: the sentences that tell when the thing a "when" question asks of happened.

Any date word makes a passage able to answer "when" (`figures.DATE`), and a story about the
event is full of them: "He added he would give new figures on the number of tsunami-related
deaths to the Commons on Monday" holds the question's word and a day, yet tells when figures
are given, on a Monday no reader can place. A sentence dates the event when it holds most of
the question's weight (the event's words: "tsunami", not only "happen") and a calendar date:
a year or a month ("the tsunami, which ravaged south and east Asia on 26 December"). Bare day
words (a weekday, "yesterday", "next week", a time of day) place nothing outside their story.
An event's word joined by a hyphen to another ("tsunami-hit countries", "tsunami-related
deaths") describes something else, whose date it is ("ahead of its meeting on 12 January"),
as does a word after "about", the topic of what is dated ("messages about the tsunami made
the hoax list during January").
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence

from qabot.records import Passage
from qabot.search.sentence_terms import sentences_with_terms
from qabot.text import tokenize
from qabot.text.figures import DATE
from qabot.text.lexicon import MONTHS
from qabot.text.patterns import lazy

# a sentence dates the event when it holds this share of the question's weight
EVENT_SHARE = 0.5
_CALENDAR_WORDS = frozenset(month.casefold() for month in MONTHS)
_JOINED = lazy(r"[^\W_]-[^\W_]")  # a word joined to another by a hyphen: "tsunami-hit"
_TOPIC = lazy(r"\babout\s+(?:the\s+|a\s+|an\s+)?\S+", re.IGNORECASE)  # "about the tsunami"
# month names that are also other words ("May I ask", "Brian May", "March on"): a month only
# beside a day or year, or after a word that places it in time ("in May", "since March")
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_MONTH_BEFORE = lazy(
    r"(?:\b(?:in|on|of|since|until|till|by|from|during|before|after|last|next|this|early|late"
    r"|mid|end|between|and|to|through)|\d(?:st|nd|rd|th)?)[\s-]+$",
    re.IGNORECASE,
)
_MONTH_AFTER = lazy(r"\s+\d")  # "May 3", "May 2005"


def calendar_date(sentence: str) -> bool:
    """Return whether `sentence` holds a date a reader can place: a year or a month's name
    (not a weekday, "yesterday", "last week" or a time of day)."""
    for found in DATE.finditer(sentence):
        word = found.group().casefold()
        if word.isdigit() or (word in _CALENDAR_WORDS and _a_month(sentence, found)):
            return True
    return False


def _a_month(sentence: str, found: re.Match[str]) -> bool:
    """Return whether the month name `found` is used as a month: "May" and "March" are also a
    verb and a surname, and count only beside a day or year or after a word of time."""
    if found.group().casefold() not in _AMBIGUOUS_MONTHS:
        return True
    before = sentence[max(0, found.start() - 12) : found.start()]
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(sentence, found.end()))


def holds_event(terms: Collection[str], weights: Mapping[str, float]) -> bool:
    """Return whether a sentence's `terms` hold EVENT_SHARE of the question's `weights`."""
    total = math.fsum(weight for weight in weights.values() if weight > 0)
    held = math.fsum(weights[term] for term in weights.keys() & set(terms) if weights[term] > 0)
    return total > 0 and held >= EVENT_SHARE * total


def dates_event_in(sentence: str, weights: Mapping[str, float]) -> bool:
    """Return whether `sentence` holds a calendar date and the question's event (most of its
    `weights`), in words of their own: not joined to another by a hyphen, nor a topic."""
    if not calendar_date(sentence):
        return False
    words = [word for word in _TOPIC.sub(" ", sentence).split() if not _JOINED.search(word)]
    return holds_event(tokenize(" ".join(words)), weights)


def dates_event(passage: Passage, weights: Mapping[str, float]) -> bool:
    """Return whether a sentence of `passage` holds the question's event and a calendar date."""
    text = passage.text
    return any(
        holds_event(terms, weights) and dates_event_in(text[start:end], weights)
        for start, end, terms in sentences_with_terms(passage)
    )


def dated_first(
    items: Sequence[tuple[Passage, float]], weights: Mapping[str, float]
) -> list[tuple[Passage, float]]:
    """Return `items` (passages that hold some date, for a "when" question of these `weights`)
    with those dating the event first, each part in its order; unchanged when none or all do."""
    marks = [dates_event(passage, weights) for passage, _ in items]
    if all(marks) or not any(marks):
        return list(items)
    first = [item for item, mark in zip(items, marks, strict=True) if mark]
    return first + [item for item, mark in zip(items, marks, strict=True) if not mark]
