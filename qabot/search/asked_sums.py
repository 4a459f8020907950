"""Sums asked: whether a "how much" question asks a sum (of money, or a share), and whether a text
gives one, for the figure check of `asked_figures` ("how much did X cost" is not answered by a
count of cables or a date, nor by a share of things counted: "20% of homes"). A question asking
someone's pay ("how much will X earn a week", "how much is X being paid") is answered by a sum
told as pay (beside "salary", "earns", "paid", "a year" ...), not by any sum of the story ("a
£2m deal for X", "funding of £40m" of the body that hired X). A figure asked a year, a week or a
month ("annual salary", "how many immigrants a year") is given by a sentence telling one so
("£8,000 a week", "its annual budget"), not by a sum or count with no time ("a $1m payoff").
What a price is asked of ("how much do tickets for the show cost": tickets) is the last word
before "cost" or a preposition (`priced_thing`), which passages giving its price write."""

from __future__ import annotations

import re

from qabot.text import STOP_WORDS, tokenize
from qabot.text.figures import MONEY
from qabot.text.lexicon import MONEY_SENSES, VALUE_NOUNS
from qabot.text.patterns import POSSESSIVE_END, lazy

# "how much money was stolen", "how much prize money does the winner get": money itself, which
# a share ("a 100% guarantee") does not give
_MONEY_ASKED = r"\s*(?:by |to |for )?how much\s+(?:[^\W\d_]+\s+)?(?:money|cash)\b"
_ASKS_MONEY = lazy(_MONEY_ASKED, re.IGNORECASE)
_AUXILIARY = r"(?:did|does|do|has|have|had|will|would|could|can|might|is|was|are|were)"
# verbs of money taken in, as a question asks it of a film, a firm or a sale: their forms
TAKINGS_VERBS = (
    r"make|makes|made|making|take|takes|took|taken|gross|grosses|grossed|bring in|brought in"
)
# "how much did X cost / pay / earn": a sum is asked, which a count ("14 million power cables"),
# a size or a date does not give; a share does ("agreed to pay 72% more"), as a rise may be told
_ASKS_SUM = lazy(
    rf"{_MONEY_ASKED}"
    r"|\s*(?:by |to |for )?how much\b(?!\s+(?:more|less)\b)(?=.*\b(?:costs?|costing|pay|pays"
    r"|paid|paying|spend|spends|spent|earn|earns|earned|earning|charge|charges|charged|charging"
    r"|fined?|worth|sell for|sold for|fetch|fetched|compensation|damages|awarded|get for"
    r"|got for|receive|receives|received)\b)",
    re.IGNORECASE,
)
# money words a sentence writes of sums of more than one sense, or of none: "paid $30m for the
# striker" is a price, "a contract worth $90,000 a week" pay, "earnings" a firm's takings or a
# worker's pay, "a fine vintage" no sum; they tell not that a sum is of another sense than asked
_ANY_SENSE = frozenset(tokenize("paid worth value fine earnings income"))
# what a sum may be besides a sum of money as `MONEY` finds it (the patterns of qabot.text
# .figures, whose result the index stores): other currencies, pence typed "50p", a share
_OTHER_SUM = lazy(
    r"\b\d[\d,.]*\s?(?:m|bn|million|billion|trillion)?\s?(?:rupee|yuan|kroner|krona|francs?"
    r"|roubles?|rubles?|pesos?|rand|dinars?|ringgit|baht)\b|\b\d+p\b|%|\bper ?cent\b",
    re.IGNORECASE,
)


def holds_sum(text: str, money: bool = False) -> bool:
    """Return whether `text` holds a sum of money or (unless `money` alone is asked) a share,
    other than a share of things counted ("20% of homes", "90% of PCs": a part of a
    population, no price or payment; "30% of the cost", "72% more" are amounts)."""
    if MONEY.search(text) is not None:
        return True
    return any(
        not (_SHARE.search(found.group()) and (money or _of_things(text, found.end())))
        for found in _OTHER_SUM.finditer(text)
    )


def _of_things(text: str, at: int) -> bool:
    """Return whether the share ending at `at` of `text` is told of things counted ("20% of
    homes"), not of a sum ("30% of its profits", "of the costs": a value noun of money, the
    lexicon holding some in the singular alone)."""
    of = _OF_THINGS.match(text, at)
    if of is None:
        return False
    plural = of.group(1).casefold()
    return "money" not in (VALUE_NOUNS.get(plural), VALUE_NOUNS.get(plural[:-1]))


_SHARE = lazy(r"%|per ?cent", re.IGNORECASE)
# after a share: "of" and a plural, the things it is a part of ("of homes", "of all mobile
# phones")
_OF_THINGS = lazy(
    r"\s+of\s+(?:(?:the|all|its|their|those|these)\s+)?(?:[^\W\d_]+\s+)?([^\W\d_]{2,}s)\b(?!['’])",
    re.I,
)
# "how much do tickets for the show cost": what is priced, up to "cost"
_PRICED = lazy(
    r"\s*how much\s+(?:do|does|did|will|would|is|are|was|were|could|can|might)\s+(.+?)\s+"
    r"(?:cost|costs|costing)\b",
    re.IGNORECASE,
)
_AFTER_THING = lazy(r"\s(?:for|of|in|on|at|to|with|from|by)\s", re.IGNORECASE)


