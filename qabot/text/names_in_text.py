"""Names in text: where a name stands as a whole word, without compiling a pattern per name.

Attribution looks up every speaker's name in every sentence of an article; a regular expression
built per name cost more to compile than the rest of an article's speaker summary.
"""

from __future__ import annotations

from bisect import bisect_right

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
# between two sentences joined: no word character, so no run of one reaches into the next
_JOINT = "\n"


class SentenceWords:
    """An article's sentences, where the sentences holding a run of word characters are found
    by one search of their joined text (in C) instead of scanned one by one, so that naming
    every speaker of a long article grows with its length, not with its length times its
    speakers. Only the runs asked are searched: an index of every run of every sentence cost
    more than all the look-ups of an article's few speakers (issue 13)."""

    __slots__ = ("_holding", "_joined", "_starts", "sentences")

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self._joined = _JOINT.join(sentences)
        starts, at = [], 0
        for sentence in sentences:
            starts.append(at)
            at += len(sentence) + len(_JOINT)
        self._starts = starts
        self._holding: dict[str, list[int]] = {}

    def naming(self, name: str) -> list[str]:
        """Return, in order, the sentences where `name` may stand as a whole word: each one
        where `name_starts` finds it, and perhaps more. Where a name opening with a word
        character stands whole, nothing word-like precedes it and its first run of word
        characters ends where the sentence's does, so the sentence holds that run; a name
        opening otherwise may stand anywhere."""
        first = _WORD_RUN.match(name)
        if first is None:
            return self.sentences
        run = first.group()
        holding = self._holding.get(run)
        if holding is None:
            holding = self._holding[run] = self._holding_run(run)
        return [self.sentences[i] for i in holding]

    def _holding_run(self, run: str) -> list[int]:
        """Return the indexes of the sentences holding `run` as a whole run of word
        characters (neither after nor before a word character), each once, in order."""
        joined, size, found = self._joined, len(run), []
        at = joined.find(run)
        while at >= 0:
            if (at and _in_word(joined[at - 1])) or (
                at + size < len(joined) and _in_word(joined[at + size])
            ):
                at = joined.find(run, at + 1)
                continue
            index = bisect_right(self._starts, at) - 1
            found.append(index)
            # the next sentence: this one is found
            at = joined.find(run, self._starts[index + 1]) if index + 1 < len(self._starts) else -1
        return found
