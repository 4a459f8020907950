"""Emphasis: the one sentence of a passage that best answers the question.

Front ends mark that sentence (never a whole passage). Sentences are scored by the question
weight (idf) of the terms they hold; for "when", "how many" and "how much" questions a sentence
that also holds a date or a figure about the question's subject (next to one of its words:
"150,000 troops", "a $27bn back tax bill") wins over one with the subject alone or a figure alone.
A question word the passage never holds counts, a little less, in another form of it that the
passage does hold ("bankrupt" asked, "bankruptcy" written: `word_forms.kin_forms`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping

from qabot.records import Passage
from qabot.search.event_dates import dates_event_in, holds_event
from qabot.search.word_forms import kin_forms
from qabot.text import sentence_spans, tokenize
from qabot.text.figures import DATE, MONEY, NUMBER
from qabot.text.patterns import LazyPattern, lazy

# a figure is about a question word right after it ("150,000 troops", "$27bn back tax") or
# just before it ("will cost £339"): this many words away at most
WORDS_AFTER, WORDS_BEFORE = 2, 1
# a question word's other form ("bankruptcy" for "bankrupt") is worth this share of the word
KIN_SHARE = 0.9

_ASKS_WHEN = lazy(
    r"^\s*(?:when|(?:in |by |since |until )?what (?:year|date|day|month|time))\b", re.IGNORECASE
)
_ASKS_NUMBER = lazy(
    r"^\s*(?:how (?:many|long|old|far|big|large|high)|what (?:percentage|share|proportion"
    r"|number))\b",
    re.IGNORECASE,
)
_ASKS_AMOUNT = lazy(r"^\s*(?:how much|what (?:amount|price|sum))\b", re.IGNORECASE)
# "how many apartments ...": the word counted, whose count answers it ("350 new apartments")
_COUNTED = lazy(r"^\s*how many\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE)


def asks_when(question: str) -> bool:
    """Return whether `question` asks when ("when did ...", "in what year ...")."""
    return _ASKS_WHEN.match(question) is not None


def answer_kinds(question: str) -> list[LazyPattern]:
    """Return the patterns of the words that answer `question`, most telling first."""
    if _ASKS_WHEN.match(question):
        return [DATE]
    if _ASKS_AMOUNT.match(question):
        return [MONEY, NUMBER]
    if _ASKS_NUMBER.match(question):
        return [NUMBER]
    return []


def counted_term(question: str) -> str | None:
    """Return the term of the word a "how many" question counts ("apartments"), or None."""
    asked = _COUNTED.match(question)
    terms = tokenize(asked.group("noun")) if asked else []
    return terms[0] if terms else None


def _counts(sentence: str, term: str) -> bool:
    """Return whether a number in `sentence` counts `term`: the word is right after it, or
    a word or two later ("350 new apartments")."""
    for match in NUMBER.finditer(sentence):
        if term in tokenize(" ".join(sentence[match.end() :].split()[:WORDS_AFTER])):
            return True
    return False


def _near_a_term(sentence: str, start: int, end: int, terms: Collection[str]) -> bool:
    """Return whether a question word is next to the figure at sentence[start:end]."""
    after = " ".join(sentence[end:].split()[:WORDS_AFTER])
    before = " ".join(sentence[:start].split()[-WORDS_BEFORE:])
    return any(term in terms for term in tokenize(f"{before} {after}"))


def best_sentence(
    text: str | Passage, terms: Collection[str] | Mapping[str, float], question: str = ""
) -> str:
    """Return the sentence of a passage (or a text) that holds the most question weight
    (`terms`: a set counts each term 1, a mapping gives each its idf). A passage's sentences
    and their terms come as stored at index time; a bare text is analysed here.

    For a question asking for a date, a number or an amount, a sentence holding one (more if
    it sits near a question word, most if it is money for "how much") wins among sentences
    holding the same question words; it never outweighs a question word. A number counting
    what "how many" asks about ("350 new apartments") is the answer: its sentence wins over
    every sentence without one. Then the first.
    """
    weights = terms if isinstance(terms, (dict, Mapping)) else dict.fromkeys(terms, 1.0)
    kinds = answer_kinds(question)
    positive = [weight for weight in weights.values() if weight > 0]
    unit = (min(positive) if positive else 1.0) / 4  # four units stay below any question word
    counted = counted_term(question)
    count = (counted, math.fsum(positive)) if counted and positive and counted in weights else None
    if (
        isinstance(text, Passage)
        and text.sentence_terms
        and len(text.sentence_terms) == len(text.sentence_ends)
    ):
        return _best_stored(text, weights, kinds, unit, count)
    if isinstance(text, Passage):
        text = text.text
    spans = sentence_spans(text)
    sentence_terms = [set(tokenize(text[a:b])) for a, b in spans]
    kin = _kin_weights(weights, set().union(*sentence_terms))
    best, best_score = "", -1.0
    for (a, b), held in zip(spans, sentence_terms, strict=True):
        sentence = text[a:b]
        matched = weights.keys() & held
        score = math.fsum(weights[term] for term in matched) + _kin_score(kin, held)
        if matched:
            score += unit * _figure_bonus(sentence, kinds, matched, weights, held)
        if count and count[0] in held and _counts(sentence, count[0]):
            score += count[1]
        if score > best_score:
            best, best_score = sentence, score
    return best or text


def _best_stored(
    passage: Passage,
    weights: Mapping[str, float],
    kinds: list[LazyPattern],
    unit: float,
    count: tuple[str, float] | None = None,
) -> str:
    """Return `best_sentence` of a passage with stored sentence terms, scoring only the
    sentences holding a question term (found as a whole word in all their terms at once):
    every other scores 0, so the first sentence wins when none scores. Only the sentences
    scored for a figure, and the one returned, are found in the text."""
    stored = passage.sentence_terms
    # terms are joined by single spaces and never hold a line break: " t " is the term t, and
    # the line breaks before it count the sentences before its own
    padded = " " + " \n ".join(stored) + " "
    holding: set[int] = set()
    kin: dict[str, tuple[list[str], float]] = {}
    if any(weights[term] > 0 and f" {term} " not in padded for term in weights):
        kin = _kin_weights(weights, set(padded.split()))
    for term in [*weights, *kin]:
        word = f" {term} "
        at = padded.find(word)
        line = counted = 0
        while at >= 0:
            line += padded.count("\n", counted, at)
            holding.add(line)
            counted = padded.find("\n", at)  # the next sentence: this one is known to hold it
            if counted < 0:
                break
            at = padded.find(word, counted)
    best, best_score = 0, 0.0
    keys = weights.keys()
    for i in sorted(holding):
        held = set(stored[i].split())
        matched = keys & held
        score = math.fsum(weights[term] for term in matched) + _kin_score(kin, held)
        if kinds:
            a, b = passage.sentence_span(i)
            score += unit * _figure_bonus(passage.text[a:b], kinds, matched, weights, held)
            if count and count[0] in held and _counts(passage.text[a:b], count[0]):
                score += count[1]
        if score > best_score:
            best, best_score = i, score
    a, b = passage.sentence_span(best)
    return passage.text[a:b] or passage.text


def _kin_weights(
    weights: Mapping[str, float], vocabulary: set[str]
) -> dict[str, tuple[list[str], float]]:
    """Return the other forms in `vocabulary` of the question words it lacks, each with the
    words it stands for and its weight (`KIN_SHARE` of theirs)."""
    missing = [term for term, weight in weights.items() if weight > 0 and term not in vocabulary]
    if not missing:
        return {}
    return {
        form: (asked, KIN_SHARE * max(weights[term] for term in asked))
        for form, asked in kin_forms(missing, vocabulary).items()
    }


def _kin_score(kin: Mapping[str, tuple[list[str], float]], held: set[str]) -> float:
    """Return the weight a sentence's other forms of missing question words add: each
    question word counted once, by its best form."""
    if not kin:
        return 0.0
    best: dict[str, float] = {}
    for form in kin.keys() & held:
        asked, weight = kin[form]
        for term in asked:
            best[term] = max(best.get(term, 0.0), weight)
    return math.fsum(best.values())


def _figure_bonus(
    sentence: str,
    kinds: list[LazyPattern],
    terms: Collection[str],
    weights: Mapping[str, float],
    held: Collection[str],
) -> int:
    """Return 0-3: the sentence holds the kind of words asked for (1), near a question word
    (2), of the most telling kind, e.g. money for "how much" (3), or for "when" a calendar
    date beside most of the question's weight (3: it dates the event, `event_dates`)."""
    if kinds == [DATE] and holds_event(held, weights) and dates_event_in(sentence, weights):
        return 3
    bonus = 0
    for rank, kind in enumerate(kinds):
        for match in kind.finditer(sentence):
            near = _near_a_term(sentence, match.start(), match.end(), terms)
            bonus = max(bonus, 1 + near + (near and rank == 0 and len(kinds) > 1))
    return bonus
