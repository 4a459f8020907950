"""The owner of a role asked in lower case, written as the articles write it ("the kdb
governor": "KDB"), for `qabot.search.resolution`.

Readers mostly type in lower case, and the owner's capitals carry meaning further on: an
acronym is matched as one ("KDB" stands for "Korean Development Bank (KDB)") and a name is
told from a common word by its capital ("Motoring Trust"). The same question typed with
capitals found its holder where the lower-case one did not.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from qabot.indexing import Index
from qabot.search.owner_stories import OWNER_PASSAGES
from qabot.text import tokenize
from qabot.text.patterns import lazy

_WORD = lazy(r"\w+(?:['’-]\w+)*")


def as_written(index: Index, owner_words: tuple[str, ...]) -> tuple[str, ...]:
    """Return `owner_words` typed all in lower case in the form the passages searched for them
    write each most, when that form is more than half of its uses there ("aa motoring trust":
    "AA", "Motoring", "Trust"); words typed with any capital are the reader's and kept."""
    if not owner_words or not all(w.islower() for w in owner_words):
        return owner_words
    terms = list(dict.fromkeys(tokenize(" ".join(owner_words))))
    forms: dict[str, Counter[str]] = {w: Counter() for w in owner_words}
    # each written form counted first (in C, in the order first met), then folded once: the
    # same counts in the same order as folding each of the ~10,000 words of 100 passages
    written: Counter[str] = Counter()
    for passage, _ in index.engine.search(terms, OWNER_PASSAGES) if terms else []:
        written.update(_WORD.findall(passage.text))
    for token, times in written.items():
        if (counts := forms.get(token.casefold())) is not None:
            counts[token] += times
    return tuple(_most_written(word, forms[word]) for word in owner_words)


def _most_written(word: str, counts: Counter[str]) -> str:
    """Return the form of `word` written in more than half its uses, else `word` itself."""
    if not counts:
        return word
    form, times = counts.most_common(1)[0]
    return form if 2 * times > sum(counts.values()) else word


def spelt_out(index: Index, owner_words: tuple[str, ...], asked: str) -> tuple[str, ...]:
    """Return `owner_words` with a short word typed in lower case before another of them read
    as the name word it begins, three or more letters longer, that the passages on the rest of
    the role `asked` write before it with capitals ("the man city chairman": "Manchester
    City", which they may also write "Man City"), when one name word fits."""
    words = list(owner_words)
    for at, (short, after) in enumerate(pairwise(owner_words)):
        if not (3 <= len(short) <= 4 and short.isalpha() and short.islower()):
            continue
        terms = [t for t in dict.fromkeys(tokenize(asked)) if t not in tokenize(short)]
        head = short[0].upper() + short[1:]
        tail = re.escape(after[0].upper() + after[1:])
        written = re.compile(rf"\b({re.escape(head)}(?:[a-z]{{3,}})?)\s+{tail}\b")
        found: Counter[str] = Counter()
        for passage, _ in index.engine.search(terms, OWNER_PASSAGES) if terms else []:
            found.update(m.group(1) for m in written.finditer(passage.text))
        longer = [w for w in found if w != head]
        if len(longer) == 1:
            words[at] = longer[0]
    return tuple(words)
