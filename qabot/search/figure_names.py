"""The names a "how many/how much" question asks about, for the figure check of
`asked_figures`: a figure is told of one of them, and their words tell not what it is of."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.clauses import NO_NAMES
from qabot.search.lacked_names import asked_name
from qabot.search.partial_match import without_possessive
from qabot.search.retrieval import Hit
from qabot.search.spelling import word_terms
from qabot.search.subject import everyday_weight
from qabot.text import TYPED_WORD, tokenize


def question_names(index: Index, question: str) -> dict[str, frozenset[str]]:
    """Return the terms of each name `question` asks about: a word the archive writes as a name
    (`asked_name`) that is no everyday word of it ("UK"), possessive or not ("japan's")."""
    common = everyday_weight(len(index.engine))
    names: dict[str, frozenset[str]] = {}
    for typed in TYPED_WORD.findall(question):
        word = without_possessive(typed)
        terms = word_terms(word)
        if not terms or not word.isalpha() or len(word) < 2 or word.casefold() in NO_NAMES:
            continue
        weights = index.engine.idf(terms)
        if max(weights.get(term, 0.0) for term in terms) < common:
            continue
        if asked_name(index, word):
            names[word] = frozenset(terms)
    return names


def written_names(question: str, hits: Sequence[Hit]) -> dict[str, frozenset[str]]:
    """Return the runs of words typed in lower case that a passage of `hits` writes with a
    capital on each ("real madrid", "european patent office"), each with its terms: a name,
    not words telling what a figure is of (the £2m fee "for Everton's Thomas Gravesen" in a
    story naming Real Madrid tells no wage of "how much will gravesen earn at real madrid")."""
    typed = [without_possessive(w) for w in TYPED_WORD.findall(question)]
    runs: list[list[str]] = []
    for at, word in enumerate(typed):
        if not (word.isalpha() and word.islower() and word_terms(word)):
            continue
        if runs and runs[-1][-1] == typed[at - 1]:
            runs[-1].append(word)
        else:
            runs.append([word])
    texts = [hit.passage.text for hit in hits]
    named: dict[str, frozenset[str]] = {}
    for run in runs:
        start = 0
        while start < len(run) - 1:
            for end in range(len(run), start + 1, -1):  # the longest written so
                words = run[start:end]
                pattern = re.compile(r"\b" + r"\s+".join(w.capitalize() for w in words) + r"\b")
                if any(pattern.search(text) for text in texts):
                    named[" ".join(words)] = frozenset(tokenize(" ".join(words)))
                    start = end - 1
                    break
            start += 1
    return named
