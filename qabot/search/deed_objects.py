"""Deed objects: what a "why did X <verb> Y?" question takes its deed as done to (Y), which a
sentence telling the deed names too (`told_deeds`).

"why did gordon brown cancel his africa tour" was answered by "... his scheme to cancel the debt
of poor nations": the verb and another word of the question ("Africa") in one sentence, the
deed done to a debt, not to a tour. The object is the noun phrase right after the verb (past
its particle, and past the preposition a phrasal verb takes: "walk out of the stadium"): its
determiners and possessives, then words up to the first little word ("to", "for", "and"), a
time ("on Monday", "last week") or the end; its head is its last word ("tour" of "his africa
tour"). A sentence tells the deed done to it only when it, or the sentence before it (a pronoun
may point back: "The tour was planned. He cancelled it."), holds the head, a form or a synonym
of it. A head the archive writes as a name may be anywhere in the passage: a story calls a
person or a title by other words between ("which club did arsenal sign manuel almunia from":
"... the 27-year-old Spaniard, who was signed last summer from Celta Vigo"). A verb with no noun
after it ("why did X resign", "why did X sign for Y", "why did profits drop so much") and a
passive ("why was X sent off": its object is its subject) ask of no object, nor does "which N
did X <verb> ...?" unless a preposition ends it ("which club did X sign Y from": N is that
preposition's, Y the verb's; "which gadget did X pick as the best": N is what was picked), nor a
deed read off a clause ("did clothing store sales go up": a verb follows the words read as its
object).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.search.who_did import LIGHT_VERBS
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.text import STOP_WORDS, lowered, standing_starts, tokenize
from qabot.text.lexicon import MONTHS, NEVER_BEFORE_VERBS, WEEKDAYS
from qabot.text.patterns import lazy

_WORD = lazy(r"[\w'’&/-]+|[^\w\s]")  # a word, or a mark that ends a phrase ("?", ",")
# "why was X sent off", "why were Y sold": a passive's object is its subject
_PASSIVE = lazy(r"\s*why\s+(?:is|was|are|were)\b", re.IGNORECASE)
_WHICH = lazy(r"\s*(?:which|what)\b", re.IGNORECASE)
_LAST = lazy(r"([^\W\d_]+)\W*$")  # the question's last word
_PARTICLES = frozenset("up down out off".split())  # after a verb, never after a noun's head
# what opens a noun phrase ("so" of NEVER_BEFORE_VERBS opens no noun: "drop so much")
_DETERMINERS = NEVER_BEFORE_VERBS - {"so"}
# words that tell when, not what: "why did X resign last week", "... cancel it on monday"
_TIMES = frozenset(
    ["last", "next", "yesterday", "today", "tonight", "tomorrow", "ago", *MONTHS, *WEEKDAYS]
)


@dataclass(frozen=True, slots=True)
class DeedObject:
    """The head of what a deed is asked as done to: its terms, and whether it is a name."""

    head: frozenset[str]
    name: bool


def asked_object(index: Index, question: str, typed: str) -> DeedObject | None:
    """Return the head of the noun phrase the deed `typed` (as `why_deeds` reads it: "cancel",
    "walk out") is done to in `question` ("tour" of "cancel his africa tour"), or None when no
    noun follows it or the question is passive."""
    if _PASSIVE.match(question):
        return None
    last = _LAST.search(question)
    if _WHICH.match(question) and (last is None or last.group(1).casefold() not in STOP_WORDS):
        return None  # "which gadget did X pick as the best": the gadget is what was picked
    verb_end = _standing_end(question, typed)
    if verb_end is None:
        return None
    words = [found.group() for found in _WORD.finditer(question, verb_end)]
    if " " in typed and words and words[0].casefold() == "of":
        words = words[1:]  # "walk out of the stadium": the phrasal verb's preposition
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]  # "his", "the"
    phrase: list[str] = []
    for at, word in enumerate(words):
        low = word.casefold()
        after = words[at + 1].casefold() if at + 1 < len(words) else ""
        if phrase and (low in LIGHT_VERBS or after in _PARTICLES):
            return None  # "did clothing store sales go up": a clause, its verb no deed of it
        if low in STOP_WORDS or low in _TIMES or not tokenize(word):
            break
        phrase.append(word)
    if not phrase:
        return None
    head = re.sub(r"['’]s?$", "", phrase[-1])
    terms = frozenset(tokenize(head))
    return DeedObject(terms, written_as_a_name(index, head)) if terms else None


def names_object(head: frozenset[str], terms: frozenset[str]) -> bool:
    """Return whether `terms` (a sentence's, a passage's) hold the object's `head`, a form or a
    synonym of it ("trip" of "tour")."""
    held = set(terms)
    return (
        bool(head & terms)
        or bool(kin_forms(sorted(head), held))
        or bool(synonym_forms(sorted(head), held))
    )


def _standing_end(question: str, typed: str) -> int | None:
    """Return where `typed` first ends in `question` written in any case with no word
    character, apostrophe or hyphen on either side, None when it is not: told from lower case
    where it can tell (`standing_starts`), else by a pattern of it (compiled anew for most
    questions: ~0.3 ms)."""
    starts = standing_starts(question, lowered(question), typed)
    if starts is not None:
        return starts[0] + len(typed) if starts else None
    verb = re.search(rf"(?<![\w'’-]){re.escape(typed)}(?![\w'’-])", question, re.IGNORECASE)
    return None if verb is None else verb.end()
