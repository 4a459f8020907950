"""Cue objects: whether the words after a cue are its object ("Data from Spain underlined the
problems.") rather than words said or when they were said (inside `qabot.attribution.cue_words`
and `qabot.attribution.uncued_quotes`): a cue with an object reports nothing of the quote
closed before its sentence; and whether the words after when something was said open the
clause said ("said on Friday he met", not "said on Friday at a rally"), for
`qabot.attribution.cue_spans`."""

from __future__ import annotations

from qabot.attribution.cues import ADDRESSED, ADJUNCT_START, BARE, TELL
from qabot.text.lexicon import is_capitalised
from qabot.text.patterns import lazy

_DETERMINERS = frozenset("the a an his her their its our".split())
_CLAUSE_SUBJECTS = frozenset("he she it they we i there this".split())
CONTRACTED = lazy(r"(?:he|she|they|we|i|it|there)['’](?:d|s|ll|re|ve|m)")


def clause_opener(words: list[str]) -> bool:
    """Return True when `words` may open a clause after a cue and when it was said ("he met",
    "the deal was"), not more of when or how ("at a rally", "adding that", "in Ohio")."""
    if words and CONTRACTED.fullmatch(words[0].casefold()):
        return True  # "said on Friday he'd ..."
    if len(words) < 2:
        return False
    first = words[0].casefold()
    return (
        first in _CLAUSE_SUBJECTS or first in _DETERMINERS or is_capitalised(words[0])
    ) and not (first in ADJUNCT_START or first.endswith("ing"))


# what opens a verb's object ("Data from Spain underlined the problems."): a sentence whose cue
# has an object after it reports nothing of a quote before it; "the next day" is a time
_TIMES = frozenset("next following same previous day week weekend month year time".split())


def object_after(verb: str, rest: str) -> bool:
    """Return True when a cue with nothing reported after it has an object ("underlined the
    problems"), so the quote closed before its sentence is not what it reports; the one told
    or warned ("told the crowd") and a time ("said the next day") are no such object."""
    words = rest.split()
    if not words or verb.casefold() in TELL | ADDRESSED:
        return False
    if words[0] in _DETERMINERS:
        return len(words) >= 2 and words[1].casefold().strip(".,") not in _TIMES
    # a verb that takes no bare clause: any word but when, where or how ("announced plans to
    # ...", "continues to enjoy"; not "announced on Friday", "replied angrily")
    first = words[0].casefold().strip(".,;:!?")
    return (
        verb not in BARE
        and words[0][:1].isalnum()
        and (first == "to" or not (first in ADJUNCT_START or first.endswith("ly")))
    )
