"""Whether a quote leaves out, or adds, the denial a "who said ...?" question asks about.

Search matches words, and "not" is no word it weighs: "who said the plan would not work?" finds
"The plan will work" as readily as a quote denying it. Holding most of the question's weight,
such a quote would be claimed ("X said it:") for the opposite of what it says. A question that
denies something is answered "X said it" only by a quote (or its sentence) that denies
something too (`denial_lost`); one that denies nothing, asked with no verb of denial, only by a
quote whose own words deny none of the question's words right after the denial ("will not
work" for "who said the plan will work?", `denial_added`). A quote denying something else in
passing ("There is no logic to it", "not only ... but also" before a word asked) is no denial
of the claim; nor is one answering "who dismissed suggestions that it was a rip-off?" with "It
is not a rip-off". A question denying a verb ("who said they were not going to walk away?") is
not answered "X said it" by a quote holding that verb undenied ("I can walk away ..., no one
can take that away"), whatever else it denies (`denial_dropped`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qabot.records import Quote
from qabot.search.quote_evidence import MODALS
from qabot.text import tokenize
from qabot.text.patterns import LazyPattern, lazy

# words that deny: "not", "never", "no one", "won't", "cannot", "without" ...
_DENIALS = "not|no|never|cannot|nobody|nothing|none|neither|nor|without"
DENIAL = lazy(rf"\b(?:{_DENIALS})\b|n['’]t\b", re.I)
_WORD = lazy(r"[\w'’-]+")
# a word that denies, whole
_DENYING = lazy(rf"(?:{_DENIALS}|\w+n['’]t)")
# words between a denial and what it denies ("not really worried", "never even asked")
_BETWEEN = frozenset("really just so very always even yet still any more quite too all".split())
# verbs whose object is the claim denied: "doesn't prove a withdrawal of troops" denies the
# withdrawal, not only the proving
_SHOWING = frozenset(tokenize("prove mean show suggest imply indicate signal confirm"))
# verbs asking for a denial: "who denied ...?" is answered by "It is not ..."
_DENYING_VERBS = frozenset(tokenize("deny denied dismiss reject refuse rule refute doubt"))


def denial_lost(asked: str, quote: Quote) -> bool:
    """Return whether the words `asked` deny something and neither `quote` nor its sentence
    denies anything: the quote may say the opposite of what was asked."""
    return bool(DENIAL.search(asked)) and not (
        DENIAL.search(quote.text) or DENIAL.search(quote.sentence)
    )


def denial_added(asked: str, verb: str, terms: Collection[str], quote: Quote) -> bool:
    """Return whether the words `asked` (their `terms`) deny nothing, asked with a `verb` that
    is no verb of denial, and the quote's own words deny a word of them ("will not work" for
    "who said it will work?"): the quote says the opposite of what was asked."""
    if DENIAL.search(asked) or set(tokenize(verb)) & _DENYING_VERBS:
        return False
    words = _WORD.findall(quote.text)
    for at, word in enumerate(words):
        if not _DENYING.fullmatch(word.casefold()):
            continue
        for after in words[at + 1 :]:
            if after.casefold() in _BETWEEN:
                continue
            held = tokenize(after)
            if held:
                if set(held) & set(terms):
                    return True
                if set(held) <= _SHOWING:
                    continue  # "not prove a withdrawal": what it would show is denied
                break
    return False


# the end of a clause: a denial reaches no further ("not now, but we will walk away")
_CLAUSE_END = lazy(
    r"[,.;:!?()\u2013\u2014]|\s-\s|\b(?:but|and|or|because|although|though)\b", re.I
)
# a denial of the verb after it ("not", "never", "won't"), no hyphen joining it into a word
# ("card-not-present"): "no" and "without" deny a noun, or answer ("the answer is no")
_VERB_DENIAL = lazy(r"(?<![\w-])(?:not|never|cannot|\w+n['’]t)(?![\w-])", re.I)
# a future told by "going to" is a modal, no word a denial is about ("not going to walk away")
_GOING_TO = lazy(r"\b(?:going\s+to|gonna)\b", re.I)
# a modal is no word a denial is about ("it could not have been predicted": the predicting)
_MODAL_TERMS = frozenset(term for word in MODALS for term in tokenize(word))


def _denied_spans(text: str, denial: LazyPattern) -> list[tuple[int, int]]:
    """Return the spans of `text` a `denial` reaches: from after each denying word to its
    clause's end."""
    spans = []
    for match in denial.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        spans.append((match.end(), end.start() if end else len(text)))
    return spans


def denial_dropped(asked: str, quote: Quote) -> bool:
    """Return whether the words `asked` deny a verb ("not going to walk away") that the quote's
    own words hold undenied ("I can walk away"): the first term after the question's denial,
    its modals apart, stands in none of the quote's denied clauses. A denial elsewhere in the
    quote ("no one can take that away") is no denial of what was asked; the quote may say its
    opposite, and is only the closest."""
    heads = []
    for start, end in _denied_spans(asked, _VERB_DENIAL):
        clause = _GOING_TO.sub(" ", asked[start:end])
        terms = [term for term in tokenize(clause) if term not in _MODAL_TERMS]
        if terms:
            heads.append(terms[0])
    if not heads:
        return False
    words = [(match.start(), set(tokenize(match.group()))) for match in _WORD.finditer(quote.text)]
    spans = _denied_spans(quote.text, DENIAL)
    for head in heads:
        places = [at for at, terms in words if head in terms]
        if places and not any(start <= at < end for at in places for start, end in spans):
            return True
    return False