def priced_thing(question: str) -> str | None:
    """Return the word naming what "how much does X cost" prices: the last word of X before a
    preposition ("tickets" of "tickets for the musical", "box" of "sky's set-top box"); None
    for another question or a pronoun ("how much does it cost to ...")."""
    found = _PRICED.match(question)
    if found is None:
        return None
    words = _AFTER_THING.split(f" {found.group(1)} ")[0].split()
    thing = POSSESSIVE_END.sub("", words[-1]) if words else ""
    return thing if thing and thing.casefold() not in STOP_WORDS else None


def asks_sum(question: str) -> bool:
    """Return whether `question` asks a sum: "how much did X cost / pay / earn", "how much
    money", or money taken in ("how much did the film make", `takings_verb`)."""
    return _ASKS_SUM.match(question) is not None or takings_verb(question) is not None


# "how much did the film make / take / gross": money taken in, when nothing stands between "how
# much" and its verb's auxiliary ("how much progress has X made" asks no sum), nor "to" before
# the verb ("cost to make", "paying to take over" ask a price)
_ASKS_TAKINGS = lazy(
    rf"\s*how much\s+{_AUXILIARY}\b.*?(?<!\bto )\b(?P<verb>{TAKINGS_VERBS})\b", re.IGNORECASE
)


def takings_verb(question: str) -> str | None:
    """Return the verb of money taken in that `question` asks a sum by ("make" of "how much did
    the film make"), or None: it frames the question, as "much" does; the answer is a sum
    ("has taken $75m"), seldom written with that verb."""
    asked = _ASKS_TAKINGS.match(question)
    return asked.group("verb") if asked else None


def asks_money(question: str) -> bool:
    """Return whether `question` asks money itself ("how much prize money"), which a share does
    not give."""
    return _ASKS_MONEY.match(question) is not None


# "how much will X earn", "how much is X (being) paid", "how much salary": someone's pay ("paid
# for" asks a price: "how much was paid for the painting")
_ASKS_PAY = lazy(
    r"\s*(?:by |to |for )?how much\b(?=.*\b(?:earn|earns|earned|earning|salary|salaries|wages?"
    r"|paid(?!\s+(?:for|out|back|off)\b)))",
    re.IGNORECASE,
)
# what tells a sum as pay: a word of pay or a sum a year, a week or a month
_PAY = lazy(
    r"\b(?:salar(?:y|ies)|wages?|earn(?:s|ed|ing|ings)?|paid|pay|pays|paying|income|bonus(?:es)?"
    r"|a[- ](?:year|week|month)|per (?:year|week|month|annum)|annual(?:ly)?|weekly|monthly)\b",
    re.IGNORECASE,
)


def asks_pay(question: str) -> bool:
    """Return whether `question` asks someone's pay: "how much will X earn a week", "how much
    is X being paid"."""
    return _ASKS_PAY.match(question) is not None


def tells_pay(text: str) -> bool:
    """Return whether `text` tells a sum as pay: "earns £30,000", "a £100,000-a-year job"."""
    return _PAY.search(text) is not None


# a figure asked for a span of time: "a year", "per week", "annual" (not "a year earlier": a
# time, no span)
_RATE_ASKED = lazy(
    r"\b(?:(?:a|per|each|every)\s+(?:year|week|month|day)\b(?!\s+(?:earlier|ago|later|before"
    r"|after|on)\b)|annual|annually|yearly|weekly|monthly|daily)\b",
    re.IGNORECASE,
)
_RATE = lazy(
    r"\b(?:(?:a|per|each|every)[\s-]+(?:year|week|month|day)|annual|annually|annum|yearly"
    r"|weekly|monthly|daily)\b",
    re.IGNORECASE,
)


def asks_rate(question: str) -> bool:
    """Return whether `question` asks a figure for a span of time ("how many flights a week",
    "annual salary")."""
    return _RATE_ASKED.search(question) is not None


def tells_rate(text: str) -> bool:
    """Return whether `text` tells a figure for a span of time ("four flights per week", "a
    £100,000-a-year job", "its annual budget")."""
    return _RATE.search(text) is not None


def money_senses(about: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the terms of the one sense of money the question's terms `about` ask ("cost": a
    price; `MONEY_SENSES`) and those of the other senses ("profit": takings), which a sentence
    telling a sum of another sense only ("a record profit of $291m") writes instead; none when
    it asks none or several. Words a sentence writes of sums of any sense (`_ANY_SENSE`) tell
    no other sense."""
    senses = {sense for word, sense in MONEY_SENSES.items() if about & frozenset(tokenize(word))}
    if len(senses) != 1:
        return frozenset(), frozenset()
    (sense,) = senses
    own = frozenset(
        t for word, its in MONEY_SENSES.items() if its == sense for t in tokenize(word)
    )
    other = frozenset(
        t for word, its in MONEY_SENSES.items() if its != sense for t in tokenize(word)
    )
    return own, other - own - _ANY_SENSE
