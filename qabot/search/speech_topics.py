"""Speech questions: the topic a question's tail names, read the same way by "who said ...?"
(`who_said_questions`) and "what did X say ...?" (`questions`): without a leading "that" or
"about", and without a second verb of saying that joins two things said.
"""

from __future__ import annotations

import re

from qabot.search.speech_verbs import is_speech_verb
from qabot.text import tokenize
from qabot.text.edits import one_edit
from qabot.text.lexicon import DECADE_WORDS, IRREGULAR_VERBS
from qabot.text.patterns import lazy

ABOUT = frozenset("about on regarding concerning over of".split())
VAGUE = frozenset("anything something much".split())
# "about" typed with a slip: a letter dropped, doubled, changed or two swapped ("abuot")
_ABOUT_SLIPS = one_edit("about")


def as_topic(words: list[str]) -> str | None:
    """Return words joined as a topic, without the marks around it; None when empty."""
    value = " ".join(words).strip(" ,:;\"“”'")
    return value or None


def tail_topic(words: list[str]) -> str | None:
    """Return the topic a tail names: without a leading "that", "about", "anything about"."""
    folded = [w.casefold() for w in words]
    start = 0
    while start < len(words) and (
        folded[start] in {"that", ":"} | VAGUE
        or (folded[start] in ABOUT and start < 2)
        or (start == 0 and folded[0] in _ABOUT_SLIPS)  # "say abuot Y", "say abotu Y"
    ):
        start += 1
    # "who admitted X but said Y": the second verb of saying joins two things said, and is
    # no word of either (every quote's sentence holds "said")
    kept = [
        word
        for j, word in enumerate(words[start:], start)
        if not (
            j > start
            and folded[j - 1] in _JOINING
            and _inflected(folded[j])
            and is_speech_verb(folded[j], after_who=True)
        )
    ]
    return as_topic(kept)


_JOINING = frozenset("but and yet while".split())


def _inflected(word: str) -> bool:
    """Return whether `word` has a verb's ending after "who" ("added", "warns", "said"): a
    bare form after "and" is a noun ("housing and credit markets"), not a second verb."""
    return word.endswith(("ed", "s")) or IRREGULAR_VERBS.get(word, word) != word


# the forms of the two verbs nearly every report of words is written with ("said" is in a
# fifth of news passages): asked about someone's words, "about what she said of the budget"
# is about the budget, and searching "said" costs a search of most of the archive
SAYING = frozenset("say says said saying tell tells told telling".split())


def searched_topic(topic: str) -> str:
    """Return the words of a "what did X say about Y" topic to search: without the forms of
    "say" and "tell", unless nothing else of the topic would be searched."""
    kept = [word for word in topic.split() if word.casefold().strip(_MARKS) not in SAYING]
    if len(kept) == len(topic.split()) or not tokenize(" ".join(kept)):
        return topic
    return " ".join(kept)


_MARKS = ",.;:!?\"“”'‘’()"


# "the sixties", "the swinging sixties": a decade ("in his sixties" is an age)
_DECADE = lazy(
    r"\bthe\s+(?:[a-z]+\s+)?(?P<decade>" + "|".join(DECADE_WORDS) + r")\b", re.IGNORECASE
)


def decade_forms(topic: str) -> tuple[str, ...]:
    """Return the terms of the ways the articles write the decades a topic names as words."""
    return tuple(
        term
        for found in _DECADE.finditer(topic)
        for form in DECADE_WORDS[found.group("decade").casefold()]
        for term in tokenize(form)
    )
