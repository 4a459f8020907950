"""Contact clauses: a relative clause with no relative word whose cue reports what its noun is
("a probe the agency said was ongoing", "a show she claims is a copy"), read inside
`qabot.attribution.cue_reading`.

The words after such a cue open with a verb whose subject is the noun before the speaker: the
words said are the noun phrase and the clause (the speaker and cue an aside in them), as after
"which" ("the mill, which the union says was sold off"). Without the noun they are no whole
words, and none are stored (`qabot.attribution.cue_context.gapped`).
"""

from __future__ import annotations

from qabot.attribution.cue_context import gapped
from qabot.text.lexicon import PRONOUNS, is_capitalised
from qabot.text.patterns import lazy

_WORD = lazy(r"\S+")
# what opens the noun phrase the clause is on (not an owner: "his team they said was")
_HEAD_OPENERS = frozenset("a an the this that these those another".split())
# what opens the speaker's phrase after the noun
_SPEAKER_OPENERS = frozenset("the a an his her their its he she they we".split())
_NOT_NOUNS = frozenset(
    """in of to for with by from at on under through about over against into among and or but
as than then that which who what when where while if is are was were be been has have had
said says""".split()
)
# verbs that claim what a thing is ("a show she claims is a copy"); not a thought ("the
# employees they thought were the best fit": whose thought, the clause seldom tells)
_CLAIMING = frozenset(
    """say says said claim claims claimed allege alleges alleged insist insists insisted argue
argues argued contend contends contended""".split()
)
_NOUN_WORDS = 3  # words of the noun after its determiner ("a new federal probe")
_SPEAKER_WORDS = 6


def contact_clause(
    verb: str, left: str, masked: str, cue_end: int, end: int
) -> tuple[int, int] | None:
    """Return (where the noun phrase starts, where the speaker's phrase starts), both offsets in
    `left` (the words before the cue, from the sentence's start or the last cue read), when the
    cue is in a relative clause with no relative word on that noun ("a probe the law
    enforcement agency said was ongoing"); else None."""
    if verb.casefold() not in _CLAIMING or not gapped(masked, cue_end, end):
        return None
    words = list(_WORD.finditer(left))[-(_NOUN_WORDS + _SPEAKER_WORDS + 1) :]
    for index, word in enumerate(words):
        if word.group().casefold() not in _HEAD_OPENERS:
            continue
        nouns = 0
        while (
            index + 1 + nouns < len(words)
            and nouns < _NOUN_WORDS
            and _noun(words[index + 1 + nouns].group())
            and not _speaker_opens(words[index + 1 + nouns].group())
        ):
            nouns += 1
        speaker = [w.group() for w in words[index + 1 + nouns :]]
        if (
            nouns
            and 1 <= len(speaker) <= _SPEAKER_WORDS
            and _whole_speaker(speaker)
            # not the sentence's subject, whose own verb would follow the clause ("The man the
            # police said was armed fled"), nor across a comma
            and left[: word.start()].strip()
            and not any(mark in left[word.start() :] for mark in ",;:")
        ):
            return word.start(), words[index + 1 + nouns].start()
    return None


def _whole_speaker(words: list[str]) -> bool:
    """Return True when `words` may be the whole phrase of a speaker: a pronoun alone ("she"),
    a determiner and a noun ("the agency"), or a name ("Acme")."""
    first = words[0].casefold()
    if first in PRONOUNS:
        return len(words) == 1 and first in _SPEAKER_OPENERS
    if first in _SPEAKER_OPENERS:
        return len(words) >= 2
    return _speaker_opens(words[0])


def _noun(word: str) -> bool:
    """Return True for a word that may be part of a noun phrase: letters, lower case, no
    preposition, conjunction, verb or adverb."""
    return word.isalpha() and word.islower() and word not in _NOT_NOUNS and not word.endswith("ly")


def _speaker_opens(word: str) -> bool:
    """Return True for a word that may open a speaker's phrase: a pronoun, a determiner or a
    capitalised name."""
    return word.casefold() in _SPEAKER_OPENERS or (is_capitalised(word) and word.isalpha())
