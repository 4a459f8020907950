"""Refusing to speak, for "who declined to comment on Y?": no one's words on Y answer it, only
words that refuse (a spokesman's "We are not able to comment on pending litigation") or a
sentence telling the refusal ("Barclays declined to comment on the report, saying ...").

`who_said_questions` reads such a question as "who said ...?" with the refusal as its verb;
`who_said_answer` then keeps only the candidates that tell a refusal (`tells_refusal`), so a
quote of someone who did comment on Y is never shown as the answer.
"""

from __future__ import annotations

import re

from qabot.records import Quote
from qabot.search.speech_topics import as_topic
from qabot.text.patterns import lazy

# the verbs of refusing that, before "to" and a verb of speaking, ask who would not speak
REFUSING = frozenset("declined declines refused refuses".split())
# the verbs of speaking a refusal is of ("declined to comment", "refused to discuss")
SPEAKING = frozenset("comment speak talk discuss elaborate say answer respond".split())

# ... less "say" and "answer" after a denial: "did not say", "no answer" refuse nothing
_REFUSED = "|".join(sorted(SPEAKING - {"say", "answer"}))
_REFUSAL = lazy(
    # a denial within a few words before a verb of speaking: "not able to comment", "could not
    # talk about", "won't discuss", "declined to comment"; or "no comment"
    r"\b(?:not|never|no|cannot|unable|declined?|declines|declining|refused?|refuses|refusing|"
    rf"\w+n['’]t)\W+(?:\w+\W+){{0,3}}?(?:{_REFUSED})"
    r"|\bno\s+comment\b",
    re.IGNORECASE,
)


def refused_topic(words: list[str], folded: list[str], at: int) -> str | None:
    """Return what a question refused to speak on, from its verb of speaking ("comment on the
    lawsuit" of "who declined to comment on the lawsuit"), when words[at] is a verb of
    refusing before "to" and one of speaking (`folded`: the words case-folded); else None,
    also with nothing after the verb of speaking ("who refused to comment" asks the passages
    telling it)."""
    if folded[at] not in REFUSING or folded[at + 1 : at + 2] != ["to"]:
        return None
    if folded[at + 2 : at + 3] and folded[at + 2] in SPEAKING and at + 3 < len(folded):
        return as_topic(words[at + 2 :])
    return None


def refuses_speaking(verb: str | None) -> bool:
    """Return whether a "who said ...?" question's verb asks who refused to speak."""
    return verb is not None and verb.casefold() in REFUSING


def tells_refusal(quote: Quote) -> bool:
    """Return whether a quote's words, or the sentence attributing them, tell a refusal to
    speak ("We cannot comment", "X declined to comment, saying ...")."""
    return _REFUSAL.search(quote.text) is not None or _REFUSAL.search(quote.sentence) is not None
