"""Names in text: where a name stands as a whole word, without compiling a pattern per name.

Attribution looks up every speaker's name in every sentence of an article; a regular expression
built per name cost more to compile than the rest of an article's speaker summary.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

_AFTER_NOT = "-"  # besides letters, digits and "_"
_BEFORE_NOT = "'\u2019-"


def name_starts(text: str, name: str) -> list[int]:
    """Return where `name` stands in `text` as a whole word, left to right, not overlapping.

    Whole means: not after a letter, digit, "_", apostrophe or hyphen, and not before a letter,
    digit, "_" or hyphen; the regular expression (?<![\\w'\u2019-])NAME(?![\\w-]).
    """
    if not name:
        return []
    found, size, at = [], len(name), text.find(name)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + size] if at + size < len(text) else " "
        if _in_word(before) or before in _BEFORE_NOT or _in_word(after) or after in _AFTER_NOT:
            at = text.find(name, at + 1)
        else:
            found.append(at)
            at = text.find(name, at + size)
    return found


def _in_word(char: str) -> bool:
    """Return True for a character of regular expressions' \\w: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


# a run of word characters: `re`'s \w is `_in_word`'s letter, digit or "_"
_WORD_RUN = lazy(r"\w+")


class SentenceWords:
    """An article's sentences with, for each run of word characters, the sentences holding it:
    the sentences where a name may stand are looked up instead of scanned, so that naming every
    speaker of a long article grows with its length, not with its length times its speakers."""

    __slots__ = ("_holding", "sentences")

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        holding: dict[str, list[int]] = {}
        for index, sentence in enumerate(sentences):
            for run in set(_WORD_RUN.findall(sentence)):
                holding.setdefault(run, []).append(index)
        self._holding = holding

    def naming(self, name: str) -> list[str]:
        """Return, in order, the sentences where `name` may stand as a whole word: each one
        where `name_starts` finds it, and perhaps more. Where a name opening with a word
        character stands whole, nothing word-like precedes it and its first run of word
        characters ends where the sentence's does, so the sentence holds that run; a name
        opening otherwise may stand anywhere."""
        first = _WORD_RUN.match(name)
        if first is None:
            return self.sentences
        return [self.sentences[i] for i in self._holding.get(first.group(), ())]
