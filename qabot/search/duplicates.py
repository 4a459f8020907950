"""Duplicates: which retrieved passages repeat one ranked above them.

Two passages are one story when they overlap in the same article, or when they share
DUPLICATE_JACCARD of their distinct terms (the same story saved twice, a wire copy). The test
runs on every candidate an answer reads, so it is kept near-linear and cheap (`Distinct`).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from qabot.records import Passage
from qabot.text import sentence_spans, tokenize

DUPLICATE_JACCARD = 0.8  # share of distinct terms two passages must share to count as one story
EAGER_ORDER = 200  # above this many candidates, order terms by how many candidates hold them
PAIRWISE_MAX = 24  # while fewer are kept, a new passage is compared with each kept one
# two term sets that alike differ in at most this share of their summed sizes (1/9 at 0.8)
DIFFER_SHARE = (1 - DUPLICATE_JACCARD) / (1 + DUPLICATE_JACCARD)
SHOWN_KEPT = 256  # shown passages' texts kept made one line (a page's, a few questions')


def term_set(passage: Passage) -> frozenset[str]:
    """Return the distinct analysed terms of a passage (stored ones when it has them)."""
    if passage.sentence_terms:
        return frozenset(" ".join(passage.sentence_terms).split())
    return frozenset(tokenize(passage.text))


def held_terms(passage: Passage, terms: Iterable[str]) -> frozenset[str]:
    """Return those of `terms` that `term_set(passage)` holds, without making that set (a
    substring test per term: stored terms never hold white space)."""
    if not passage.sentence_terms:
        return term_set(passage).intersection(terms)
    padded = f" {' '.join(passage.sentence_terms)} "
    return frozenset(term for term in terms if f" {term} " in padded)


class Distinct:
    """The passages kept so far, and a near-linear test of whether a new one repeats one of them.

    Overlaps are only looked for within the same article. Near-duplicates (Jaccard >= threshold)
    are found by comparing with every kept passage while few are kept (a set intersection in C
    each, cheaper than any index), then by prefix filtering: with each term set in one order
    that all sets agree on for the terms they share, two sets that similar share a term among
    the first |A| - ceil(threshold * |A|) + 1 of each, so only passages sharing such a prefix
    term are compared. Both tests are exact: they keep the same passages.

    When every candidate's terms are known (`shared`: the terms more than one of them holds;
    given at the start, or by `share` once a long read has read them all),
    a set's other terms come first: a prefix made of them alone meets no other set, and most
    passages' prefixes are such. Then the order is by Python's string hash (fixed during one
    call), the question's terms, which every hit shares, last.
    """

    def __init__(self, question: frozenset[str], shared: frozenset[str] | None = None) -> None:
        self._question = question
        self._shared = shared
        self.kept: list[tuple[Passage, float, frozenset[str]]] = []
        self._by_article: dict[str, list[Passage]] = {}
        # by prefix term, the kept passages: from the start when `shared` is known, else once
        # PAIRWISE_MAX are kept (until then each one is compared)
        self._by_prefix_term: dict[str, list[int]] | None = None if shared is None else {}

    def add(self, passage: Passage, score: float, words: frozenset[str]) -> bool:
        """Keep the passage unless it repeats a kept one; return whether it was kept."""
        same_article = self._by_article.get(passage.article_id)
        if same_article is not None:
            start, end = passage.start, passage.end
            if any(start < other.end and other.start < end for other in same_article):
                return False
        if self._by_prefix_term is None:
            if self._near_duplicate(words):
                return False
            prefix: list[str] = []
        else:
            prefix = self._prefix(words)
            if self._near_duplicate_by_prefix(words, prefix):
                return False
        number = len(self.kept)
        self.kept.append((passage, score, words))
        if same_article is None:
            self._by_article[passage.article_id] = [passage]
        else:
            same_article.append(passage)
        if self._by_prefix_term is not None:
            for term in prefix:
                self._by_prefix_term.setdefault(term, []).append(number)
        elif len(self.kept) >= PAIRWISE_MAX:
            self._by_prefix_term = {}
            for number, (_, _, kept_words) in enumerate(self.kept):
                for term in self._prefix(kept_words):
                    self._by_prefix_term.setdefault(term, []).append(number)
        return True

    def beside(self, passage: Passage) -> Passage | None:
        """Return what `passage` adds beside the kept passages of its article it overlaps
        (`beside`), or None."""
        return beside(passage, self._by_article.get(passage.article_id, ()))

    def release(self, passage: Passage) -> None:
        """Let `passage` (kept) overlap no later passage of its article: a part too weak to
        show leaves its sentences to its neighbours. It still repeats a near-duplicate."""
        same_article = self._by_article.get(passage.article_id, [])
        if passage in same_article:
            same_article.remove(passage)

    def share(self, shared: frozenset[str]) -> None:
        """Order prefixes by `shared` (the terms more than one candidate holds) from now on,
        when every candidate's terms have come to be known after some were kept."""
        self._shared = shared
        self._by_prefix_term = {}
        for number, (_, _, kept_words) in enumerate(self.kept):
            for term in self._prefix(kept_words):
                self._by_prefix_term.setdefault(term, []).append(number)

    def _near_duplicate(self, words: frozenset[str]) -> bool:
        """Compare `words` with every kept passage's terms."""
        size = len(words)
        for _, _, other in self.kept:  # alike inlined: this loop is most of a plain answer's
            other_size = len(other)
            if DUPLICATE_JACCARD * max(size, other_size) > min(size, other_size):
                continue
            shared = len(words & other)
            if shared >= DUPLICATE_JACCARD * (size + other_size - shared):
                return True
        return False

    def _near_duplicate_by_prefix(self, words: frozenset[str], prefix: list[str]) -> bool:
        """Compare `words` with the kept passages sharing one of its prefix terms."""
        by_term = self._by_prefix_term or {}
        seen: set[int] = set()
        size = len(words)
        for term in prefix:
            for number in by_term.get(term, ()):
                if number not in seen:
                    seen.add(number)
                    if alike(words, size, self.kept[number][2]):
                        return True
        return False

    def _prefix(self, words: frozenset[str]) -> list[str]:
        if not words:
            return [""]  # passages without terms are all alike
        size = len(words)
        length = size - math.ceil(DUPLICATE_JACCARD * size) + 1
        if self._shared is not None:
            words = words & self._shared
            length -= size - len(words)  # terms no other candidate holds: first, never met
            if length <= 0:
                return []
        rest = sorted(words - self._question, key=hash)
        if len(rest) < length:
            rest += sorted(words & self._question, key=hash)
        return rest[:length]


