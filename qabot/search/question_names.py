"""Question names: the runs of capitalised words a question names people and things with, and
the patterns that find them in passages (`Name`, built by `name_patterns`). How the first
passages found write a word (with a capital or without) is `name_writing`.

`subject` reads them into the names a passage must mention (`Name`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qabot.records import Passage
from qabot.search.name_patterns import name_phrase, one_word
from qabot.text import tokenize
from qabot.text.lexicon import first_name_gender, short_months
from qabot.text.patterns import lazy

CONNECTORS = frozenset({"of", "de", "le", "van", "von", "da", "del", "du", "der", "bin", "al"})
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
        # "Oct-Dec 2004": months typed short are a date, no name ("Jan Molby" is one)
        named_on = i + 1 < len(words) and words[i + 1][0].isupper()
        upper = upper and not (short_months(word) and not named_on)
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
