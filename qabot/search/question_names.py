"""Question names: the runs of capitalised words a question names people and things with, and
the patterns that find them in passages (side by side, possessive, typed in short). How the
first passages found write a word (with a capital or without) is `name_writing`.

`subject` reads them into the names a passage must mention (`Name`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from qabot.records import Passage
from qabot.text import tokenize
from qabot.text.lexicon import first_name_gender
from qabot.text.patterns import lazy

CONNECTORS = frozenset({"of", "de", "le", "van", "von", "da", "del", "du", "der", "bin", "al"})
SHORT_FORM = 4  # letters at most of a name's word typed in short ("Man" of "Man City")
# a word as a question types it, with its inner dots, apostrophes, "&" and hyphens
NAME_WORD = lazy(r"[^\W_][\w'’.&-]*")


@dataclass(frozen=True, slots=True)
class Name:
    """A name the question writes with capitals: as typed, and its analysed terms."""

    typed: str
    terms: tuple[str, ...]
    run: str  # the whole run of capitalised words it came from ("Taylor Swift" for "Swift")
    pattern: re.Pattern[str]  # its words side by side as a text writes them (`phrase`)
    last: re.Pattern[str]  # words that may be its last one, written with a capital or not

    @classmethod
    def of(cls, typed: str, run: str) -> Name:
        """Return the name `typed` (part of `run`) with its terms and patterns."""
        words = typed.split()
        terms = tuple(tokenize(typed))
        stem = terms[-1] if terms else ""
        word = words[-1].casefold()
        prefix = next((word[:i] for i in range(len(word), 0, -1) if stem.startswith(word[:i])), "")
        # a quote mark may open it ("upholds 'Napster' ruling"), an apostrophe inside a word
        # may not ("O'Neill" is no "Neill")
        # ... and a web address typed ("Napster.no") is found whole ("napster.no")
        address = r"(?:\.\w+)*" if "." in word.strip(".") else ""
        last = re.compile(
            rf"(?<!\w)(?<!\w['’]){re.escape(prefix[:3] or word)}[\w'’-]*{address}",
            re.IGNORECASE,
        )
        return cls(typed, terms, run, name_phrase(words), last)

    def capitalised_in(self, text: str) -> bool:
        """Return whether `text` writes the name's last word with a capital ("Swift", "Oscars"
        for "Oscar"; not "swift"), its second letter's counting ("iPod" for "Ipod", as typed
        at the start of a name)."""
        stem = self.terms[-1]
        asked = self.typed.split()[-1]
        return any(
            (found[0].isupper() or found[1:2].isupper())
            and stem in tokenize(found)
            and one_word(asked, found)
            for found in self.last.findall(text)
        )


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
    parts = [_possessive(word.removesuffix("'s").removesuffix("’s")) for word in words]
    gap = rf"(?:['’]s)?\s+(?:(?:&|and(?=\s+(?-i:[A-Z])))\s+)?(?:{_INITIAL}\.?\s+)?"
    first = words[0].removesuffix("'s").removesuffix("’s") if words else ""
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


# a word ending in "s" typed without the apostrophe a name may write ("Lloyds", "Lloyd's")
_POSSESSIVE = lazy(r".+[^\W\d_][sS]")
_APOSTROPHE_S = lazy(r"['’]?s")


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
_GAP = lazy(r"(?:['’]s)?\s+")
_LOWER_INITIAL = lazy(r"[a-z]\.?\s+")


def may_adjoin(lower: str | None, a: str, b: str) -> bool:
    """Return False only when `phrase([a, b])` cannot match in the text `lower` was made from
    (`qabot.text.lowered`): nowhere does it hold `a` then `b` with what `phrase` allows
    between them. Asked first, it spares compiling the pattern (~0.1-0.3 ms) for most pairs of
    a question's words, which no candidate writes side by side."""
    a, b = (word.removesuffix("'s").removesuffix("’s") for word in (a, b))
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


def name_runs(question: str) -> list[list[str]]:
    """Return the runs of capitalised words of `question` (connectors such as "of" inside)."""
    if question.islower():
        return []  # no capital at all: most questions typed in a chat
    words = NAME_WORD.findall(question)
    if any(
        word[0].isupper() and not tokenize(word) and word.casefold() not in CONNECTORS
        for word in words[1:]
    ):
        return []  # Title Case ("How Many Died In The Tsunami"): capitals say nothing
    runs: list[list[str]] = []
    current: list[str] = []
    for i, word in enumerate(words):
        upper = len(word) > 1 and word[0].isupper() and bool(tokenize(word))
        if upper:
            current.append(word)
        elif current and word.casefold() in CONNECTORS and i + 1 < len(words):
            current.append(word)
            continue
        else:
            if current:
                runs.append(current)
            current = []
            continue
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        while run and run[-1].casefold() in CONNECTORS:
            run = run[:-1]
        if run and run[0] == words[0] and len([w for w in run if tokenize(w)]) < 2:
            # a question's first word is a name only when the next word is one too ("Tony
            # Blair"): a question starts with a capital whatever it is ("Tsunami aid")
            continue
        if run:
            cleaned.append(run)
    return cleaned


def split_run(
    run: list[str], texts: Sequence[tuple[Passage, list[str]]], given_names: frozenset[str]
) -> list[list[str]]:
    """Split a run of capitalised words where no candidate writes two of them side by side
    ("Blair Brown"), but never after a given name that opens a name ("Jamie Oliver" is one
    name or none; "Aston Martin Vantage" is "Aston Martin" and "Vantage")."""
    words = [word for word in run if tokenize(word) or word.casefold() in CONNECTORS]
    parts: list[list[str]] = [[words[0]]]
    for word in words[1:]:
        if word.casefold() in CONNECTORS:
            parts[-1].append(word)
            continue
        named = [i for i, w in enumerate(parts[-1]) if w.casefold() not in CONNECTORS]
        if not named:  # "De Niro", "Van Gogh": a name may open with a connector
            parts[-1].append(word)
            continue
        last = named[-1]
        pattern = name_phrase([*parts[-1][last:], word])
        opens = last == named[0]  # "Martin" of "Aston Martin" closes a name
        first = parts[-1][last]  # a given name of the lexicon ("London" opens no one's name)
        given = first.casefold() in given_names and first_name_gender(first) is not None
        joined = (opens and given) or any(
            pattern.search(text) for _, written in texts for text in written
        )
        if joined:
            parts[-1].append(word)
        else:
            parts.append([word])
    for part in parts:
        while len(part) > 1 and part[-1].casefold() in CONNECTORS:
            part.pop()  # "Bank of" before a name the candidates never write after it
    return parts


def without_outlets(run: list[str], outlets: list[list[str]]) -> list[list[str]]:
    """Return the parts of `run` left when the names of outlets are taken out of it."""
    folded = [word.casefold() for word in run]
    for outlet in outlets:
        size = len(outlet)
        for at in range(len(run) - size + 1):
            if size and folded[at : at + size] == outlet:
                before, after = run[:at], run[at + size :]
                return [
                    p for part in (before, after) if part for p in without_outlets(part, outlets)
                ]
    return [run]


def with_adverb(speaker: str, words: str) -> str | None:
    """Return `speaker` and the word ending in "-ly" that follows it in `words`, if one does."""
    if "ly" not in words.lower():
        return None  # most questions: no pattern of this speaker's to make
    found = re.search(rf"(?<![\w'’-]){re.escape(speaker)}\s+([\w'’-]+ly)\b", words, re.I)
    return f"{speaker} {found.group(1)}" if found else None
