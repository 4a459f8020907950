"""Counts first: among the passages that hold a figure for a "how many X ...?" question, those
where a number counts X ("575 million PCs", "100,000 MDAs sold") come before the others; for a
"how much ...?" question, those where a sum stands right before a word of it ("Britain's £3bn
EU rebate" for "how much is the uk's eu rebate worth").

The engine ranks a passage by the question's words wherever they stand; a passage that names
the subject often and gives a figure of something else ("178 million new PCs by 2010" for "how
many PCs are in use") outranked the one sentence that counts what was asked, in few of the
question's other words ("There are currently 575 million PCs in use globally"). The things
counted are the words after "how many" up to the first word that is not part of their phrase
(a verb, a stop word: "how many premium rate numbers has BT blocked": premium, rate, numbers);
a number counts one when that word is right after it or one word later
(`figure_counts.counts`). What "how much" asks the sum of is any word after it (less the words
that only ask for money: "cost", "worth"), which a sum of money written right before it
(`figures.MONEY`, then a word or two) is told of. For takings asked ("how much did X make /
take"), next come the passages with a sum in a sentence holding most of what is asked
(`sum_near`: "The Prisoner Of Azkaban took £11.5m" for "how much did the prisoner of azkaban
take"), before those whose figures stand apart from it (a list of films, "37.5% of Japan's box
office" in another sentence).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from qabot.records import Passage
from qabot.search.asked_sums import TAKINGS_VERBS, asks_money, holds_sum, takings_verb
from qabot.search.duplicates import held_terms
from qabot.search.event_dates import holds_event
from qabot.search.figure_counts import counted_phrase, counts
from qabot.search.sentence_terms import sentences_with_terms
from qabot.text import tokenize
from qabot.text.figures import MONEY, NUMBER
from qabot.text.patterns import LazyPattern, lazy

_HOW_MUCH = lazy(r"^\s*(?:by |for )?how much\s+(?P<words>.+)", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_][\w'’-]*|\S+")
# the word or two right after a sum ("£350m stadium", "£3bn EU rebate"), within its clause
_FOLLOWING = lazy(r"[^\w.;:]{1,3}([^\W\d_]+)(?:[^\w.;:]{1,2}([^\W\d_]+))?")
_AFTER_PHRASE = frozenset(
    "has have had is are was were be been do does did will would could can should might may "
    "must shall".split()
)
# words that ask for a sum, not what it is of ("how much money did X make", "... worth")
_ASKING_SUMS = frozenset(tokenize("money cost costing costs worth paid pay paying much"))
# the verbs of takings ("how much did X take"), which frame the question, not its subject
_TAKINGS_TERMS = frozenset(tokenize(TAKINGS_VERBS.replace("|", " ")))


def counted_terms(question: str) -> frozenset[str]:
    """Return the terms of the things a "how many" question counts (`counted_phrase`), or
    none."""
    return frozenset(tokenize(" ".join(counted_phrase(question))))


def summed_terms(question: str) -> frozenset[str]:
    """Return the terms of what a "how much" question asks the sum of, or none."""
    asked = _HOW_MUCH.match(question)
    if asked is None:
        return frozenset()
    return frozenset(tokenize(asked.group("words"))) - _ASKING_SUMS


def sums_first(question: str) -> bool:
    """Return whether `counting_first` puts the passages giving the sum `question` asks first:
    it asks how much of something."""
    return not counted_terms(question) and bool(summed_terms(question))


def counting(passage: Passage, counted: frozenset[str]) -> bool:
    """Return whether a number of `passage` counts one of the `counted` things."""
    return any(counts(text, found, counted) for text, found in _figures(passage, counted, NUMBER))


def summing(passage: Passage, asked: frozenset[str]) -> bool:
    """Return whether a sum of money in `passage` stands right before one of the `asked`
    terms."""
    for text, found in _figures(passage, asked, MONEY):
        following = _FOLLOWING.match(text, found.end())
        if following and any(
            asked.intersection(tokenize(word or "")) for word in following.groups()
        ):
            return True
    return False


def sum_near(passage: Passage, weights: Mapping[str, float], money: bool = False) -> bool:
    """Return whether a sentence of `passage` holding most of the question's `weights` (what
    is asked: `event_dates.holds_event`) gives a sum (money, or unless `money` alone is asked
    a share: `asked_sums.holds_sum`)."""
    text = passage.text
    return any(
        holds_event(terms, weights) and holds_sum(text[start:end], money)
        for start, end, terms in sentences_with_terms(passage)
    )


def _figures(
    passage: Passage, asked: frozenset[str], pattern: LazyPattern
) -> list[tuple[str, re.Match[str]]]:
    """Return the matches of `pattern` in the sentences of `passage` holding an `asked` term,
    each with the passage's text (most passages read hold none: one substring test a term)."""
    if not held_terms(passage, asked):
        return []
    text = passage.text
    return [
        (text, found)
        for start, end, terms in sentences_with_terms(passage)
        if not asked.isdisjoint(terms)
        for found in pattern.finditer(text, start, end)
    ]


def counting_first(
    items: Sequence[tuple[Passage, float]],
    question: str,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[Passage, float]]:
    """Return `items` with the passages counting what `question` counts (or giving the sum it
    asks) first, each part in its order; all of them unchanged when the question asks neither
    or none or all of them give it."""
    counted = counted_terms(question)
    summed = frozenset() if counted else summed_terms(question)
    if counted:
        marks = [0 if counting(passage, counted) else 1 for passage, _ in items]
    elif summed:
        # ... then a sum in a sentence holding most of what is asked (the verbs of takings and
        # the words asking a sum frame the question: "how much did the film take / cost")
        framing = _TAKINGS_TERMS | _ASKING_SUMS
        asked = {term: weight for term, weight in (weights or {}).items() if term not in framing}
        # (for takings alone: the verbs searched beside the words rank any film's takings, and
        # a list naming the film asked with no sum of it outranked the sentence giving its own)
        takings = takings_verb(question) is not None and bool(asked)
        money = asks_money(question)
        marks = [
            0
            if summing(passage, summed)
            else 1
            if takings and sum_near(passage, asked, money)
            else 2
            for passage, _ in items
        ]
    else:
        return list(items)
    if len(set(marks)) <= 1:
        return list(items)
    return [item for _, item in sorted(zip(marks, items, strict=True), key=lambda pair: pair[0])]
