"""Opposite deeds: a "why" question takes what it asks about as told ("why did X's profits
fall?"), so passages telling the opposite of it ("X reported a 60% rise in profit") answer
nothing: the archive contradicts the question.

The question writes a form of one side of a pair of opposites (`OPPOSITES`: rise and fall,
accept and reject, win and lose ...) and none of the other; no shown passage nor its title
writes a form of the side asked, and a sentence of them writes one of the other beside another
word of the question, not only a name it asks of ("why did X's revenues drop" is not
contradicted by "X posted a 52% rise in profits"). Only "why" questions are read: "what %
backed a ban" over "opposed", or "X share price drop" over a rise, ask a figure or a topic,
which a story of the opposite may well answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qabot.indexing import Index
from qabot.search.asked_figures import question_names
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.wording import echo
from qabot.text import STOP_WORDS, tokenize
from qabot.text.lexicon import OPPOSITES
from qabot.text.patterns import lazy

SHOWN_LETTERS = 160  # of the sentence quoted in the lead
_WHY = lazy(r"\s*why\b", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "won't" whole: no "won"


@dataclass(frozen=True, slots=True, kw_only=True)
class Opposite:
    """What a "why" question asks (`asked`, as typed) and the opposite a passage tells
    (`told`, as written, in `sentence`)."""

    asked: str
    told: str
    sentence: str


def _words(text: str) -> list[str]:
    """Return the words of `text` in lower case."""
    return [word.casefold() for word in _WORD.findall(text)]


def told_opposite(index: Index, words: str, hits: Sequence[Hit]) -> Opposite | None:
    """Return the opposite of what a "why" question `words` takes as told, when `hits` tell
    only that (see the module docstring); else None."""
    if not hits or not _WHY.match(words):
        return None
    typed = _words(words)
    for asked, opposite in OPPOSITES:
        held = [word for word in typed if word in asked]
        if not held or opposite.intersection(typed):
            continue
        if any(
            asked.intersection(_words(f"{hit.article.title} {hit.passage.text}")) for hit in hits
        ):
            continue  # told as asked somewhere: the question may be right
        others = frozenset(
            term
            for term in tokenize(" ".join(w for w in typed if w not in asked))
            if term.isalpha()
        ).difference(STOP_WORDS, *question_names(index, words).values())
        for hit in hits:
            text = hit.passage.text
            for start, end, terms in sentences_with_terms(hit.passage):
                told = opposite.intersection(_words(text[start:end]))
                if told and not others.isdisjoint(terms):
                    sentence = echo(text[start:end].strip(), SHOWN_LETTERS)
                    return Opposite(asked=held[0], told=sorted(told)[0], sentence=sentence)
    return None
