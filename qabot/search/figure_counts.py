"""What a number in a sentence counts: the word after it ("150,000 Russian troops"), which tells
whether it is a figure of what a "how many/how much" question asks (`asked_figures`)."""

from __future__ import annotations

import re

from qabot.search.word_forms import kin_forms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.patterns import lazy

# the word a figure counts: the next, or the one after a word between ("150,000 Russian troops")
_COUNTED = lazy(r"[^\w.;:]{1,3}([^\W\d_]+)(?:[^\w.;:]{1,2}([^\W\d_]+))?")
# a year after these is a time or names which one ("in 1999", "the end of 2004", "the 1997
# novel"); a number after these an age
_YEAR = lazy(r"(?:1[5-9]|20)\d\d")
_WHEN_BEFORE = lazy(
    r"\b(?:in|since|until|till|before|after|during|from|by|the|a|an|his|her|its|their"
    r"|(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|winter) of) $",
    re.IGNORECASE,
)
_AGE_BETWEEN_COMMAS = lazy(r"(?<=[A-Za-z]), \d{1,2},")  # "Mr Sullivan, 42, pleaded guilty"
_AGE_BEFORE = lazy(r"\b(?:age of|aged) $", re.IGNORECASE)
_NAME_BEFORE = lazy(r"(?:[\w,]\s+|-)$")  # a capitalised count word after a word or hyphen
# "12 of their 14 games", "half of the squad": the count is of the noun after "of"
_PARTITIVE = lazy(
    r"\s+of\s+(?:(?:the|their|its|his|her|our|these|those)\s+)?(?:\d[\d,.]*\s+)?([^\W\d_]+)"
)
_OF = lazy(r"(?:\s+of\b)?")
_SHARE_ASKED = frozenset(tokenize("percent per cent percentage share"))
_ORDINAL = lazy(r"\d+(?:st|nd|rd|th)")
# a count before a hyphenated word counts the noun after it ("11 best-selling books")
_COMPOUND = lazy(r"\s+(?:[^\W\d_]+-)+[^\W\d_]+\s+([^\W\d_]+)")
_CURRENCIES = frozenset("$£€¥")
# the words after a count's noun, from a preposition: "100 lawsuits against operators" (not
# "seven attempts and Scotland")
_AFTER = lazy(
    r"[^\w.;:]{1,3}(?:against|of|from|by|for|to|in|on|at|with|over|among)"
    r"(?:[^\w.;:]{1,3}[^\W\d_]+){1,3}",
    re.IGNORECASE,
)
# words after a number that make it a size, a span or a rate, not a count of a thing
_NO_THINGS = frozenset(
    "hundred thousand million billion trillion bn m k per cent percent times year years day "
    "days week weeks month months hour hours minute minutes".split()
)
# words that make a number bigger, after which the thing counted is named ("51 million people")
_SCALES = frozenset(
    "hundred hundreds thousand thousands million millions billion billions".split()
)
_SCALED = lazy(r"[^\w.;:]{1,3}(?:[^\W\d_]+)")
# spans of time and times over: a count of days or of times is no count of a thing asked by
# another noun ("during the last three months" for "how many tickets")
_SPANS = frozenset(
    "times year years day days week weeks month months hour hours minute minutes".split()
)


def _amount(sentence: str, figure: re.Match[str], words: bool = False) -> bool:
    """Return whether `figure` is a sum of money or has a unit ("£9m", "6ft", "1.7%"); a
    number written in letters ("two") has none, unless not `words` (as `counts` reads it)."""
    at = figure.end()
    unit = sentence[at - 1 : at].isalpha() and (not words or figure.group()[:1].isdigit())
    if unit or sentence[at : at + 1] == "%":
        return True
    return sentence[max(0, figure.start() - 2) : figure.start()].strip() in _CURRENCIES


def _sum_or_share(sentence: str, figure: re.Match[str]) -> bool:
    """Return whether `figure` is a sum of money or a share ("$1.30", "50%"): no count of a
    thing, whatever follows it."""
    at = figure.end()
    if sentence[at : at + 1] == "%" or sentence[at : at + 9].casefold().startswith(" per cent"):
        return True
    return sentence[max(0, figure.start() - 2) : figure.start()].strip() in _CURRENCIES


