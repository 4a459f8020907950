"""Role scores: how well one person's role words fit a role question (a step of
`qabot.attribution.role_matching`, once per person who holds one of the question's words).

The question is read once into a `RoleQuery`; `score_holder` weighs the words a person is given
against it, the rarer and the more typical of them the better, and says when the role is
not whom it means ("the deputy mayor" is not the mayor) or names an owner the person's roles
do not vouch for ("Bolger's lawyer").
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from qabot.attribution.role_kinds import (
    GENERIC,
    RANKS,
    SPOKES,
    field_manager,
    qualifies,
    within_longer_owner,
)
from qabot.attribution.speaker_words import PERSON_WORDS, head_noun, role_word
from qabot.text import STOP_WORDS
from qabot.text.lexicon import ROLE_NOUNS, role_words

# a role word the articles give someone this often is theirs for sure; given once, it may be a
# misreading ("home secretary" for a man the home secretary spoke about) and weighs less
SEEN_ENOUGH = 3
# a head noun this short may be an abbreviation the articles write out ("DA"): no telling
SHORT_HEAD = 3
_UNRANKED_NOUNS = ROLE_NOUNS - RANKS  # made once: every holder weighed reads it


@lru_cache(maxsize=1 << 10)
def asked_role_words(role: str) -> tuple[frozenset[str], str | None]:
    """Return the words of a role asked, in one spelling, and its head noun: read once for
    every candidate a question weighs against it (`RoleHolders.share`)."""
    words = frozenset(role_word(w) for w in role_words(role) if w not in STOP_WORDS)
    return words, head_noun(role)


@lru_cache(maxsize=1 << 12)
def written_role_words(written: str) -> frozenset[str]:
    """Return the role words of a name as written, in one spelling (`RoleHolders.share`: a
    candidate is weighed against the role asked and its party's other name)."""
    return frozenset(role_word(w) for w in role_words(written))


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleQuery:
    """A role question read once: its words in the articles' spellings and what they say."""

    words: frozenset[str]  # the role's words, each as the articles' roles spell it
    head: str | None  # its head noun ("director" of "director of the hospital")
    forms: dict[str, list[str]]  # each word's spellings someone is given
    identifying: frozenset[str]  # the words that say whose or which role ("Bolger", "Welsh")
    common: bool  # an acronym that spells a common word ("WHO"): only a sentence can tell
    asked: frozenset[str]  # every spelling of the question's words someone is given


@dataclass(frozen=True, slots=True)
class HolderScore:
    """How one person fits a role question."""

    score: float | None  # None: not whom the role means
    unowned: bool  # the role's owner is not among their role words (a sentence may vouch)


def score_holder(held: Counter[str], query: RoleQuery, idf: dict[str, float]) -> HolderScore:
    """Return how well the role words `held` by one person fit `query` (`idf`: how rare each
    word is among the people quoted)."""
    words, head, forms = query.words, query.head, query.forms
    identifying, common, asked = query.identifying, query.common, query.asked
    unowned = False
    top = max(held.values())
    weight: dict[str, float] = {}
    for word in words:
        seen = [f for f in forms[word] if f in held]
        if seen:
            weight[word] = max(
                idf.get(f, 1.0)
                * (0.5 + 0.5 * held[f] / top)
                * (0.5 + 0.5 * min(held[f], SEEN_ENOUGH) / SEEN_ENOUGH)
                for f in seen
            )
            if word in identifying and word not in held and within_longer_owner(held, seen, asked):
                weight[word] *= 0.5  # "Irish" of the "British and Irish Lions"
    shared = set(weight)
    if not shared:
        return HolderScore(None, unowned)
    specific = shared - ROLE_NOUNS  # "NATO" in "NATO chief" is what identifies someone
    if not (specific or shared == words or head in shared):
        return HolderScore(None, unowned)
    if (
        head in ROLE_NOUNS - GENERIC
        and head not in shared
        and not any(word in ROLE_NOUNS for word in shared)
        and any(word in ROLE_NOUNS for word in held)
    ):  # "the BBC chairman" is no one the articles call only the BBC's "head of ..."
        return HolderScore(None, unowned)
    if (
        head
        and len(head) > SHORT_HEAD
        and head not in GENERIC
        and forms.get(head)
        and head not in shared
        and not shared & PERSON_WORDS
        and any(word in PERSON_WORDS for word in held if word not in asked)
    ):
        # "the second seed" is no striker of a "crucial second goal", "the Northern Ireland
        # runner" no Northern Ireland minister: the role's noun, which the articles give
        # others, is not theirs, and a noun of their own says what they are instead (a "DA"
        # may be a district attorney)
        return HolderScore(None, unowned)
    if head in GENERIC and head not in shared and not SPOKES.isdisjoint(held):
        return HolderScore(None, unowned)  # "the head of the FA" is not its spokesman
    if head in GENERIC and field_manager(held, [f for f in forms[head] if f in held], words):
        return HolderScore(None, unowned)  # "the Microsoft boss" is not its "security manager"
    if identifying and (
        common
        or not identifying <= shared
        or (head in PERSON_WORDS and head not in shared)  # "DA": no telling
    ):
        # "Bolger's lawyer" is not any lawyer, the "Reds" boss not "the Red Cross" head,
        # the "Celtic captain" not its manager; and role words are stored case-folded,
        # so only a sentence can tell the WHO from "who"
        unowned = True
    score = math.fsum(weight.values())
    if head in shared:
        score += max(idf.get(f, 1.0) for f in forms[head] if f in held)
    as_head = max((held[f] for f in forms.get(head, ()) if f in held), default=0) if head else 0
    ranks = [held[w] for w in held if w not in asked and w in RANKS]
    if ranks and as_head and max(ranks) >= as_head:
        # ... unless another role noun they hold as often explains the rank ("shadow" of
        # the "shadow foreign secretary" who is also the "Tory foreign affairs spokesman")
        nouns = [held[w] for w in held if w not in asked and w in _UNRANKED_NOUNS]
        if max(nouns, default=0) < max(ranks):
            # always the "deputy governor" when with that noun: not "the governor" (a
            # "former Yukos boss" may still be "the jailed tycoon": weighed less below)
            return HolderScore(None, unowned)
    if words & RANKS and (words & RANKS - set(held) or (head and head not in shared)):
        # "the deputy mayor" is not the mayor, nor "the shadow chancellor" him, nor any
        # deputy of something else
        return HolderScore(None, unowned)
    other = [held[w] for w in held if w not in asked and qualifies(w)]
    if any(
        n >= 0.3 * top for n in other
    ):  # mostly the "shadow" or "former" one: not who "the foreign secretary" means
        score *= 0.5
    return HolderScore(score, unowned)
