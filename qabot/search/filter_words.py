"""Filter words: every word a question's date, recency or outlet phrase may be made of.

Kept apart from the reading (filter_reading) and the date ranges (date_ranges), which both need
them: `FILTER_WORDS` is the whole set, and tests check nothing else is ever taken out.
"""

from __future__ import annotations

from qabot.search.date_phrases import NUMBER_WORDS, UNITS
from qabot.search.outlet_names import OUTLET_VERBS
from qabot.text.lexicon import MONTH_NUMBERS, WEEKDAY_NAME_WORDS, WEEKDAYS

RECENT = frozenset({"latest", "newest", "recent", "recently"})
# nouns for news itself ("latest news", "chelsea headlines"): no subject of a question
NEWS_NOUNS = frozenset("news headlines stories articles reports updates developments".split())
DURING = frozenset({"in", "on", "during", "over", "from"})
SINCE = frozenset({"since", "after"})
UNTIL = frozenset({"until", "till", "before"})
OUTLET_BEFORE = frozenset({"in", "from", "on", "by"})  # + "according to"
# "stories from", "articles in", "coverage by": what follows can only be a source
SOURCE_NOUNS = NEWS_NOUNS | frozenset("article story report piece pieces coverage".split())
PREPOSITIONS = SINCE | UNTIL | DURING | {"between"}
# what joins the two dates of a range: "from (in, during) X to Y", "between X and Y"
TO = frozenset({"to", "until", "till", "through", "thru", "-", "–", "—"})  # "from 2004-2005"
AND = frozenset({"and"})
DID = frozenset({"did", "does", "do", "has", "have", "had"})
# "anything from", "something from": a person or an outlet may follow; an outlet of the index is
# read there in any case when set apart, as after "news", and taken out with the word before it
# ("anything from the la times about X": not "anything about X", a follow-up asking no one)
ANYTHING = frozenset({"anything", "something"})
ASKING = frozenset({"what", "how"})  # "what did the BBC report on", "how did the BBC cover"
ABOUT = frozenset({"about", "on", "of", "over", "regarding"})
# before a weekday, words that make it no past day: "next Monday", "this coming Friday", "every
# Sunday"
NOT_A_PAST_DAY = frozenset({"next", "coming", "every", "each"})
WEEKDAY_NAMED_BY = WEEKDAY_NAME_WORDS | NOT_A_PAST_DAY | {"the"}  # "the Sunday Times"
# every word a date or recency phrase can take out of a question (outlet names aside; numbers,
# ordinals and ISO dates too): tests check nothing else is ever removed
FILTER_WORDS = (
    RECENT
    | NEWS_NOUNS
    | DURING
    | SINCE
    | UNTIL
    | OUTLET_BEFORE
    | OUTLET_VERBS
    | DID
    | ANYTHING
    | frozenset(MONTH_NUMBERS)
    | frozenset(WEEKDAYS)
    | frozenset(UNITS)
    | frozenset(NUMBER_WORDS)
    | frozenset("most the according to today yesterday this last past ago between and of".split())
)
