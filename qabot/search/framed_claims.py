"""Framed claims: a "who said ...?" claim of one word in a frame ("this was never about the
money", "we will not let them have the tobacco") is said only in the frame's own words.

A claim resting on two words is claimed when a quote holds both close together
(`quote_evidence`). When one of them only frames the claim, a denial or a light verb
(`FRAME_WORDS`), the other word alone is what was said of: "A shortage of money has never been
a problem for us" holds "never" and "money" three words apart, but does not say that this was
never about the money, and "... lets the tobacco industry off the hook" does not say "we will
not let them have the tobacco". Such a claim is the speaker's only when the quote writes the
question's words from the one to the other in order ("This was never about the harbour
itself"); otherwise the quote is only the closest.
"""

from __future__ import annotations

from qabot.records import Quote
from qabot.search.quote_evidence import MODALS
from qabot.search.who_did import LIGHT_VERBS
from qabot.text import tokenize
from qabot.text.patterns import lazy

# words that frame a claim rather than make one: a denial, a verb that carries its meaning in
# its object ("let", "get", "make" ...)
FRAME_WORDS = frozenset(tokenize("never " + " ".join(sorted(LIGHT_VERBS))))
_WORD = lazy(r"[^\W_]+(?:['’][^\W_]+)*")


def framed_only(topic: str, quote: Quote) -> bool:
    """Return whether `topic` is a claim of two words, one of them a frame word, that neither
    the quote nor its sentence writes in the topic's own words from the one to the other."""
    words = _WORD.findall(topic)
    held = [at for at, word in enumerate(words) if set(tokenize(word)) - MODALS]
    terms = {term for at in held for term in tokenize(words[at]) if term not in MODALS}
    if len(terms) != 2 or not terms & FRAME_WORDS:
        return False
    span = [_key(word) for word in words[held[0] : held[-1] + 1]]
    return not any(_within(span, [_key(word) for word in _WORD.findall(text)])
                   for text in (quote.text, quote.sentence))  # fmt: skip


def _key(word: str) -> str:
    """Return a word as compared: its term, or itself in lower case for a stop word."""
    terms = tokenize(word)
    return terms[0] if terms else word.casefold().replace("’", "'")


def _within(span: list[str], words: list[str]) -> bool:
    """Return whether `span` stands in `words` side by side, in order."""
    size = len(span)
    return any(words[at : at + size] == span for at in range(len(words) - size + 1))
