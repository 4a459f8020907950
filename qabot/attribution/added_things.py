"""Things added: "Jones added the conversion" reports no words, "Jones added the team would
win" does (inside `qabot.attribution.cue_words`).

"Added" is a cue and an ordinary verb; what follows it decides which: a noun phrase and no verb
is a thing added (a conversion, a trophy, five million customers), anything else is speech.
"""

from __future__ import annotations

import re

from qabot.attribution.sentence_subjects import IRREGULAR_PAST
from qabot.text.lexicon import VERB_LIKE
from qabot.text.patterns import lazy

# "added" and "claimed" take a thing as well as words: "Jones added the conversion", "Ruiz
# claimed her first title", "the channel claims an audience of a billion"
ADDING = frozenset("added adds adding claimed claims claiming".split())
_FIRST_WORDS = 8  # how far a verb other than an auxiliary is looked for
# what opens a thing added, not a clause: "added the conversion", "added four conversions"
_THING_OPENERS = frozenset(
    "a an the his her its their another two three four five six seven eight".split()
)
# a quantity's words: "more than five million", "nearly 3,000", "some 40", "an extra 6.4%"
_QUANTITY_LEADS = frozenset(
    "more less fewer than over nearly almost about around roughly some just up to an extra".split()
)
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
    millions billion billions dozen dozens a half quarter""".split()
)
# ... or after a comma and "and" or "but": "adding a sixth promise to his card, and have even
# managed to score points" (the sentence's own verb goes on, not the thing's)
_OWN_CLAUSE = lazy(r",?\s(?:while|whereas|after|before|when|since)\s|,\s+(?:and|but)\s")
_ASIDE = lazy(r"\s[-–—]\s[^-–—]*?\s[-–—]\s")
_NUMBER = lazy(r"[£$€]?\d[\d,.]*(?:%|m|bn|k|st|nd|rd|th)?")
_HEAD_REACH = (
    3  # a plural noun this near after the number is its head ("five million new customers")
)


def added_thing(masked: str, content_at: int, end: int) -> bool:
    """Return True when the words after "added" are a thing added, not words said: a noun
    phrase and no verb ("Jones added the conversion", "Federer added the trophy to his list
    of titles", "Orange added more than two million customers"; not "added the company would
    appeal", "added that the plan ...")."""
    if masked[max(0, content_at - 6) : content_at].rstrip(" ,").endswith(("that", ":")):
        return False
    # an aside between dashes is left out ("claimed the 1949 Act - which extends ... - was
    # void": its verb comes after), a dash alone ends the words read ("added the trophy - ...")
    unaside = _ASIDE.sub(" ", masked[content_at:end])
    rest = re.split(r"\s[-–—]\s", unaside, maxsplit=1)[0]
    # a clause of its own after the thing ("claimed the award while his side held off ...")
    rest = _OWN_CLAUSE.split(rest, maxsplit=1)[0]
    words = [w.strip(",.;:!?").casefold() for w in rest.split()]
    first = masked[content_at:end].split()[:1]
    quantity = _quantity_end(words)
    if not first or (first[0] not in _THING_OPENERS and not quantity):
        return False
    # an auxiliary anywhere ("added its bid for Absa, approved in May, was being considered"),
    # another verb among the first words ("added the team expects a win"), after the
    # quantity when there is one ("added 300 new jobs", not "added 300 jobs were lost")
    since = max(1, quantity)
    return not any(w in VERB_LIKE for w in words) and not any(
        _verb_like(words, at) for at in range(since, min(len(words), since + _FIRST_WORDS - 1))
    )


def _quantity_end(words: list[str]) -> int:
    """Return where a quantity opening `words` ends, with its plural noun if one is near
    ("more than five million new customers" -> 6), or 0 when they open with none."""
    at = 0
    while at < len(words) and words[at] in _QUANTITY_LEADS:
        at += 1
    numbers = at
    while at < len(words) and (words[at] in _NUMBER_WORDS or _NUMBER.fullmatch(words[at])):
        at += 1
    if at == numbers or not any(w not in {"a", "half", "quarter"} for w in words[numbers:at]):
        return 0  # no number: "more of the same", "a half-time try"
    for head in range(at, min(len(words), at + _HEAD_REACH)):
        if words[head].endswith("s") and not words[head].endswith(("ss", "'s", "’s")):
            return head + 1
    return at


# words after which an -s word is a noun ("to his list", "of successes", "four conversions")
_NOT_SUBJECT_BEFORE = _THING_OPENERS | frozenset(
    "to of in on at for with by from as and or this that these those".split()
)


def _verb_like(words: list[str], at: int) -> bool:
    """Return True when `words[at]` may be a clause's verb: an auxiliary, a past tense, or an
    -s form after a noun ("the team expects", not "his", "of successes")."""
    word = words[at]
    if word in VERB_LIKE or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4):
        return True
    return (
        word.endswith("s")
        and not word.endswith(("ss", "'s", "’s"))
        and word not in {"his", "its", "this", "us", "was", "has", "is"}
        and words[at - 1] not in _NOT_SUBJECT_BEFORE
    )
