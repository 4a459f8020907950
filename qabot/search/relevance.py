"""Relevance: which retrieved passages are about the question, and what each adds to an answer.

BM25 ranks every passage sharing a word with the question, so the fifth hit for "who said the
week had been difficult?" may share only "week". A passage is shown when it matches enough of
the question's weight (the idf of the terms it holds, title words at half) relative to the best
hit, and scores not far below it; the rest are counted as weakly related, not shown. A passage
whose sentences were already shown as quotes above it is cut to the sentences it adds, or left
out when it adds nothing about the question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qabot.records import Passage, Quote
from qabot.search.asked_sums import takings_verb
from qabot.search.duplicates import sentences_of
from qabot.text import tokenize
from qabot.text.patterns import lazy
from qabot.text.signatures import term_bit, title_bit

# a passage must match this share of the best hit's question weight...
COVERAGE_SHARE = 0.8
ABOUT_SHARE = 0.5  # a passage mentions a topic when it holds this share of the topic's weight
# ... and score at least this share of the best hit's BM25 score
SCORE_SHARE = 0.3
TITLE_WEIGHT = 0.5  # a question word only in the article's title counts half (as in ranking)

# the words that frame a "how many/much ..." question say what kind of answer is wanted, not
# what it is about: "How much does the Mac mini cost?" is not about passages holding "much",
# nor "by how much did exports grow?"
_FRAME = lazy(
    r"^\s*(?:by\s+)?how\s+(many|much|long|often|far|old|big|large|high|tall)\b", re.IGNORECASE
)


# the verbs news tells money taken in by, as terms ("took", "taken" are forms of "take" the
# stemmer keeps apart)
TAKINGS_TERMS = tuple(tokenize("made make take took taken earned grossed takings"))


@lru_cache(maxsize=64)
def question_terms(question: str) -> tuple[str, ...]:
    """Return the analysed terms of a question's words, kept for the last questions: one answer
    analyses the same words in several steps (reading the question, the search, relevance)."""
    return tuple(tokenize(question))


def search_terms(question: str) -> list[str]:
    """Return the analysed terms the engine is asked for `question`: its words, less the one
    framing a "how many/much ..." question ("many" is in a fifth of all passages: searched, it
    ranks passages by a word that is no part of the answer, and costs the engine most). A sum
    asked by a verb of money taken in ("how much did the film make") searches the verbs news
    tells takings by ("has taken $75m", "grossed", "earned"), each a form of another's sense:
    not weighed as the question's words, which a passage need not hold."""
    terms = list(_search_terms(question))
    if takings_verb(question):
        terms += [term for term in TAKINGS_TERMS if term not in terms]
    return terms


@lru_cache(maxsize=64)
def _search_terms(question: str) -> tuple[str, ...]:
    """`search_terms`, kept for the last questions (relevance weighs them again)."""
    terms = question_terms(question)
    frame = _FRAME.match(question)
    if not frame:
        return terms
    framing = set(tokenize(frame.group(1)))
    # "how much did the film make": a sum is asked, seldom written with "make" ("has taken $75m")
    framing.update(tokenize(takings_verb(question) or ""))
    return tuple(term for term in terms if term not in framing) or terms


def relevance_terms(question: str) -> list[str]:
    """Return the distinct analysed terms a passage must match to be about `question`: those
    searched, each once."""
    return list(dict.fromkeys(_search_terms(question)))


def coverage(
    weights: Mapping[str, float], text_terms: Iterable[str], title_terms: Iterable[str] = ()
) -> float:
    """Return the share of the question's weight that a passage's terms match (0..1)."""
    total = math.fsum(weights.values())
    if total <= 0:
        return 0.0
    in_text = text_terms if isinstance(text_terms, (set, frozenset)) else set(text_terms)
    in_title = title_terms if isinstance(title_terms, (set, frozenset)) else set(title_terms)
    matched = math.fsum(
        [
            weight if term in in_text else TITLE_WEIGHT * weight if term in in_title else 0.0
            for term, weight in weights.items()
        ]
    )
    return matched / total


def off_topic(about: dict[str, float], words: frozenset[str]) -> bool:
    """Return whether a passage holding `words` is about the person asked of, not the topic
    asked about (less than ABOUT_SHARE of its weight). Told before it is kept: a passage off
    the topic, never shown, would otherwise cut its neighbour to what it adds beside it (the
    sentences of a year asked about lost to the passage overlapping them that lacks the year)."""
    return coverage(about, words) < ABOUT_SHARE


