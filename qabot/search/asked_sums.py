"""Sums asked: whether a "how much" question asks a sum (of money, or a share), and whether a
text gives one, for the figure check of `asked_figures` ("how much did X cost" is not
answered by a count of cables or a date)."""

from __future__ import annotations

import re

from qabot.text.figures import MONEY
from qabot.text.patterns import lazy

# "how much money was stolen", "how much prize money does the winner get": money itself, which
# a share ("a 100% guarantee") does not give
_MONEY_ASKED = r"\s*(?:by |to |for )?how much\s+(?:[^\W\d_]+\s+)?(?:money|cash)\b"
_ASKS_MONEY = lazy(_MONEY_ASKED, re.IGNORECASE)
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
# what a sum may be besides a sum of money as `MONEY` finds it (the patterns of qabot.text
# .figures, whose result the index stores): other currencies, pence typed "50p", a share
_OTHER_SUM = lazy(
    r"\b\d[\d,.]*\s?(?:m|bn|million|billion|trillion)?\s?(?:rupee|yuan|kroner|krona|francs?"
    r"|roubles?|rubles?|pesos?|rand|dinars?|ringgit|baht)\b|\b\d+p\b|%|\bper ?cent\b",
    re.IGNORECASE,
)


def holds_sum(text: str, money: bool = False) -> bool:
    """Return whether `text` holds a sum of money or (unless `money` alone is asked) a share."""
    if MONEY.search(text) is not None:
        return True
    found = _OTHER_SUM.search(text)
    return found is not None and not (money and _SHARE.search(found.group()))


_SHARE = lazy(r"%|per ?cent", re.IGNORECASE)


def asks_sum(question: str) -> bool:
    """Return whether `question` asks a sum: "how much did X cost / pay / earn", "how much
    money"."""
    return _ASKS_SUM.match(question) is not None


def asks_money(question: str) -> bool:
    """Return whether `question` asks money itself ("how much prize money"), which a share does
    not give."""
    return _ASKS_MONEY.match(question) is not None
