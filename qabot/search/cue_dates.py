"""Words dated by their own cue: '"I'm approaching 40," she told People in 2005' on a page of
2019. A date asked ("what did X say in 2005?") admits them whatever their article's date: the
writer says when they were said (`quote_hits`).
"""

from __future__ import annotations

from datetime import date

from qabot.records import Quote
from qabot.search.filters import Filters
from qabot.text.patterns import lazy

_IN_YEAR = lazy(r"\b(?:in|during)\s+((?:1[89]|20)\d\d)\b")  # "told People in 2005"


def said_within(quote: Quote, filters: Filters) -> bool:
    """Return whether the quote's cue dates it to a year the filters' dates hold whole ("she
    told People in 2005" within 2005 or 2000-2009, not within March 2005): the words were
    said then, in an article of any date. Never with an outlet or days left out asked."""
    if filters.sources or filters.skipped or not (filters.since or filters.until):
        return False
    for found in _IN_YEAR.finditer(quote.cue):
        year = int(found.group(1))
        first, last = date(year, 1, 1), date(year, 12, 31)
        if (filters.since is None or filters.since <= first) and (
            filters.until is None or last <= filters.until
        ):
            return True
    return False