def counts(sentence: str, figure: re.Match[str], counted: frozenset[str]) -> bool:
    """Return whether `figure` counts one of `counted`: its next word, or the one after a word
    between ("150,000 Russian troops"); not a sum of money or a figure with a unit ("£9m",
    "6ft", "1.7%"), which is an amount whatever follows ("£5,000 on troops")."""
    following = None if _amount(sentence, figure) else _COUNTED.match(sentence, figure.end())
    if following is None:
        return False
    first, second = following.groups()
    if set(tokenize(first)) & counted:
        return True
    return (
        second is not None
        and first.casefold() not in STOP_WORDS
        and bool(set(tokenize(second)) & counted)
    )


def counts_other(sentence: str, figure: re.Match[str], asked: frozenset[str]) -> bool:
    """Return whether `figure` counts a thing none of the `asked` terms names: a word after it,
    written in lower case, no stop word and no size or span ("two initiatives" for "how many
    premium rate numbers"), neither it nor the three words after it a word asked or a form of
    one ("100 lawsuits against operators" may count the operators). A sum of money or a share
    counts nothing ("50% fewer people"), unless a share is asked; after a scale the thing counted
    is named ("51 million people", "thousands of slaves"), and after "of" in a part of a whole
    ("12 of their 14 games"); a span of time counts no thing asked by another word ("three
    months" for "how many tickets")."""
    if _amount(sentence, figure, words=True):
        return _sum_or_share(sentence, figure) and not asked & _SHARE_ASKED
    end = figure.end()
    scale = _SCALED.match(sentence, end)
    if scale is not None and scale.group().strip(" -").casefold() in _SCALES:
        end = scale.end()  # "51 million people" counts people
    if figure.group().casefold() in _SCALES or end > figure.end():
        of = _OF.match(sentence, end)  # "thousands of slaves", "a million of them"
        end = of.end() if of else end
    partitive = _PARTITIVE.match(sentence, end)  # "12 of their 14 games" counts games
    plain = _COUNTED.match(sentence, end)
    following = partitive or _COMPOUND.match(sentence, end) or plain
    if following is None:
        return False
    first = following.group(1)
    if first in _SPANS and not set(tokenize(first)) & asked:
        return True  # "three months", "four times more": no count of what is asked
    if not first.islower() or first in STOP_WORDS or first in _NO_THINGS:
        return False
    if first.endswith(("ing", "ed")) and sentence[end : following.start(1)].isspace():
        return False  # "32 million getting hooked", "100 injured": a count of no noun
    terms = set(tokenize(first))
    if not terms or terms & asked or kin_forms(sorted(asked), terms):
        return False
    second = following.group(2) if following is plain else None
    if second is not None and set(tokenize(second)) & asked:
        return False  # "90 journalist jobs" counts jobs
    after = _AFTER.match(sentence, following.end(1))  # "100 lawsuits against operators"
    return not set(tokenize(after.group() if after else "")) & asked


def no_count(sentence: str, figure: re.Match[str]) -> bool:
    """Return whether `figure` is no count or amount at all, whatever follows it: a year of a
    time ("at the end of 2004.", its full stop read with it; "Airport (1968)") or naming which
    one ("the 1997 novel"), an age ("aged 93", "at the age of 77", "Mr Sullivan, 42,"), a
    count word of a name ("Runaway Zero-Eight", "Channel Four": a capital after a word or a
    hyphen) or an ordinal ("the 12th annual festival")."""
    number = figure.group().rstrip(".,")
    if _ORDINAL.fullmatch(number):
        return True  # "the 12th annual festival": which one
    before = sentence[max(0, figure.start() - 16) : figure.start()]
    if _YEAR.fullmatch(number) and (_WHEN_BEFORE.search(before) or before.endswith("(")):
        return True
    if _AGE_BEFORE.search(before):
        return True
    if figure.start() >= 2 and _AGE_BETWEEN_COMMAS.match(sentence, figure.start() - 2):
        return True
    return number[:1].isupper() and _NAME_BEFORE.search(before) is not None
