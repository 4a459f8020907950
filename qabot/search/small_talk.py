"""Small talk: "thanks", "hello", "ok" typed to a chat are no questions about the articles.

Searched as words, "thanks" found a passage thanking a sponsor and "ok" a passage holding "OK":
filler under a heading that calls it the best match. A message made only of greetings,
thanks, farewells and acknowledgements gets a short reply that says what to ask instead.
"""

from __future__ import annotations

import re

from qabot.search.replies import asks_for_more
from qabot.text.patterns import LETTER_WORD, lazy

_THANKS = frozenset("thanks thank you thx ty cheers ta many much very lot a so".split())
_BYE = frozenset("bye goodbye good night see you later cya".split())
_HELLO = frozenset("hi hello hey hiya yo greetings good morning afternoon evening there".split())
_ACK = frozenset(
    "ok okay k yes yeah yep yup no nope nah sure cool great nice fine got it alright right "
    "perfect awesome good wow lol hmm oh ah i see understood noted please".split()
)
_CHAT = _THANKS | _BYE | _HELLO | _ACK
# how a reply opens that asks the last question again ("and in 2005?", "what about last week?")
_AGAIN = lazy(r"^(?:(?:and|but|so|ok|okay|then)\b[\s,]*)*(?:(?:what|how)\s+about\b\s*)?", re.I)
EXAMPLES = "“What did <name> say about …?”, “Who said …?” or a few words about an event"


def no_words(text: str) -> bool:
    """Return True when `text` holds no word of two characters or more, and is not a capital
    letter alone: "a b", "?x", "%s %d {0}" matched passages on their single letters (a
    "b.py"), and a lone small letter or digit asks nothing. "X" or "C++" alone may be a
    name, searched as one."""
    words = re.findall(r"\w+", text)
    if any(len(word) > 1 for word in words):
        return False
    return len(words) != 1 or not words[0].isupper()


def small_talk(text: str) -> str | None:
    """Return the reply to a message made only of chat words, or of no word at all
    (`no_words`); None: it asks something."""
    if no_words(text):
        return f"Ask a question about the articles: {EXAMPLES}."
    said = {word.casefold() for word in LETTER_WORD.findall(text)}
    if not said or not said <= _CHAT or re.search(r"\d", text):  # most questions: the second
        return None
    if said & {"thanks", "thank", "thx", "ty", "cheers", "ta"}:
        return f"You're welcome. Ask another question about the articles: {EXAMPLES}."
    if said & {"bye", "goodbye", "night", "cya"} or {"see", "you"} <= said:
        return "Goodbye. Ask again any time."
    if said & {"hi", "hello", "hey", "hiya", "yo", "greetings", "morning", "afternoon", "evening"}:
        return f"Hello! Ask me about the articles: {EXAMPLES}."
    return f"Ask a question about the articles: {EXAMPLES}."


def more_of_nothing(text: str) -> str | None:
    """Return the reply to "more" when no question was asked before it (or too long ago: the
    caller knows), which was told '“more” has only common words'; None for other words."""
    if not asks_for_more(text):
        return None
    return f"No question was asked before this one to show more of. Ask one: {EXAMPLES}."


def asked_again(text: str) -> str | None:
    """Return the dates or outlets a follow-up asks the last question again within ("in
    2005" of "and in 2005?"), None when it does not open as one."""
    opening = _AGAIN.match(text)
    if opening is None or not opening.group():
        return None
    return text[opening.end() :].strip(" ?!.,")


def again_of_nothing(text: str) -> str | None:
    """Return the reply to dates or outlets alone typed as a follow-up ("and in 2005?", "what
    about last week?") when no question was asked before them: "No dated article matches that"
    answered a question nobody asked. Dates alone with no "and" ("in 2005") ask for the news of
    those days (None)."""
    limits = asked_again(text)
    if limits is None:
        return None
    return f"No question was asked before this one to ask again “{limits}”. Ask one: {EXAMPLES}."
