"""Whether one sentence gives a figure of what a "how many/how much" question asks.

`asked_figures` reads the question (what the figure is of, the names it asks about, whether it
asks a sum) and walks the best passages' sentences; this module holds the test of one sentence:
a number beside a word of what it is of and one of the question's names or no other name, a
sum of money or a bare count after a sentence naming it, never a count of something else, a
time, or a number the question writes itself.
"""

from __future__ import annotations

import re

from qabot.search.clauses import names_at
from qabot.search.figure_counts import (
    COUNT_WORDS,
    FIGURE,
    counts,
    counts_asked,
    counts_other,
    no_figure,
    sum_spans,
)
from qabot.search.figure_times import YEAR, tells_time
from qabot.search.word_forms import kin_forms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.figures import MONEY
from qabot.text.patterns import lazy

DIGITS = lazy(r"\d[\d,.]*\d|\d")  # a number's digits, without a unit or full stop after it
_NEXT = lazy(r"\s+([^\W\d_]+)")  # the word right after a figure ("were" of "Twelve were")
_BIG = lazy(
    r"\b(?:hundreds?|thousands?|millions?|billions?|dozens?|half|twice|double|triple)\b", re.I
)
# shares written out, an amount for "how much" ("one-third of the world's uranium"), no count
_SHARES = lazy(r"\b(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)\b", re.I)
# a time counted by its ordinal ("for the fourth time" tells how many times)
_NTH_TIME = lazy(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+time\b",
    re.IGNORECASE,
)
_TIMES = frozenset(tokenize("time times"))
# a number written as an ordinal ("the 36th anniversary", "its 21st birthday") ranks, counts not
_ORDINAL = lazy(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_SHARE = lazy(r"\s?(?:%|per ?cent\b)", re.IGNORECASE)  # a share right after a number
_AFTER_SHARE = lazy(r"(?:\W{1,3}[^\W\d_]+){1,4}")  # the words a share is told of
# who tells a figure, not what it is of: "Scotland Yard said there had been 11 arrests", "...,
# said Mr Lane"
_NAMED = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*"
_TELLER = lazy(rf"{_NAMED}\s+(?:said|says)\b|\b(?:said|says)\s+{_NAMED}")


def gives_figure(
    sentence: str,
    terms: frozenset[str],
    before: frozenset[str],
    about: frozenset[str],
    names: dict[str, frozenset[str]],
    counting: tuple[frozenset[str], frozenset[str]],
    told: frozenset[str] | None,
    typed: frozenset[str] = frozenset(),
    around: frozenset[str] = frozenset(),
    *,
    thing: bool,
) -> bool:
    """Return whether `sentence` (its `terms`; `before`, those of the sentence before) gives a
    figure of what the question asks `about`: beside a word of what it is of (`told`) and one
    of its `names` or no other name; or a sum of money, naming nothing else, after a sentence
    holding a word of it ("a lighter shaped like a fire extinguisher. And if you're willing to
    part with $10.99, it's yours!"), or a count with no noun of its own (`_bare_count`), which
    counts what the sentence before names; a count with its own noun there may be of anything
    ("Three film studios are ..."). A count of one of the things `counted` is no figure
    (`_holds_figure`), nor is a number the question writes itself (`typed`: "how many users
    are forecast by 2012" over "as far away as 2012"). The name may be in `around` too (the
    passage's terms, for a sum paid). `thing`: the question counts a thing it names, other
    than all it asks about ("how many staff")."""
    if not _holds_figure(sentence, counting, typed, thing=thing):
        return False
    named = not names or any(_names(name, terms | before | around) for name in names.values())
    many = counting[1]
    if named and many != about and counts_asked(sentence, many):
        return True  # "six Nintendo GameBoys" for "how many gameboys ...": what is counted
    if _holds(told, about, terms):
        return named or not _names_another(sentence, about)
    return (
        _holds(told, about, before)
        and named
        and (MONEY.search(sentence) is not None or _bare_count(sentence))
        and not _names_another(sentence, about)
    )


def sum_of(sentence: str, names: dict[str, frozenset[str]], held: frozenset[str]) -> bool:
    """Return whether `sentence` gives a sum of money in a passage (its terms `held`) naming
    one of `names`, for a sum asked with no word of what it is but names ("how much did X cost
    Arsenal"): told in the story's words ("joined the Gunners for £17m")."""
    if MONEY.search(sentence) is None:
        return False
    return not names or any(_names(name, held) for name in names.values())


def _bare_count(sentence: str) -> bool:
    """Return whether `sentence` holds a count with no noun of its own, which counts what the
    sentence before names ("Dozens of boats sank in the storm. Twelve were never found.",
    "... of which 500 were sold"): not "Three film studios", a count of studios."""
    for pattern in (FIGURE, COUNT_WORDS):
        for found in pattern.finditer(sentence):
            if YEAR.fullmatch(found.group().rstrip(".,")):
                continue  # "... in 2004." counts nothing
            after = _NEXT.match(sentence, found.end())
            if after is None or after.group(1).casefold() in STOP_WORDS:
                return True
    return False


def _holds_figure(
    sentence: str,
    counting: tuple[frozenset[str], frozenset[str]],
    typed: frozenset[str],
    thing: bool = False,
) -> bool:
    """Return whether `sentence` holds a number, other than a count of one of the things
    `counted` (the question's words, when it asks "how much": "150,000 troops" tells how many
    troops, not how much was spent on them), a count of a thing none of `many` names (the
    question's words, when it asks "how many": "two initiatives" for "how many numbers") or a
    day of the month ("on 16 February" counts nothing). A share written out ("one-third of")
    answers "how much" (`counted` set), never "how many"; a share of something none of `many`
    names ("10% of its share capital") counts no `thing` asked ("how many branches"), and an
    ordinal time ("for the fourth time") counts the times asked, an ordinal before a thing asked
    counts it when the question names that thing ("his 50th cap" tells how many caps, "the 10th
    year running" how many years), and any other ordinal counts nothing (for "how many people",
    which reads all of the question's words as what may be counted, "the 36th anniversary"
    counts no one)."""
    counted, many = counting
    if many & _TIMES and _NTH_TIME.search(sentence):
        return True  # "gone back into recession for the fourth time": four times
    if counted and _SHARES.search(sentence):  # "how much": a share is an amount of it
        return True
    # "how many staff": a sum of money ("a £2.5m annual budget") counts none of them
    sums = sum_spans(sentence, many)
    for pattern in (FIGURE, _BIG, COUNT_WORDS):
        for found in pattern.finditer(sentence):
            if tells_time(sentence, found, count=bool(many)):
                continue  # "in 1999", "on 16 February": when, not how many
            if any(start <= found.start() < end for start, end in sums):
                continue
            digits = DIGITS.match(found.group())
            if digits is not None and digits.group() in typed:
                continue
            if _ORDINAL.fullmatch(found.group()) and not (
                thing and _counts_next(sentence, found, many)
            ):
                continue  # "to mark the 36th anniversary": which one, not how many
            if (many and counts_other(sentence, found, many)) or no_figure(
                sentence, found, count=bool(many)
            ):
                continue
            if thing and many and _share_of_other(sentence, found, many):
                continue  # "10% of its share capital" for "how many branches"
            if not counted or not counts(sentence, found, counted):
                return True
    return False


def _counts_next(sentence: str, figure: re.Match[str], many: frozenset[str]) -> bool:
    """Return whether the word right after `figure` is one of the things `many` names: an
    ordinal counts what it ranks ("his 50th cap" is his fiftieth, so fifty caps)."""
    after = _NEXT.match(sentence, figure.end())
    return after is not None and bool(set(tokenize(after.group(1))) & many)


def _share_of_other(sentence: str, figure: re.Match[str], many: frozenset[str]) -> bool:
    """Return whether `figure` is a share ("10%", "22 per cent") of something none of `many`
    names in the words after it: a count of a thing asked ("how many branches") is no share of
    the bank's capital, though "10% of all phones sold" may tell how many phones."""
    share = _SHARE.match(sentence, figure.end())
    if share is None:
        return False
    after = _AFTER_SHARE.match(sentence, share.end())
    terms = set(tokenize(after.group() if after else ""))
    return not terms & many and not kin_forms(sorted(many), terms)


def _names_another(sentence: str, asked: frozenset[str]) -> bool:
    """Return whether `sentence` writes a name the question does not ask of ("IBM"), in any
    clause: "They name Russia as the holder of gravest concern, with 90% of all fissile
    material" gives Russia's share, its figure in a clause of its own. Who tells the figure
    ("Scotland Yard said there had been 11 arrests") names no other thing it is of."""
    tellers = [found.span() for found in _TELLER.finditer(sentence)]
    return any(
        not set(tokenize(word)) <= asked
        for at, word in names_at(sentence)
        if not any(start <= at < end for start, end in tellers)
    )


def _names(name: frozenset[str], terms: frozenset[str]) -> bool:
    """Return whether a sentence's `terms` hold a name, or a form of it ("japanes")."""
    return name <= terms or bool(kin_forms(sorted(name), set(terms)))


def _holds(told: frozenset[str] | None, about: frozenset[str], terms: frozenset[str]) -> bool:
    """Return whether a sentence's `terms` hold a word of `told` or a form of it ("sold" of
    "sell"), or with `told` None a word of `about`."""
    if told is None:
        return not about.isdisjoint(terms)
    return not told.isdisjoint(terms) or bool(kin_forms(sorted(told), set(terms)))