def sentences_of(passage: Passage) -> list[tuple[int, int]]:
    """Return the passage's sentences: as stored at index time, else found now."""
    return passage.sentence_spans() if passage.sentence_ends else sentence_spans(passage.text)


def outside_runs(passage: Passage, others: Iterable[Passage]) -> list[tuple[int, int]] | None:
    """Return the runs of consecutive whole sentences of `passage` (offsets in its text) that no
    passage of `others` from its article holds, or None when it overlaps none of them."""
    start, end = passage.start, passage.end
    spans = [
        (other.start, other.end)
        for other in others
        if other.article_id == passage.article_id and start < other.end and other.start < end
    ]
    if not spans:
        return None
    runs: list[tuple[int, int]] = []
    joined = False  # the sentence before is in the last run
    for a, b in sentences_of(passage):
        if any(start + a < right and left < start + b for left, right in spans):
            joined = False
        elif joined:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
            joined = True
    return runs


def beside(passage: Passage, kept: Iterable[Passage]) -> Passage | None:
    """Return `passage` cut to its longest run of whole sentences outside the `kept` passages
    of its article it overlaps, or None when it overlaps none of them or adds no sentence.

    Consecutive passages of an article share a paragraph: the one ranked lower is no repeat of
    the other, and what it adds ("pre-tax profits rose 15% to £546m" beside the story's later
    paragraphs) may be what was asked."""
    runs = outside_runs(passage, kept)
    if not runs:
        return None
    return passage.cut(*max(runs, key=lambda run: run[1] - run[0]))


def alike(words: frozenset[str], size: int, other: frozenset[str]) -> bool:
    """Return whether two term sets share DUPLICATE_JACCARD of their union."""
    other_size = len(other)
    if DUPLICATE_JACCARD * max(size, other_size) > min(size, other_size):
        return False  # sizes too far apart for the sets to be that alike
    shared = len(words & other)  # the union's size follows: no second set
    return shared >= DUPLICATE_JACCARD * (size + other_size - shared)


def distinct_passages(
    candidates: list[tuple[Passage, float]], question: set[str], wanted: int
) -> list[tuple[Passage, float]]:
    """Return up to `wanted` of the candidates, best first, without repeats (see Distinct)."""
    sets, distinct = term_sets(candidates, question)
    for (passage, score), words in zip(candidates, sets, strict=True):
        distinct.add(passage, score, words)
        if len(distinct.kept) >= wanted:
            break
    return [(passage, score) for passage, score, _ in distinct.kept]


def term_sets(
    candidates: list[tuple[Passage, float]], question: set[str], eager_above: int = EAGER_ORDER
) -> tuple[Iterable[frozenset[str]], Distinct]:
    """Return the candidates' term sets (lazily when few) and an empty Distinct for them.

    Above `eager_above` candidates every set is read first (a caller that reads them all
    anyway says so with a lower bound).
    """
    sets: Iterable[frozenset[str]] = (term_set(p) for p, _ in candidates)
    if len(candidates) <= eager_above:
        return sets, Distinct(frozenset(question))  # a few: read no more sets than needed
    sets = list(sets)
    return sets, Distinct(frozenset(question), shared_terms(sets))


def shared_terms(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    """Return the terms more than one of the term sets holds."""
    counts = Counter(itertools.chain.from_iterable(sets))
    return frozenset(term for term, count in counts.items() if count > 1)


def repeats_shown(passage: Passage, shown: Iterable[Passage]) -> bool:
    """Return whether every sentence of `passage` is written in one of the `shown` passages of
    other articles: a story saved twice is cut into passages at other places, so its copy's
    passage may join two shown ones' paragraphs ("[3]" repeating "[1]" and "[2]"), which the
    test of terms shared (`alike`) does not find."""
    others = [other.text for other in shown if other.article_id != passage.article_id]
    if not others:
        return False
    ends = passage.sentence_ends
    # most candidates repeat none: their first sentence is all that is found and made one line
    spans = map(passage.sentence_span, range(len(ends))) if ends else sentence_spans(passage.text)
    if not ends and not spans:
        return False
    written = " ".join([_one_line(text) for text in others])
    text = passage.text
    return all(" ".join(text[a:b].split()) in written for a, b in spans)


@lru_cache(maxsize=SHOWN_KEPT)
def _one_line(text: str) -> str:
    """Return `text` with each run of white space as one space (a shown passage is compared
    with every candidate read below it: made so once, not once a candidate)."""
    return " ".join(text.split())
