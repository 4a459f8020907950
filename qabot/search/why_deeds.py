"""The deed a "why" question takes as told: "why did X cancel Y?", "why was X sent off?" ask a
reason for something X did, and "which post did X turn down?" what it was done to, so a passage
answers only when it tells that deed.

The question's words are found in passages that never tell it: "why did the band pull out of
the festival" matched the band headlining it, "why did the site cancel the sale" a story of the
sale. The deed is the first word after the question's subject (a word typed with a capital, or
one the archive mostly writes so, is part of a name), or the phrasal verb it opens ("pull out":
"withdrew"); a passage tells it with a sentence (or its article's title) holding that verb, a
form or a synonym of it, or a phrasal verb of its sense ("stayed away" for "miss"), beside
another word of the question. A verb that asks nothing of its own ("make", "get", "want to",
"say"), a phrasal verb not listed and "why is X so unhappy" (a state, not a deed) are left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.search.quote_ranking import sentences_with_terms
from qabot.search.retrieval import Hit
from qabot.search.who_did import LIGHT_VERBS, tells_verb
from qabot.text import tokenize
from qabot.text.lexicon import IRREGULAR_FORMS, PHRASAL_VERBS
from qabot.text.patterns import lazy

_AUX = r"did|does|do|has|have|had|will|would|could|can|might|should"
# "why did X ...", "why was X ...", "which post did X ...": the deed X did is asked about
_WHY = lazy(
    rf"\s*(?:why\s+(?P<aux>{_AUX}|is|was|are|were)|(?:which|what)(?:\s+[\w'’&-]+){{1,4}}?"
    rf"\s+(?:{_AUX}))\s+(?P<rest>.+)",
    re.IGNORECASE,
)
_STATE_AUX = frozenset("is was are were".split())
_BE = frozenset("being been".split())
# an adjective or a clause follows: "why is X so angry after losing"
_STATE_ENDS = frozenset(
    "so too very more less still not such after before when while because since".split()
)
_DETERMINERS = frozenset("the a an his her its their this that these those some so".split())
_PARTICIPLE = lazy(r"[a-z]+(?:ed|en|ing)", re.IGNORECASE)
_WORD = lazy(r"[\w'’&-]+")
# particles that make a verb another ("turn down", "give up"); "in", "on", "over" ... are as
# often prepositions after the verb ("visit in", "play on")
_ADVERB_PARTICLES = frozenset("up down out off back away".split())
_PARTICLE = lazy(r"\s+(?P<p>up|down|out|off|over|in|into|on|back|away|through)\b", re.I)
# verbs whose deed is their object's or the next verb's ("want to close", "make X retake"),
# words, thoughts and names ("say sorry", "think", "called 'the iron oar'": "dubbed"): told in
# other words as often as in these (a phrasal verb listed is a deed: "give up", "call off")
_NOT_DEEDS = LIGHT_VERBS | frozenset(
    "want wants wanted need needs needed try tries tried hope hopes hoped plan plans planned "
    "decide decides decided choose chose chosen say says said think thinks thought feel felt "
    "believe believes believed claim claims claimed look looks looked call calls called name "
    "names named dub dubs dubbed nickname nicknamed know knows known".split()
)


@dataclass(frozen=True, slots=True)
class Deed:
    """The deed a question asks a reason for: as typed, and the terms that tell it."""

    typed: str
    terms: frozenset[str]
    own: frozenset[str]  # the terms of the verb as typed


def asked_deed(index: Index, question: str) -> Deed | None:
    """Return the deed a "why did X ...?" question takes as told, else None."""
    asked = _WHY.match(question)
    if asked is None:
        return None
    rest = asked.group("rest")
    for found in _WORD.finditer(rest):
        word = found.group()
        low = word.casefold()
        if low in _DETERMINERS or low.endswith(("'s", "’s")):
            continue
        if not word.islower() or written_as_a_name(index, word):
            continue  # a word of a name: "Ebay", "pixies"
        if (asked.group("aux") or "").casefold() in _STATE_AUX:
            # "why was X cancelled": the participle past the subject's words; "why is X so
            # unhappy" asks of a state, not a deed
            if low in _STATE_ENDS:
                return None
            if low in _BE or not (_PARTICIPLE.fullmatch(word) or low in IRREGULAR_FORMS):
                continue
        particle = _PARTICLE.match(rest, found.end())
        if particle is not None:
            phrase = f"{_base(IRREGULAR_FORMS.get(low, low))} {particle.group('p').casefold()}"
            senses = PHRASAL_VERBS.get(phrase)
            if senses is not None:  # "pulled out": "withdrew"
                typed = rest[found.start() : particle.end()].casefold()
                return Deed(typed, frozenset(tokenize(" ".join((low, *senses)))), frozenset())
            if particle.group("p").casefold() in _ADVERB_PARTICLES:
                return None  # a phrasal verb means what the two say together
        if low in _NOT_DEEDS:
            return None
        return Deed(low, frozenset(tokenize(low)), frozenset(tokenize(low)))
    return None


def _base(word: str) -> str:
    """Return the base form of a verb as a phrasal verb is listed ("pulled" -> "pull")."""
    found = tokenize(word)
    return _phrasal_bases().get(found[0], word) if found else word


@cache
def _phrasal_bases() -> dict[str, str]:
    """Return the verbs of the phrasal verbs listed, by their term ("pull" -> "pull")."""
    return {tokenize(verb)[0]: verb for verb, _ in map(str.split, PHRASAL_VERBS)}


def tells_deed(index: Index, question: str, hit: Hit) -> bool:
    """Return whether the hit tells the deed a "why" question takes as told (a passage further
    down its story may: "Ms X started her blog in January to ...")."""
    return missing_why_deed(index, question, [hit]) is None


def missing_why_deed(index: Index, question: str, hits: Sequence[Hit]) -> str | None:
    """Return "“<deed>”, the deed asked about" when a "why" question's deed (`asked_deed`) is
    told, in a form, a synonym or a phrasal verb of its sense, by no sentence of `hits` (nor
    their titles) beside another word of the question, else None."""
    deed = asked_deed(index, question)
    if deed is None or not deed.terms:
        return None
    rest = frozenset(tokenize(question)) - deed.terms
    phrasal = [pair for term in deed.own for pair in _phrasal_senses().get(term, ())]
    for hit in hits:
        text, title = hit.passage.text, hit.article.title  # "Iranian misses Israel match"
        spans = [(title, frozenset(tokenize(title)))] + [
            (text[start:end], terms) for start, end, terms in sentences_with_terms(hit.passage)
        ]
        for sentence, terms in spans:
            if rest.isdisjoint(terms):
                continue
            # the verb typed: its synonyms count, not those of a phrase's senses
            if tells_verb(terms, deed.terms, deed.own):
                return None
            if phrasal and _writes_phrasal(sentence, phrasal):
                return None  # "stayed away" for "miss"
    return f"“{deed.typed}”, the deed asked about"


@cache
def _phrasal_senses() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return, for the term of a word, the phrasal verbs of its sense as (verb term,
    particle): "miss" -> ("stay", "away")."""
    senses: dict[str, list[tuple[str, str]]] = {}
    for phrase, words in PHRASAL_VERBS.items():
        verb, particle = phrase.split()
        for term in tokenize(" ".join(words)):
            senses.setdefault(term, []).append((tokenize(verb)[0], particle))
    return {term: tuple(pairs) for term, pairs in senses.items()}


def _writes_phrasal(sentence: str, phrasal: list[tuple[str, str]]) -> bool:
    """Return whether `sentence` writes one of the `phrasal` verbs: a form of its verb right
    before its particle ("stayed away")."""
    for verb, particle in phrasal:
        for word in re.findall(rf"\b(\w+)\s+{particle}\b", sentence, re.IGNORECASE):
            if tokenize(IRREGULAR_FORMS.get(word.casefold(), word)) == [verb]:
                return True
    return False
