"""Word uses: whether the archive writes a word as a noun (or an adjective) or as a verb, where
a question's own words cannot tell.

"did the bush campaign lift the block" and "did the iata legal challenge ... succeed" type a
word between the subject's first word and the verb that is no verb itself ("campaign",
"legal"); read as the deed asked about, any passage holding it was taken to tell it. English
writes a noun after a determiner ("the campaign", "a legal challenge") and a verb after "to",
a modal or "did" ("to lift", "will lift"): the passages that best match a word, read for those
two contexts, tell which it mostly is. A word written after a determiner at least NOUN_RATIO
times as often as after a verb's marker is a noun (a word never written after either is
neither); one written after a verb's marker at all can be a verb.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.text import lowered, standing_starts, tokenize
from qabot.text.lexicon import NEVER_BEFORE_VERBS
from qabot.text.patterns import lazy

USES_SAMPLE = 20  # passages read for the contexts a word is written in
NOUN_RATIO = 3  # uses after a determiner per use after a verb's marker that make a noun
_KEPT = 256  # words kept per index: a question asks of a few, an answer asks again
NO_BASE_FORM = lazy(r"[a-z]+[^su]s")  # "shares", "workers": no verb's base form ("pass", "focus")
_DETERMINER = lazy(r"\b(?:the|a|an|his|her|its|their|this|that|our|your|my)\s+$", re.IGNORECASE)
_VERB_MARKER = lazy(
    r"\b(?:to|will|would|could|can|should|may|might|must|did|does|do)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Uses:
    """How often the passages read write a word after a determiner and after a verb's marker."""

    after_determiner: int
    after_verb_marker: int

    def noun(self) -> bool:
        """Return whether the word is mostly written as a noun (or an adjective)."""
        return self.after_determiner > 0 and (
            NOUN_RATIO * self.after_verb_marker <= self.after_determiner
        )

    def verb(self) -> bool:
        """Return whether the word is ever written as a verb."""
        return self.after_verb_marker > 0


_uses_kept: weakref.WeakKeyDictionary[Index, dict[str, Uses]] = weakref.WeakKeyDictionary()


def word_uses(index: Index, word: str) -> Uses:
    """Return how the passages that best match `word` write it as typed (case aside)."""
    low = word.casefold()
    kept = _uses_kept.setdefault(index, {})
    if low not in kept:
        if len(kept) >= _KEPT:
            kept.clear()
        kept[low] = _read_uses(index, low)
    return kept[low]


def _read_uses(index: Index, word: str) -> Uses:
    """`word_uses`, read."""
    terms = tokenize(word)
    if not terms:
        return Uses(0, 0)
    found = index.engine.search_scored(terms, USES_SAMPLE)
    pattern: re.Pattern[str] | None = None  # compiled only when lower case cannot tell
    determiner = marker = 0
    for i in range(len(found)):
        text = found.text(i)
        starts = standing_starts(text, lowered(text), word)  # ~1 ms a word with a pattern
        if starts is None:
            if pattern is None:
                pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", re.I)
            starts = [written.start() for written in pattern.finditer(text)]
        for start in starts:
            before = text[max(0, start - 12) : start]
            determiner += bool(_DETERMINER.search(before))
            marker += bool(_VERB_MARKER.search(before))
    return Uses(determiner, marker)


def noun_before_verb(index: Index, word: str, following: re.Match[str] | None) -> bool:
    """Return whether `word`, typed where a question's verb would be, is a noun of its subject:
    the archive writes it mostly as a noun and the word after it (group 1 of `following`) is
    one it writes as a verb, or a plural ("did the bush campaign lift the block", "did the
    iata legal challenge ... succeed", "did the subway workers strike")."""
    if following is None:
        return False
    after = following.group(1)
    low = after.casefold()
    if (
        low in NEVER_BEFORE_VERBS
        or not tokenize(low)
        or low.endswith("ing")  # "did the index show manufacturing growth": no verb
        or written_as_a_name(index, after)
        or not word_uses(index, word).noun()
    ):
        return False
    return bool(NO_BASE_FORM.fullmatch(low)) or word_uses(index, low).verb()