class CoverageBound:
    """The most of a question's weight a passage can match (`coverage`), from the signatures
    stored with it, before it is read: a term whose bit its text signature lacks is not in its
    text, one whose bit its title signature also lacks is in neither. Each term counts as
    `coverage` counts it or more, both summed exactly (fsum), so the bound is never below."""

    __slots__ = ("_terms", "_total")

    def __init__(self, weights: Mapping[str, float]) -> None:
        self._total = math.fsum(weights.values())
        self._terms = [
            (weight, term_bit(term), title_bit(term)) for term, weight in weights.items()
        ]

    def __call__(self, signature: int, title: int) -> float:
        """Return the bound for a passage of this text `signature` and `title` signature (-1:
        its title is not known, so any term may be in it)."""
        total = self._total
        if total <= 0:
            return 0.0
        matched = math.fsum(
            [
                weight if signature & bit else TITLE_WEIGHT * weight if title & title_only else 0.0
                for weight, bit, title_only in self._terms
            ]
        )
        return matched / total


@dataclass(frozen=True, slots=True)
class Floor:
    """The bar a passage must clear, set by the best hit of one question."""

    best_score: float
    best_coverage: float
    share: float = COVERAGE_SHARE  # of the best hit's coverage a passage must match

    def admits(self, score: float, share: float) -> bool:
        """Return whether a passage with this score and coverage is about the question."""
        return score >= SCORE_SHARE * self.best_score and share >= (
            self.share * self.best_coverage - 1e-9
        )

    def rules_out(self, bound: float) -> bool:
        """Return whether a passage matching at most `bound` of the question's weight
        (`CoverageBound`) is below the floor whatever it holds (with a margin far above the
        rounding of sums in another order)."""
        return bound < self.share * self.best_coverage - 2e-9


def shown_sentences(passage: Passage, quotes: Sequence[Quote]) -> list[tuple[int, int, bool]]:
    """Return the passage's sentences as (start, end, already shown as a quote) in its text."""
    spans = [
        (quote.start - passage.start, quote.end - passage.start)
        for quote in quotes
        if quote.article_id == passage.article_id
        and quote.start < passage.end
        and passage.start < quote.end
    ]
    attributions = {
        " ".join(quote.sentence.split())
        for quote in quotes
        if quote.article_id == passage.article_id
    }
    sentences = []
    for start, end in sentences_of(passage):
        folded = " ".join(passage.text[start:end].split())
        shown = any(left < end and start < right for left, right in spans) or any(
            folded in attribution for attribution in attributions
        )
        sentences.append((start, end, shown))
    return sentences


def new_part(
    passage: Passage, quotes: Sequence[Quote], weights: Mapping[str, float]
) -> Passage | None:
    """Return the passage cut to what it adds to `quotes` shown above it, or None.

    The part is the run of consecutive sentences not shown as quotes that matches most of the
    question's weight (verbatim, offsets kept); None when every sentence was shown.
    """
    if not quotes:
        return passage
    sentences = shown_sentences(passage, quotes)
    if not any(shown for _, _, shown in sentences):
        return passage
    runs: list[tuple[int, int]] = []
    for start, end, shown in sentences:
        if shown:
            continue
        if runs and not any(
            s_shown for s_start, _, s_shown in sentences if runs[-1][1] <= s_start < start
        ):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    if not runs:
        return None
    stored = _terms_by_span(passage)

    def run_terms(run: tuple[int, int]) -> list[str]:
        if not stored:
            return tokenize(passage.text[run[0] : run[1]])
        inside = [terms for (a, b), terms in stored.items() if run[0] <= a and b <= run[1]]
        return " ".join(inside).split()

    start, end = max(runs, key=lambda run: coverage(weights, run_terms(run)))
    return passage.cut(start, end)


def _terms_by_span(passage: Passage) -> dict[tuple[int, int], str]:
    """Return the stored terms of each sentence by its span, or {} when they are not stored
    (sentences meet at white space, so a run's terms are its sentences' terms)."""
    spans = passage.sentence_spans()
    if not passage.sentence_terms or len(passage.sentence_terms) != len(spans):
        return {}
    return dict(zip(spans, passage.sentence_terms, strict=True))
