"""Clauses of a sentence and the names written in them: whose figure or length a sentence gives.

A sentence may hold the thing a question asks of and a figure of something else: "Ned Carr
faces a ban after Ivo Pell was banned for 10 games" gives Pell's ban, not Carr's, while "Kell,
sent off against Orvale, was handed a seven-match suspension" gives Kell's, Orvale being named
in an aside. What a figure is told of is named in its own clause (between punctuation and the
words that join another clause), or, when its clause names nobody, is the sentence's subject.
"""

from __future__ import annotations

import re

from qabot.text import STOP_WORDS
from qabot.text.capitals import capitalised_words
from qabot.text.lexicon import DEMONYMS, HONORIFICS, MONTHS, WEEKDAYS
from qabot.text.lexicon.places import NATIONALITIES
from qabot.text.patterns import lazy

# capitalised words that name nobody and nothing a figure could be of
NO_NAMES = frozenset(
    word.casefold() for word in (*HONORIFICS, *MONTHS, *WEEKDAYS, *NATIONALITIES)
) | frozenset(word.casefold() for word in DEMONYMS.values())
# where a clause opens or closes: punctuation, or a word joining another clause ("after Ivo Pell
# was banned", ", sent off against Orvale,")
_CLAUSE_CUT = lazy(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:after|before|while|whereas|although|though|because|but|when"
    r"|and|as|since|until|who|which|whom|whose)\b",
    re.IGNORECASE,
)


def names_at(sentence: str) -> list[tuple[int, str]]:
    """Return the words `sentence` writes as names (with a capital, away from its opening; no
    stop word, month or nationality), each with its offset, in order."""
    found: list[tuple[int, str]] = []
    cursor = 0
    for word in capitalised_words(sentence):
        at = sentence.find(word, cursor)
        if at < 0:
            continue
        cursor = at + len(word)
        if word.casefold() not in STOP_WORDS and word.casefold() not in NO_NAMES:
            found.append((at, word))
    return found


def clause_names(sentence: str, names: list[tuple[int, str]], start: int, end: int) -> list[str]:
    """Return the `names` (of `names_at(sentence)`) written in the clause of `sentence` that
    holds its span `start`..`end`."""
    cuts = [cut.start() for cut in _CLAUSE_CUT.finditer(sentence)]
    opens = max((at for at in cuts if at <= start), default=0)
    closes = min((at for at in cuts if at >= end), default=len(sentence))
    return [word for at, word in names if opens <= at < closes]
