"""Which words of a "what did X say about Y" topic tell that a quote is about Y: not the
archive's everyday words, nor the speaker's own name, nor the commonest word of a longer topic
alone, nor the head of a two-word one written after another qualifier ("pledge card" of "id
cards") (`speaker_quotes` judges "about Y" by them).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import pairwise

from qabot.indexing import Index
from qabot.search.subject import everyday_weight
from qabot.search.word_forms import kin_forms
from qabot.text import terms_of, tokenize
from qabot.text.patterns import lazy


def telling_terms(index: Index, topic: Collection[str], person: str) -> set[str]:
    """Return the topic's terms that tell a quote is about it: not an everyday word of the
    archive (`subject.everyday_weight`: "nations" of "ireland's form in the six nations") nor a
    word of the speaker's own name ("india" of "the government in india ... the tsunami",
    asked of the Indian Government), when the topic has others."""
    asked = set(topic)
    own_terms = set(tokenize(person))
    own = (asked & own_terms) | {
        term for terms in kin_forms(asked, own_terms - asked).values() for term in terms
    }
    common = everyday_weight(len(index.engine))
    weights = index.engine.idf(sorted(asked))
    # a term no passage holds (weight 0) is the most telling of all
    rare = {term for term in asked - own if not 0 < weights.get(term, 0.0) < common}
    return rare or (asked - own) or asked


WEAKEST_AMONG = 3  # telling words a topic needs for its commonest alone not to meet it


def weakest(index: Index, telling: set[str]) -> set[str]:
    """Return the commonest of the topic's telling words (the lowest weight in the archive)
    when there are WEAKEST_AMONG or more and the archive writes it mostly in lower case: alone
    that word does not tell a quote is on the topic ("we've let the fans down" of "a plan to
    ban bigoted fans"), while a name does ("against Ireland" of "facing Ireland at Lansdowne
    Road": the match is the topic, the ground a detail)."""
    if len(telling) < WEAKEST_AMONG:
        return set()
    weights = index.engine.idf(sorted(telling))
    held = [term for term in telling if weights.get(term, 0.0) > 0]
    if not held:
        return set()
    weakest = min(held, key=lambda term: (weights[term], term))
    capital, holding = index.engine.capitalised(weakest)
    return set() if 2 * capital > holding else {weakest}


_WORD = lazy(r"[\w'’]+")


def compound(written: str, telling: set[str]) -> tuple[str, str] | None:
    """Return the two telling terms of a topic written side by side ("id cards"), the word
    qualifying first and the noun it qualifies (the head) second; None for any other topic."""
    said = [terms_of(word) for word in written.split()]
    for first, then in pairwise(said):
        if len(first) == len(then) == 1 and {first[0], then[0]} == telling:
            return first[0], then[0]
    return None


def another_kind(pair: tuple[str, str] | None, held: set[str], texts: Iterable[str]) -> bool:
    """Return whether the only telling word `held` is the head of a two-word topic (`pair`,
    from `compound`) and the texts write it only right after another word that qualifies it
    ("our pledge card", "a red card" of "id cards"): another kind of the thing, not the
    thing asked; "the cards" or "ID cards" may be it."""
    if pair is None or held != {pair[1]}:
        return False
    modifier, head = pair
    seen = False
    for text in texts:
        before: re.Match[str] | None = None
        for word in _WORD.finditer(text):
            if terms_of(word.group()) == (head,):
                seen = True
                if (
                    before is None
                    or text[before.end() : word.start()].strip()
                    or terms_of(before.group()) in ((), (modifier,))
                ):
                    return False
            before = word
    return seen
