"""Holders asked: "who is the chair of the equal opportunities commission?", "who is parmalat's
finance director?" ask who holds a role, so a passage answers only when a sentence of it holds
the role's noun (a form or a synonym of it: "manager" for "coach") beside a name the question
does not write; or, in a story whose title holds the noun, any sentence naming someone ("Vodafone
appoints new Japan boss": "Mr Morrow will succeed Shiro Tsuda as president of Vodafone KK").

When the speaker directory knows nobody in the role (`who_is`), the question's words are
searched, and passages of the body were shown that never name a chair ("Ms Hewitt was speaking
at a seminar organised by the Equal Opportunities Commission"), or name a holder of another
role ("former Parmalat chief financial officer Fausto Tonna" for its finance director). The
role's noun is the last word of the noun phrase after "who is the" or "who is X's", before a
little word or a verb in "-ing" or "-ed" ("chair" of "the chair of the commission", "boys" of
"the boys playing billy", "men" of "the four men charged in the case").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.search.clauses import names_at
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.patterns import lazy

_WHO_IS = lazy(
    r"\s*who(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+|an?\s+|(?=[\w-]+['’]s?\s))(?P<role>.+)",
    re.IGNORECASE,
)
_WORD = lazy(r"[\w'’&-]+")
_VERB_FORM = lazy(r"[a-z]{2,}(?:ing|ed)")  # "playing", "charged": a clause after the noun


def asked_role(question: str) -> str | None:
    """Return the noun of the role "who is the <role> ...?" asks the holder of ("chair" of "who
    is the chair of the commission", "director" of "who is parmalat's finance director"), else
    None."""
    asked = _WHO_IS.match(question)
    if asked is None:
        return None
    phrase: list[str] = []
    for word in _WORD.findall(asked.group("role")):
        low = word.casefold()
        if low in STOP_WORDS or (phrase and _VERB_FORM.fullmatch(low)):
            break
        phrase.append(re.sub(r"['’]s?$", "", low))
    first = asked.group("role").split()[:1]  # none when only spaces follow "who is the"
    if len(phrase) < 2 and first and re.search(r"['’]s?$", first[0]):
        return None  # "who is X's" with nothing after the owner
    return phrase[-1] if phrase and tokenize(phrase[-1]) else None


def missing_holder(question: str, hits: Sequence[Hit]) -> str | None:
    """Return "a holder of the “<role>”" when `question` asks who holds a role and no sentence
    of `hits` holds the role's noun (a form or a synonym of it) and a name the question does
    not write, else None."""
    role = asked_role(question)
    if role is None:
        return None
    terms = frozenset(tokenize(role))
    asked = frozenset(tokenize(question))
    for hit in hits:
        text = hit.passage.text
        # a headline names the role in its own words ("Vodafone appoints new Japan boss"): its
        # story's holder is named by title ("president of Vodafone KK") in any sentence
        headed = _holds_role(terms, frozenset(tokenize(hit.article.title)))
        for start, end, held in sentences_with_terms(hit.passage):
            if not (headed or _holds_role(terms, held)):
                continue
            if any(not set(tokenize(word)) <= asked for _, word in names_at(text[start:end])):
                return None
    return f"a holder of the “{role}”"


def _holds_role(role: frozenset[str], terms: frozenset[str]) -> bool:
    """Return whether `terms` hold the `role` noun, a form or a synonym of it."""
    vocabulary = set(terms)
    return bool(
        role & terms or kin_forms(sorted(role), vocabulary) or synonym_forms(role, vocabulary)
    )
