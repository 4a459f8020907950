"""Bare clauses: whether the words after a speech cue open a clause of their own ("announced she
would run", "reported the plant had closed"), not an object ("announced his resignation"), read
by the auxiliaries and modals that mark a finite verb (`finite_verbs`). For `cue_spans`, and for
every step that tells a clause from a phrase.
"""

from __future__ import annotations

from qabot.attribution.cue_objects import CONTRACTED
from qabot.attribution.cues import ADJUNCT_START, CUE_WORDS
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.text.lexicon import is_capitalised

# the auxiliaries and modals: each marks a finite verb, so a clause
FINITE = frozenset(
    """is are was were be been will would could should can cannot may might must shall has have
had did does do isn't aren't wasn't weren't won't""".split()
)
_CLAUSE_REACH = 10  # words after the cue a clause's verb must come within
_NOMINATIVE = frozenset("he she they we i".split())
# words that open a noun phrase (without "my": the set every reader has used)
_DETERMINERS = frozenset("the a an his her their its our".split())
_PHRASE_BREAKS = frozenset("that which who whom to of for in on at with and or by from".split())


def bare_clause(rest: str) -> bool:
    """Return True when the words after a cue open a clause: a subject pronoun ("announced
    she would run"), or a short noun phrase and then an auxiliary ("reported the plant had
    closed"); not an object ("announced his resignation", "promised a plan that would ...")."""
    words = rest.split(None, 5)[:5]
    if len(words) < 2 or any(mark in rest for mark in QUOTE_MARKS):
        return False  # 'recalled she was there and said, “...”': the quote is read on its own
    first = words[0].casefold()
    if first in ADJUNCT_START:
        return False  # "a merger announced Monday would turn ...": a participle and when
    if CONTRACTED.fullmatch(first):
        return True  # "announced he'd run", "reported they're closing"
    if first in _NOMINATIVE:
        return words[1][:1].isalpha()
    if first == "it":  # "announced it added 3,000 jobs", not "announced it on Friday"
        verb = words[1].casefold()
        return verb in FINITE or (verb.isalpha() and verb.endswith("ed"))
    if not (first in _DETERMINERS or is_capitalised(words[0])) or words[0][-1] in ",.;:":
        return False
    for word in words[1:4]:
        if word.casefold() in FINITE:
            return True
        if word[-1] in ",.;:" or word.casefold() in _PHRASE_BREAKS:
            return False
    return False


def finite_ahead(rest: str) -> bool:
    """Return True when a finite verb (an auxiliary or modal) comes within the first words
    after a cue: "the campaign maintained they were not marked", not "maintained its lead"."""
    return finite_verbs(rest.split(None, _CLAUSE_REACH)[:_CLAUSE_REACH]) > 0


def clause_words(words: list[str]) -> bool:
    """Return True when `words` may hold a verb: an auxiliary, a past tense or a cue ("said the
    man shouted: “...”": the man's words, not the speaker's)."""
    return finite_verbs(words) > 0 or any(
        w.casefold().strip(",:").endswith("ed") or w.casefold().strip(",:") in CUE_WORDS
        for w in words
    )


def finite_verbs(words: list[str]) -> int:
    """Return how many of `words` are auxiliaries or modals ("was", "would", "hasn't"): each
    marks a finite verb, so a clause, where a phrase ("In a letter to Zucker") has none."""
    return sum(w.casefold().strip(",.;:") in FINITE or w.endswith(("n't", "n’t")) for w in words)
