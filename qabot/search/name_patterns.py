"""Name patterns: how a text may write the words of a name a question types, as a pattern
(`phrase`: side by side, possessive, an initial between, typed in short or contracted) and the
cheap test that spares compiling it where a text cannot hold it (`may_adjoin`); whether two
spellings are one word (`one_word`: "Oscars" and "Oscar's" are "Oscar").

Asked with the names `qabot.search.question_names` reads from a question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from qabot.text.patterns import lazy

SHORT_FORM = 4  # letters at most of a name's word typed in short ("Man" of "Man City")


def one_word(asked: str, written: str) -> bool:
    """Return whether `written` (or a part of it between hyphens) is the word `asked`, in any
    case and accents, possessive or plural: "Oscars" and "Oscar's" are "Oscar", "Tories" is
    "Tory"; "France" is not "Franc", though the stemmer makes one term of them."""
    a = _folded(asked)
    for part in _folded(written).split("-"):
        if a == part or part in (a + "s", a + "es") or a in (part + "s", part + "es"):
            return True
        if (a[-1:] == "y" and part == a[:-1] + "ies") or (
            part[-1:] == "y" and a == part[:-1] + "ies"
        ):
            return True
    return False


def _folded(word: str) -> str:
    """Return `word` case-folded, without accents and without a possessive ending."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    ).casefold()
    return plain.replace("’", "'").removesuffix("'s").removesuffix("'")


# what `[A-Z]` matches in a pattern that ignores case, written so that the pattern compiles
# quickly: the Kelvin sign and the long s make `re` chart the whole of Unicode for a class that
# holds them (~0.2 ms each time a question's words are made a pattern)
_INITIAL = "(?:(?-i:[A-Za-z])|(?-i:\u0130)|(?-i:\u0131)|(?-i:\u017f)|(?-i:\u212a))"


def name_phrase(words: Sequence[str]) -> re.Pattern[str]:
    """Return `phrase(words)` where a word of a name typed in short before its last word may
    open a longer one the text writes ("Man City" is "Manchester City"): a name's last word
    is never shortened, and the words stay side by side. A word after the first typed as a
    contraction (a few letters, no vowel after the first: "Utd", "Intl") may be the word
    written out, its letters in order ("Man Utd" is "Manchester United")."""
    shortened = frozenset(
        at for at, word in enumerate(words[:-1]) if word.isalpha() and len(word) <= SHORT_FORM
    )
    contracted = frozenset(at for at, word in enumerate(words) if at and contraction(word))
    return phrase(words, shortened, contracted)


def contraction(word: str) -> bool:
    """Return whether `word` is typed as a contraction: 2 to SHORT_FORM letters, none of them
    a vowel after the first ("Utd", "Ltd", "Intl"; not "Man", "Co")."""
    short = word.isascii() and word.isalpha() and 2 <= len(word) <= SHORT_FORM
    return short and not set(word[1:].casefold()) & set("aeiou")


def phrase(
    words: Sequence[str],
    shortened: frozenset[int] = frozenset(),
    contracted: frozenset[int] = frozenset(),
) -> re.Pattern[str]:
    """Return a pattern for `words` side by side in a text, in any case: a possessive may end
    each ("Sony's PSP"), an initial may stand between two ("George W. Bush") and so may "&",
    or "and" before a capital, which join the names of one firm ("Scottish & Newcastle" is
    "Scottish and Newcastle"; "league and cup goals" is no League Cup); a word at a
    place in `shortened` may open a longer word, and one at a place in `contracted` may be
    written out (`name_phrase`).

    No word character may stand before the first word: tested after its first letter, so that
    `re` looks for that letter first instead of trying the pattern at every position."""
    parts = [_possessive(_owner(word)) for word in words]
    gap = rf"{_OWNED}?\s+(?:(?:&|and(?=\s+(?-i:[A-Z])))\s+)?(?:{_INITIAL}\.?\s+)?"
    first = _owner(words[0]) if words else ""
    if not first:
        return re.compile(rf"(?<![\w]){gap.join(parts)}(?![\w])", re.IGNORECASE)
    parts[0] = _possessive(first[1:])
    for at in shortened:
        parts[at] += r"[^\W_]*"
    for at in contracted:  # written with its capital, as a name is ("many unsettled" is none)
        word = words[at]
        letters = [f"(?-i:{re.escape(word[0].upper())})", *map(re.escape, word[1:])]
        parts[at] = r"[^\W_]*".join(letters)
    opening = _possessive(first[0])  # a hyphen typed first may be a space written, too
    return re.compile(rf"{opening}(?<![\w][\s\S]){gap.join(parts)}(?![\w])", re.IGNORECASE)


