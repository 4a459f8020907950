"""Numbers that tell when, not how many or how much: a day of the month ("until 20 January"),
a year after a word of time or in brackets ("in 1999", "Airport (1968)"), and, for a count
asked (`asked_figures`), a year before no noun ("the ghosts of 2003 when England ...": news
writes a count of thousands with a comma, "2,003 fans")."""

from __future__ import annotations

import re

from qabot.text import STOP_WORDS
from qabot.text.lexicon import MONTHS
from qabot.text.patterns import lazy

MONTH_NAMES = "|".join(month.capitalize() for month in MONTHS)
YEAR = lazy(r"(?:1[5-9]|20)\d\d")
# a day of the month is neither an amount nor a count ("until 20 January", "on March 3"), nor
# is the first of a range of days ("its 20-30 January season")
_DAY = lazy(
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}}(?:st|nd|rd|th)?)? (?:{MONTH_NAMES})\b"
)
_MONTH_BEFORE = lazy(rf"\b(?:{MONTH_NAMES}) $")
# a year after one of these words is a time ("sold the stadium in 1999"), not a figure
_TIME_BEFORE = lazy(
    r"\b(?:in|since|until|till|before|after|during|from|by"
    r"|(?:end|start|beginning|middle|spring|summer|autumn|winter) of) $",  # "the end of 2004"
    re.IGNORECASE,
)
_NOUN_AFTER = lazy(r"\s+([a-z]+)")  # a word in lower case right after a number


def tells_time(sentence: str, figure: re.Match[str], count: bool = False) -> bool:
    """Return whether the number `figure` of `sentence` is a day of the month or a year (see the
    module docstring); with `count` (a count is asked), any year-shaped number not followed by
    a noun ("in the 2003 final" is a year, "1500 fans" a count)."""
    at = figure.start()
    if _DAY.match(sentence, at) or _MONTH_BEFORE.search(sentence, max(0, at - 10), at):
        return True
    year = figure.group().rstrip(".,")  # "in 1958." ends its sentence
    if not YEAR.fullmatch(year):
        return False
    if _TIME_BEFORE.search(sentence, max(0, at - 14), at):
        return True
    if sentence[max(0, at - 1) : at + len(year) + 1] == f"({year})":
        return True
    if not count:
        return False
    noun = _NOUN_AFTER.match(sentence, at + len(year))
    return noun is None or noun.group(1) in STOP_WORDS
