"""Calendar words: month and weekday names, their abbreviations and numbers, and the words that
make a weekday part of a name ("Black Friday"), for dates in text and in questions."""

from __future__ import annotations

import re

from qabot.text.lexicon.running_text import word_set

MONTHS = (
    "january february march april may june july august september october november december"
).split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# words that make a weekday part of a name, not a day ("Black Friday", "Good Friday", "Super
# Tuesday", "Man Friday", "Cyber Monday", "Palm Sunday"): feasts, shopping days, elections, idioms
WEEKDAY_NAME_WORDS = word_set(
    "black good super cyber blue giving ash holy maundy palm easter whit shrove bloody man girl "
    "spy low"
)
# "jan", "sept", "january" -> 1..12
MONTH_NUMBERS = {
    **{name: n for n, name in enumerate(MONTHS, start=1)},
    **{name[:3]: n for n, name in enumerate(MONTHS, start=1)},
    "sept": 9,
}
MONTH_ABBREVIATIONS = frozenset(k for k in MONTH_NUMBERS if k not in MONTHS)

# a decade as a word, as readers ask it ("the sixties") -> as the articles write it ("1960s",
# "60s"): the twentieth century's, the ones a decade word alone means
DECADE_WORDS = {
    word: (f"19{tens}0s", f"{tens}0s")
    for tens, word in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), start=2
    )
}


def short_months(word: str) -> bool:
    """Return whether `word` is a month typed short, or a run of months one of them is ("Oct",
    "oct-dec", "Sept/Oct"): a date as readers type it, which articles write out."""
    parts = re.split(r"[-‐‑–/]", word.casefold())
    return any(part in MONTH_ABBREVIATIONS for part in parts) and all(
        part in MONTH_NUMBERS for part in parts
    )
