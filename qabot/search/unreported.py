"""Unreported: a question about someone the articles name, asking whether a thing they never
report of them happened, or naming it as a topic.

"was andy robinson sacked as england coach", "sania mirza wedding", "was nick griffin found
guilty": the best passages mention the person, and most of the question's words ("England
coach", "found"), so they looked like the answer; but the word that says what is asked
("sacked", "wedding", "guilty") is in none of them, in any form or synonym ("tomb" tells of a
"grave"), nor anywhere in their articles, nor in any passage of the archive beside the
person's name. They say nothing of what is asked: the answer says so, with `found` false,
rather than show the person's passages as if they answered.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.search.article_titles import article_title_terms
from qabot.search.duplicates import held_terms, term_set
from qabot.search.hit_record import Hit
from qabot.search.lacked_names import written_otherwise
from qabot.search.recency import NEWS_WORDS
from qabot.search.spelling import word_terms
from qabot.search.subject import everyday_weight
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.text import TYPED_WORD
from qabot.text.patterns import lazy

# a word asked must weigh this share of the question to tell it is unanswered: a lighter one is
# one word of several asked ("did she hang on to her title at the harbour open": "lost" may
# tell it), a heavier one what the question is about beside its subject ("X wedding")
UNREPORTED_SHARE = 0.2
MIN_LETTERS = 3  # shorter words ("v", "ok") say little of what is asked
ELSEWHERE_READ = 20  # passages holding the asked word and the subject's read across the archive
# a question that asks "why", "who", "how much" ... takes what it asks of as given, in the
# reader's words ("why was he so angry": the story says he was left "cursing"); one asking
# "was X sacked", or a topic ("X wedding"), names the thing itself, which a story of it writes
_WH = lazy(r"\s*(?:what|what's|whats|which|who|who's|whom|whose|when|where|why|how)\b", re.I)


def unreported(
    index: Index,
    weights: Mapping[str, float],
    named: Sequence[str],
    hits: Sequence[Hit],
    *,
    in_full: bool = True,
) -> list[str]:
    """Return the question's terms of weight (no everyday word of the archive, no name of
    its subject `named`, no news word, no number) that neither `hits` nor any other passage of
    their articles holds, in any form, nor any passage of the archive beside the subject's
    terms: what the question asks that nothing about its subject reports. `weights`: the
    question's term weights."""
    common = everyday_weight(len(index.engine))
    least = max(common, UNREPORTED_SHARE * math.fsum(weights.values()))
    subject = [term for term in dict.fromkeys(named) if term in weights]
    asked = [
        term
        for term, weight in weights.items()
        if weight >= least
        and term not in subject
        and term not in NEWS_WORDS
        and term.isalpha()
        and len(term) >= MIN_LETTERS
    ]
    if not subject or not asked:
        return []
    held: set[str] = set()
    vocabulary: set[str] = set()
    for hit in hits:
        held.update(held_terms(hit.passage, asked))
        held.update(article_title_terms(hit.passage, hit.article.title))
        vocabulary |= term_set(hit.passage)
    missing = [term for term in asked if term not in held]
    if not missing:
        return []
    for forms in kin_forms(missing, vocabulary).values():
        held.update(forms)
    for forms in synonym_forms(missing, vocabulary).values():
        held.update(forms)  # "tomb" for "grave"
    missing = [term for term in missing if term not in held]
    if not in_full and not _only_subject(weights, common, subject, missing, hits):
        return []  # "Msn spaces" over "MSN Spaces is free": a name of one word tells less
    articles = frozenset(hit.passage.article_id for hit in hits)
    lacking = []
    for term in missing:
        if index.engine.search([term], 1, PassageFilter(articles=articles)):
            continue  # another passage of their articles has it: it may well say
        together = [term, *subject]
        if any(
            len(held_terms(passage, together)) == len(together)
            for passage, _ in index.engine.search(together, ELSEWHERE_READ)
        ):
            continue  # another article reports it of the subject
        lacking.append(term)
    return lacking


def _only_subject(
    weights: Mapping[str, float],
    common: float,
    subject: Sequence[str],
    missing: Sequence[str],
    hits: Sequence[Hit],
) -> bool:
    """Return whether `hits` hold no word of weight of the question beside its subject's and
    those `missing`: they are about the subject, not the question."""
    others = [
        term
        for term, weight in weights.items()
        if weight >= common and term not in subject and term not in missing
    ]
    return not any(held_terms(hit.passage, others) for hit in hits)


def unreported_words(
    index: Index,
    words: str,
    weights: Mapping[str, float],
    named: Sequence[str],
    hits: Sequence[Hit],
    *,
    in_full: bool = True,
) -> tuple[list[str], list[str]] | None:
    """Return the question's words (as typed) naming its subject and those asking what
    nothing about it reports (`unreported`), or None when every word asked is reported or the
    question asks "what", "why", "who" ... of it (`_WH`)."""
    if _WH.match(words):
        return None
    lacking = set(unreported(index, weights, named, hits, in_full=in_full))
    for word in TYPED_WORD.findall(words) if lacking else ():
        if written_otherwise(word, hits):  # "micheal" of passages on "Michael": reported
            lacking.difference_update(word_terms(word))
    if not lacking:
        return None
    about: list[str] = []
    lacks: list[str] = []
    for word in TYPED_WORD.findall(words):
        terms = set(word_terms(word))
        if terms & lacking:
            lacks.append(word)
        elif terms & set(named):
            about.append(word)
    return (about, lacks) if about and lacks else None