# a possessive a text may write after a word: "'s", or the apostrophe alone after an "s"
# ("the Transport and General Workers' Union", asked "workers' union" or "workers union")
_OWNED = r"(?:['’]s|(?<=[sS])['’])"
# a word ending in "s" typed without the apostrophe a name may write ("Lloyds", "Lloyd's")
_POSSESSIVE = lazy(r".+[^\W\d_][sS]")
_APOSTROPHE_S = lazy(r"['’]?s")


def _owner(word: str) -> str:
    """Return `word` without a possessive ending: "Sony's" and "Ebbers'" (a name ending in "s"
    takes the apostrophe alone) are "Sony" and "Ebbers"."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return bare[:-1] if bare.endswith(("s'", "s’")) else bare


def _possessive(word: str) -> str:
    """Return a pattern for `word` where a final "s" typed without its apostrophe may be
    written with one ("Lloyds of London" is "Lloyd's of London"), and a hyphen typed inside
    it may be a space ("Sarbanes-Oxley" is the "Sarbanes Oxley Act")."""
    if _POSSESSIVE.fullmatch(word):
        pattern = rf"{re.escape(word[:-1])}['’]?{word[-1]}"
    else:
        pattern = re.escape(word)
    return pattern.replace(r"\-", r"[-\s]")


# what `phrase` allows between two words, in a lowered text (`may_adjoin`): a possessive and
# white space, then an initial
_GAP = lazy(rf"{_OWNED}?\s+")
_LOWER_INITIAL = lazy(r"[a-z]\.?\s+")


def may_adjoin(lower: str | None, a: str, b: str) -> bool:
    """Return False only when `phrase([a, b])` cannot match in the text `lower` was made from
    (`qabot.text.lowered`): nowhere does it hold `a` then `b` with what `phrase` allows
    between them. Asked first, it spares compiling the pattern (~0.1-0.3 ms) for most pairs of
    a question's words, which no candidate writes side by side."""
    a, b = _owner(a), _owner(b)
    if lower is None or not (a and b and (a + b).isascii()) or "-" in a + b:
        return True  # beyond ASCII: the pattern's own case folding decides (a hyphen: a space)
    if any(character.isspace() for character in a + b):
        return True  # no word of a question, but the gap read greedily here would take its space
    a, b = a.lower(), b.lower()
    opening = a[:-1] if _POSSESSIVE.fullmatch(a) else a
    at = lower.find(opening)
    while at >= 0:
        end = _word_end(lower, a, at)
        gap = _GAP.match(lower, end) if end >= 0 else None
        if gap is not None:
            if _word_end(lower, b, gap.end()) >= 0:
                return True
            initial = _LOWER_INITIAL.match(lower, gap.end())
            if initial is not None and _word_end(lower, b, initial.end()) >= 0:
                return True
        at = lower.find(opening, at + 1)
    return False


def _word_end(lower: str, word: str, at: int) -> int:
    """Return where `word` (lower case) ends when `lower` writes it at `at` as `phrase`
    allows (its final "s" after an apostrophe: `_possessive`), else -1."""
    if lower.startswith(word, at):
        return at + len(word)
    if _POSSESSIVE.fullmatch(word) and lower.startswith(word[:-1], at):
        found = _APOSTROPHE_S.match(lower, at + len(word) - 1)
        if found is not None:
            return found.end()
    return -1
