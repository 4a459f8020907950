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


def another_kind(
    pair: tuple[str, str] | None, held: set[str], texts: Iterable[str], written: str = ""
) -> bool:
    """Return whether the only telling word `held` is the head of a two-word topic (`pair`,
    from `compound`) and the texts write it only right after another word that qualifies it
    ("our pledge card", "a red card" of "id cards"), or, asked in the plural (`written`, the
    topic as typed), only in the singular right before another word, which it qualifies as
    nouns before nouns do ("card issuers", "card fraud"): another kind of thing, not the thing
    asked; "the cards" or "ID cards" may be it."""
    if pair is None or held != {pair[1]}:
        return False
    modifier, head = pair
    plural = _plural_head(written, head)
    seen = False
    for text in texts:
        before: re.Match[str] | None = None
        for word in _WORD.finditer(text):
            if terms_of(word.group()) == (head,):
                seen = True
                qualifying = plural and _singular_before_word(word, text, plural)
                if not qualifying and (
                    before is None
                    or text[before.end() : word.start()].strip()
                    or terms_of(before.group()) in ((), (modifier,))
                ):
                    return False
            before = word
    return seen


def _plural_head(written: str, head: str) -> str:
    """Return the topic's last word as typed when it is the head asked in the plural ("cards"
    of "id cards"), else ""."""
    words = written.split()
    last = words[-1].casefold() if words else ""
    return last if last.endswith("s") and terms_of(last) == (head,) else ""


def _singular_before_word(word: re.Match[str], text: str, plural: str) -> bool:
    """Return whether `word` writes the head asked as `plural` in the singular, with another
    word right after it (a space between, no mark): a noun qualifying the next ("card
    issuers")."""
    own = word.group().casefold()
    if own == plural or (own + "s" != plural and own + "es" != plural):
        return False
    return _NEXT_WORD.match(text, word.end()) is not None


_NEXT_WORD = lazy(r" [^\W\d_]")


_INGS = lazy(r"[^\W\d_]+ings\b", re.IGNORECASE)  # a noun made of a verb: "ratings", "meetings"


def derived_only(text: str, written: str) -> set[str]:
    """Return the terms `text` holds only as the plural of a noun made with "-ing" ("ratings",
    "savings") where the topic `written` has the word otherwise ("interest rates"): the same
    stem, another word ("TV ratings" is not "rates"), so no match of the topic."""
    found = {term for match in _INGS.finditer(text) for term in terms_of(match.group())}
    if not found:
        return set()
    asked = {
        term
        for word in written.split()
        if not word.casefold().rstrip("s").endswith("ing")
        for term in terms_of(word)
    }
    derived = found & asked
    if not derived:
        return set()
    otherwise = {
        term
        for word in _WORD.finditer(text)
        if not word.group().casefold().endswith("ings")
        for term in terms_of(word.group())
    }
    return derived - otherwise


def title_terms(text: str, written: str) -> set[str]:
    """Return the terms of a title that may meet the topic `written`: not a stem it shares
    only by another word ("ratings" of "interest rates": `derived_only`)."""
    return set(terms_of(text)) - derived_only(text, written)
