"""Whom the words said are about: a surname a "who said ...?" question writes alone.

"Who called beating Moya the biggest win of his career?" names Moya as the one beaten, and
"who said Blair was on the defensive?" names Blair as the one talked about: a speaker with that
surname is what the words were about, not who said them (`who_said_ranking` weighs them down,
as it does a speaker the question names in full). Only a surname alone counts, in the words
said: "who said Jason Robinson led by example" may be Andy Robinson's words (another first
name), "the Williams sisters" are a family one of whom may speak, and "who apologised after
the club fined Bellamy" may be Bellamy himself (a name in the setting, after "after", is the
story's, which its own speaker often is).
"""

from __future__ import annotations

from functools import lru_cache

from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.text import tokenize
from qabot.text.lexicon import first_name_gender

# words that end the words said and open their setting: a name after one is the story's
_SETTING = frozenset("after before during following while when once amid despite since".split())
# nouns after a surname that make it a family's name: one of them may be the speaker
_FAMILY = frozenset(
    "sisters brothers family families twins siblings household couple clan dynasty".split()
)


def surnames_alone(index: Index, wording: str) -> frozenset[str]:
    """Return the analysed terms of the words of a who-said topic that may be a surname
    written alone in the words said: a word the archive mostly writes with a capital
    (`written_as_a_name`: "blair", not "young"), not beside a first name, a capitalised word or
    one the archive writes as a name (part of a fuller name), not before a word for a family,
    not in a setting after the words ("after ...", "when ...")."""
    return frozenset(
        term
        for term, word, beside in _lone_words(wording)
        if written_as_a_name(index, word)
        and not any(written_as_a_name(index, other) for other in beside)
    )


@lru_cache(maxsize=1 << 12)
def _lone_words(wording: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Return (term, word, the words beside it) for each word of `wording` that
    `surnames_alone` may keep, before the archive is asked how it writes them: a word beside
    it that the archive writes as a name makes it part of a fuller name ("jimi hendrix" is
    not Janie Hendrix)."""
    words = [word.strip(',;:.!?"“”()') for word in wording.split()]
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for at, word in enumerate(words):
        if word.casefold() in _SETTING:
            break
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if before and (first_name_gender(before.casefold()) or before[:1].isupper()):
            continue
        if after.casefold() in _FAMILY or after[:1].isupper():
            continue
        terms = tokenize(word)
        if len(terms) == 1:
            found.append((terms[0], word, tuple(w for w in (before, after) if tokenize(w))))
    return tuple(found)
