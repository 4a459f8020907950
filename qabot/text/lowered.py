"""Lowered text: whether a text can hold a word in any case, told by `str.lower` and `in`.

Question time makes patterns of the question's words (`re.IGNORECASE`): compiling one costs
0.1-0.3 ms, and `re` keeps only its last 512, so a question seen once pays for every one of
them. Where a text cannot hold the word at all, no pattern is needed: asked first, this makes
a pattern only where one may match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from qabot.text.patterns import lazy

# The only characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter (dotted
# capital I, dotless i, long s, Kelvin sign); they are also the only ones whose lower case
# holds an ASCII letter or is longer than one character (checked over all of Unicode,
# `tests/text/test_lowered.py`). A text without them, lowered, keeps every position, and an
# ASCII word matches in it, in any case, exactly where its lower case stands in the lowered text.
NEAR_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered(text: str) -> str | None:
    """Return `text` in lower case, position for position, or None where a text holds a letter
    `re.IGNORECASE` matches to an ASCII letter that lower case does not show (`NEAR_ASCII`)."""
    if any(letter in text for letter in NEAR_ASCII):
        return None
    return text.lower()


def may_contain(lower: str | None, word: str) -> bool:
    """Return False only when no pattern of `word` as written (escaped, ignoring case) can
    match in the text `lower` was made from (`lowered`): `word` is ASCII and `lower` lacks it.
    Anything beyond ASCII is left to the pattern."""
    return lower is None or not word.isascii() or word.lower() in lower


def may_contain_all(text: str, words: list[str]) -> bool:
    """Return False only when no pattern of `words` as written (escaped, ignoring case, in any
    order or spacing) can match in `text`: an ASCII one of them is nowhere in it. Asked before
    a pattern opening with a look-behind (~25 us on a passage: `re` finds no literal to skip
    to), it costs ~2 us."""
    lower = lowered(text)
    return all(may_contain(lower, word) for word in words)


def whole_words(text: str, lower: str | None, word: str) -> list[str] | None:
    """Return the forms `text` writes `word` in as a whole word, in any case, in order (what
    `(?<!\\w)word(?!\\w)` with `re.IGNORECASE` finds), from `lower` (`lowered(text)`) without
    a pattern; None when only the pattern can tell (`lower` None, `word` beyond ASCII or not
    all word characters)."""
    if lower is None or not word.isascii() or not _WORD_CHARACTERS.fullmatch(word):
        return None
    return [text[at : at + len(word)] for at in _starts(text, lower, word, _is_word_character)]


_WORD_CHARACTERS = lazy(r"\w+")
_JOINED_WORD = lazy(r"[\w'-]+")  # (ASCII words only reach it: "’" is none)
_JOINING = "'’-"  # what joins a word to the next as much as a word character does


def standing_starts(text: str, lower: str | None, word: str) -> list[int] | None:
    """Return where `text` writes `word` in any case with no word character, apostrophe or
    hyphen on either side (the starts `(?<![\\w'’-])word(?![\\w'’-])` with `re.IGNORECASE`
    finds), from `lower` (`lowered(text)`) without a pattern; None when only the pattern can
    tell (`lower` None, `word` beyond ASCII or holding another character). Two such places
    never overlap: the second would start after a character of the first."""
    if lower is None or not word.isascii() or not _JOINED_WORD.fullmatch(word):
        return None
    return _starts(text, lower, word, _joins)


def _starts(text: str, lower: str, word: str, joins: Callable[[str], bool]) -> list[int]:
    """Return where `lower` (`lowered(text)`) holds the ASCII `word` in lower case with no
    character of `text` that `joins` right before or after it."""
    key, size, found = word.lower(), len(word), []
    at = lower.find(key)
    while at >= 0:
        end = at + size
        if not (at and joins(text[at - 1])) and not (end < len(text) and joins(text[end])):
            found.append(at)
        at = lower.find(key, at + 1)
    return found


def writes_adjacent(text: str, lower: str | None, first: str, second: str) -> bool | None:
    """Return whether `text` writes `first`, its possessive or not, then white space or
    hyphens, then `second`, whole words in any case (what `(?<!\\w)first(?:['’]s)?[\\s-]+second
    (?!\\w)` with `re.IGNORECASE` finds), from `lower` (`lowered(text)`) without a pattern;
    None when only the pattern can tell (`lower` None, a word beyond ASCII or not all word
    characters)."""
    if lower is None or not all(
        word.isascii() and _WORD_CHARACTERS.fullmatch(word) for word in (first, second)
    ):
        return None
    key, after, size = first.lower(), second.lower(), len(text)
    at = lower.find(key)
    while at >= 0:
        gap = at + len(key)
        if not (at and _is_word_character(text[at - 1])):
            if lower.startswith(("'s", "’s"), gap):
                gap += 2  # "Oaten's campaign"; none other can follow: a "'" is no space
            end = gap
            while end < size and (text[end].isspace() or text[end] == "-"):
                end += 1
            stop = end + len(after)
            if (
                end > gap
                and lower.startswith(after, end)
                and not (stop < size and _is_word_character(text[stop]))
            ):
                return True
        at = lower.find(key, at + 1)
    return False


def _is_word_character(character: str) -> bool:
    """Return whether `re`'s `\\w` matches `character` (letters, digits, numerics, "_")."""
    return character.isalnum() or character == "_"


def _joins(character: str) -> bool:
    """Return whether `character` is one `[\\w'’-]` matches."""
    return character in _JOINING or _is_word_character(character)


def unjoined_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of `pattern` in `text` that no word character or hyphen comes right
    before: those `(?<![\\w-])` put before the pattern finds with `finditer`, in order. `re`
    finds no literal to skip to past a look-behind and tries it at every position (~25 us on a
    passage, ~10 us without it)."""
    at = 0
    while (found := pattern.search(text, at)) is not None:
        start = found.start()
        if start and (_is_word_character(text[start - 1]) or text[start - 1] == "-"):
            at = start + 1
            continue
        yield found
        at = max(found.end(), start + 1)
