"""Ending names: the person's name that ends a stretch of text ("... Dr Jo Fox"), read at
index time for each cue (by `qabot.attribution.speaker_phrases` and `apposition_shapes`), and the
role and name that end a sentence opening with an adverbial and no comma, too long for one noun
phrase of `qabot.attribution.noun_phrases` ("Responding to the claims Tory Party co-chairman Jo
Fox").
"""

from __future__ import annotations

from qabot.attribution.noun_phrases import DETERMINERS, OBJECT_WORDS, is_role_noun
from qabot.text.lexicon import NAME_PARTICLES, TITLE_WORDS, first_name_gender, is_capitalised
from qabot.text.patterns import lazy

_TOKEN = lazy(r"\S+")
# words before a place, not a person: "Democrats on Capitol Hill", "a professor at Berkeley"
_PLACE_PREPOSITIONS = frozenset("in at on of for near".split())
# participles of a question put to the subject, who answers in the main clause
_ASKED = frozenset("asked pressed questioned quizzed challenged".split())


def name_ending(chunk: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of the person's name ending `chunk` (a first name or a title in
    it, no place after "in" or "at"), or None."""
    tokens = list(_TOKEN.finditer(chunk))
    count = 0
    for token in reversed(tokens):
        word = token.group()
        if not (is_capitalised(word) and word[-1] not in ",;:") and not (
            count and word in NAME_PARTICLES
        ):
            break
        count += 1
    if not count or count > 6:
        return None
    name = tokens[len(tokens) - count :]
    words = [t.group() for t in name]
    before = tokens[len(tokens) - count - 1].group() if len(tokens) > count else ""
    if before.casefold() in _PLACE_PREPOSITIONS or not any(
        first_name_gender(w) or w.rstrip(".").casefold() in TITLE_WORDS for w in words
    ):
        return None  # "Democrats on Capitol Hill, who", "the Wisconsin Republican, who"
    return name[0].start(), words


# words that open a sentence's adverbial ("Responding to the claims", "In a statement on
# Sunday", "After the vote") written with no comma before its subject
ADVERBIAL_OPENERS = frozenset(
    "in at on after before during following despite amid asked with under".split()
)


def subject_after_adverbial(chunk: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of a role and a name ending a sentence that opens with an
    adverbial and no comma, too long for one noun phrase ("Responding to the claims made on
    Sunday Tory Party co-chairman Jo Fox": "Tory Party co-chairman Jo Fox"), or None."""
    tokens = list(_TOKEN.finditer(chunk))
    found = name_ending(chunk)
    if not tokens or found is None:
        return None
    if not opens_adverbial(tokens[0].group()):
        return None
    at = next(i for i, t in enumerate(tokens) if t.start() == found[0])
    if tokens[0].group().casefold() in _ASKED and at >= 2:
        # "Asked about Mr Smith's job Mr Jones told ...": the one asked is the subject, and
        # a title or first name says where the name starts (the last title: "Mr Smith Mr Jones")
        words = [t.group() for t in tokens[at:]]
        titles = [i for i, w in enumerate(words) if w.rstrip(".").casefold() in TITLE_WORDS]
        cut = titles[-1] if titles else 0
        if cut or words[0].rstrip(".").casefold() in TITLE_WORDS or first_name_gender(words[0]):
            return tokens[at + cut].start(), words[cut:]
    if at < 2 or not is_role_noun(tokens[at - 1].group()):
        return None
    start = at - 1  # the role, with the capitalised words that qualify it ("Tory Party")
    while start > 1 and is_capitalised(tokens[start - 1].group()):
        start -= 1
    if any(
        t.group().casefold() in OBJECT_WORDS | DETERMINERS - {"the"}
        for t in tokens[max(start - 2, 0) : start]
    ):
        return None  # "After talks with party chairman Jo Fox": no subject
    return tokens[start].start(), [t.group() for t in tokens[start:]]


def opens_adverbial(first: str) -> bool:
    """Return True for a sentence's first word that opens an adverbial ("In", "Responding")."""
    return first[:1].isupper() and (
        first.casefold() in ADVERBIAL_OPENERS or (first.endswith("ing") and len(first) > 5)
    )
