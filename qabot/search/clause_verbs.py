"""The verbs of speech questions and what follows them: an adverb a reader puts before the
verb, a claim or clause the verb reports ("who denied that ...", "who found it odd that ..."),
words taken a side on, a denial. Read by the who- and which-said readers alike."""

from __future__ import annotations

import itertools

from qabot.search.speech_verbs import is_stance_verb
from qabot.text.lexicon import (
    HONORIFICS,
    IRREGULAR_FORMS,
    TITLE_WORDS,
    VIEW_NOUNS,
    first_name_gender,
)

AUXILIARIES = frozenset("did does do has have had was is were would will might could".split())


def is_adverb(word: str, before_verb: list[str] | None = None) -> bool:
    """Return True for an adverb between a name and its verb ("what did X really say"); a
    capitalised word is part of the name ("what did Ruth Kelly say"), and so is a lone word
    ("what did kelly say")."""
    alone = before_verb is not None and len(before_verb) == 1
    if not word.endswith("ly") or word[:1].isupper() or alone:
        return False
    at = len(before_verb) - 1 if before_verb else 0
    if before_verb and at > 0 and before_verb[at] == word and word.casefold() not in _ADVERBS:
        before = before_verb[at - 1].casefold().rstrip(".")
        if first_name_gender(before) or before in HONORIFICS or before in TITLE_WORDS:
            return False  # "what did dr david kelly say": a surname after a first name
    return True


# adverbs a reader puts between a name and its verb ("what did emily really say")
_ADVERBS = frozenset(
    """really actually exactly finally publicly privately originally apparently allegedly
    reportedly recently previously initially specifically usually personally officially
    formally honestly truly supposedly only""".split()
)


# words after a verb of taking a side its object's view noun may be ("the party leader's stance")
_VIEW_WORDS = 5
_OWNERS = frozenset("the his her their its".split())


def backs_words(word: str, after: list[str]) -> bool:
    """Return True for a verb of taking a side whose object is someone's words or stand ("who
    backed the mayor's stance on X", "who opposed her remarks"): siding with words is saying so,
    where "who backed the bid?" may ask who paid (`is_stance_verb`). `after`: the words after
    the verb, of which the first few are read."""
    if not is_stance_verb(word):
        return False
    for before, noun in itertools.pairwise(after[:_VIEW_WORDS]):
        if noun.strip("?.,!") in VIEW_NOUNS and (
            before in _OWNERS or before.endswith(("'s", "’s"))
        ):
            return True
    return False


def claims_that(word: str, after: list[str]) -> bool:
    """Return True for a past verb that opens a claim ("who disputed that ...", "who denied
    that ..."): whatever the verb, the question asks who said the clause. A "that" with no
    verb after it is a determiner: "who scored that goal" asks who scored. `after`: the words
    after the verb, of which the first few are read."""
    after = after[:_CLAIM_WORDS]
    return (
        after[:1] == ["that"]
        and word.endswith("ed")
        and len(word) > 4
        and (len(after) == 1 or any(_finite(w) for w in after[1:]))
    )


_CLAIM_WORDS = 7  # "that" and the words after it a clause's verb is sought in
_FINITE = AUXILIARIES | frozenset("are be been can may must shall should".split())


def _finite(word: str) -> bool:
    """Return whether `word` may be a clause's verb: a form of "be", "have", "do" or a modal,
    a denial of one ("wasn't"), a past form ("rose", "-ed") or a third person's ("-s")."""
    word = word.strip("?.,!;:")
    if word in _FINITE or word.endswith("n't") or word in IRREGULAR_FORMS:
        return True
    return word.isalpha() and word.endswith(("ed", "s")) and not word.endswith("ss")


# words opening a clause a verb reports ("wondered why ...", "asked whether ..."); "that" only
# in `claims_that` (after another verb it may be a determiner: "who scored that goal")
_CLAUSE_OPENERS = frozenset("why whether".split())
_BE_FORMS = frozenset("is was are were has had would will could".split())


def reports_clause(verb: str, after: list[str]) -> bool:
    """Return True for a verb followed by a clause it reports: "why"/"whether"/"how" and a
    subject ("understand why he ...", not "whether to", "how to" or "how many"), "there" and a
    verb ("ruled there was no proof"), or "it", a word and "that" ("found it ironic that ...").
    `after`: the words after the verb, of which the first three are read."""
    if not verb.isalpha() or verb in AUXILIARIES or not after:
        return False
    first, second = after[0], after[1] if len(after) > 1 else ""
    if first in _CLAUSE_OPENERS:
        return bool(second) and second != "to"
    if first == "how":
        return bool(second) and second not in {"to", "many", "much", "long", "far", "old"}
    if first == "there":
        return second in _BE_FORMS
    return first == "it" and after[2:3] == ["that"]


def is_negation(word: str) -> bool:
    """Return True for a word denying the verb after it ("couldn't", "never", "not")."""
    return word.endswith("n't") or word in {"not", "never", "cannot"}
