"""Outcomes asked: "how did X go?", "how did X turn out?", "what was the result of X?" ask how
something ended, which a passage telling of X only as a plan does not give ("Limited trials of
the PCtvt are due to start this month" for "how did the pctvt trials turn out": the news told of
the trials before they began).

X's head is the last word of its noun phrase, before any little word ("trial" of "bt retail's
8mbps broadband trial", "referendum" of "the referendum on the eu constitution"). A passage
gives an outcome when a sentence of it holds the head, or a form of it, with no word of a plan
or of what is to come ("will", "would", "is to", "due to", "set to", "plans to", "expected to",
"to be" but in "turned out to be" or "proved to be", "next", "later this", "upcoming"); a
passage that holds the head only in such sentences gives none, and nor does one that never
holds it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.word_forms import kin_forms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.patterns import lazy

_ASKED = lazy(
    r"\s*(?:how\s+(?:did|has|have)\s+(?P<did>.+?)\s+(?:go|gone|turn(?:ed)?\s+out|end(?:ed)?"
    r"|work(?:ed)?\s+out|fare(?:d)?|go\s+down)|what\s+was\s+the\s+(?:result|outcome)\s+of"
    r"\s+(?P<of>.+?))[\s?.!]*$",
    re.IGNORECASE,
)
_WORD = lazy(r"[\w'’-]+")
# "to be" tells what is to come ("the trials, to be held in May"), not after a verb of how
# something ended ("turned out to be a flop", "proved to be a success")
_PLANNED = lazy(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+to|due\s+to|set\s+to|plans?\s+to|planned"
    r"|planning|expected\s+to|(?<!prove\w\s)(?<!proven\s)(?<!\bout\s)to\s+be|next|later\s+this"
    r"|upcoming|scheduled)\b",
    re.IGNORECASE,
)


def asked_event(question: str) -> str | None:
    """Return the head of what "how did X go?" or "what was the result of X?" asks the outcome
    of, as typed ("trials" of "how did the pctvt trials in andhra pradesh turn out"), else
    None."""
    asked = _ASKED.match(question)
    if asked is None:
        return None
    phrase: list[str] = []
    for word in _WORD.findall(asked.group("did") or asked.group("of")):
        if word.casefold() in STOP_WORDS:
            if phrase:
                break
            continue  # "the", "its" before the phrase
        phrase.append(re.sub(r"['’]s?$", "", word))
    return phrase[-1] if phrase and tokenize(phrase[-1]) else None


def missing_outcome(question: str, hits: Sequence[Hit]) -> str | None:
    """Return "an outcome of “X”" when `question` asks how X went and no sentence of `hits`
    holds X's head (`asked_event`) without a word of a plan, else None."""
    head = asked_event(question)
    if head is None:
        return None
    terms = frozenset(tokenize(head))
    for hit in hits:
        text = hit.passage.text
        for start, end, held in sentences_with_terms(hit.passage):
            if (terms & held or kin_forms(sorted(terms), set(held))) and not _PLANNED.search(
                text, start, end
            ):
                return None
    return f"an outcome of “{head}”"
