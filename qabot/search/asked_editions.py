"""Asked editions: a name with a number ("halo 3", "windows 7", "fifa 06", "xbox 360", "ocean's
thirteen") asks of that one.

"halo 3 sales first week" was answered with Microsoft's sales of Halo 2: the passages hold the
name and the other words, not the number (a number of one or two digits weighs little; one of
three, "xbox 360" over the first Xbox's sales, is a number a lead said they lacked). An
article that writes the name with another number ("Halo 2") and never with the one asked is
about another edition, like a passage of another year (`asked_years`), and one that writes
the name with no number is about none in particular: the story of the edition asked writes it
("Opera 8.0" writes Opera 8; "Windows 3.1" is no Windows 3). A number written as a word is
read after a possessive, as titles write it ("Ocean's Twelve", "Ocean's 12"), and not before
a plural or a magnitude ("england's two openers"), nor "one" (a pronoun as often).
Only a word the archive mostly writes as a name counts ("top 10", "under 21", "won 3" are no
editions), and no number of a magnitude or a unit ("sony 500 million" counts, "laptop 100
dollar" a price). A number of three digits is a model's ("Boeing 777"), which an article may
write apart from the name ("Boeing unveiled its new 777 plane"): an article holding it alone
beside the name, and the name with no other number, is of that edition too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.text import tokenize
from qabot.text.lexicon import COUNTING_WORDS, MAGNITUDES, MONTH_NUMBERS, UNITS
from qabot.text.patterns import lazy

ARTICLE_READ = 200  # passages holding the name read for the numbers their articles write it with
MODEL_DIGITS = 3  # a number this long asked is found alone beside the name too
_MAGNITUDE = "|".join(sorted(MAGNITUDES | UNITS))
# a title's number written as a word after a possessive ("Ocean's Twelve"), not "one" (as
# often a pronoun or a count: "Elvis's One Night", "Boerse one")
_WORDED = "|".join(COUNTING_WORDS[1:])
_NUMBERED = lazy(
    # a number, not an amount or a share ("sony 500 million", "laptop 100 dollar")
    rf"(?<![\w-])([^\W\d_]{{2,}})\s+(\d{{1,3}})(?![\w%-]|[.,:/]\d|\s*(?:{_MAGNITUDE})\b)"
    # or a number word after a possessive, not a count of things ("england's two openers")
    rf"|(?<![\w-])([^\W\d_]{{2,}}['’]s)\s+({_WORDED})\b"
    rf"(?!-|\s+[^\W\d_]+s\b|\s*(?:{_MAGNITUDE})\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Edition:
    """A name asked with a number: "Halo" and "3"."""

    name: str  # as typed
    number: str  # in digits
    typed: str = ""  # the number as typed, when a word ("thirteen")

    def shown(self) -> str:
        return f"{self.name} {self.typed or self.number}"


def asked_editions(index: Index, question: str) -> list[Edition]:
    """Return the names `question` asks with a number, those the archive writes as names."""
    return [
        Edition(
            match.group(1) or match.group(3),
            _value(match.group(2) or match.group(4)),
            match.group(4) or "",
        )
        for match in _NUMBERED.finditer(question)
        if tokenize(match.group(1) or match.group(3))
        and not _a_day(question, match)
        and written_as_a_name(index, match.group(1) or match.group(3))
    ]


def _value(number: str) -> str:
    """Return a number as digits without leading noughts ("07" -> "7", "twelve" -> "12")."""
    low = number.casefold()
    return str(COUNTING_WORDS.index(low) + 1) if low in COUNTING_WORDS else str(int(number))


def _a_day(question: str, match: re.Match[str]) -> bool:
    """Return whether the number is a day of a month written beside it ("london marathon 17
    april", "the final on may 21"), which dates the question, not an edition of the name."""
    after = question[match.end() :].split()[:1]
    return (match.group(1) or match.group(3)).casefold() in MONTH_NUMBERS or (
        bool(after) and after[0].casefold().rstrip(".,?") in MONTH_NUMBERS
    )


def of_editions(index: Index, articles: Iterable[str], editions: list[Edition]) -> set[str]:
    """Return those of `articles` that write each edition asked, its name with its number: a
    story of "Halo 2", or of Halo with no number, is no story of Halo 3."""
    kept = set(articles)
    if not editions or not kept:
        return kept
    for edition in editions:
        # "Opera 8.0" writes Opera 8 ("Windows 3.1" is no Windows 3)
        name = "['’]".join(map(re.escape, re.split("['’]", edition.name)))
        written = re.compile(
            rf"(?<![\w-]){name}\s+(\d{{1,3}}(?:\.0+)?(?![\w%-]|[.,:]\d)|(?:{_WORDED})\b)",
            re.IGNORECASE,
        )
        numbers: dict[str, set[str]] = {}
        alone: set[str] = set()  # articles writing the number asked apart from the name
        apart = re.compile(rf"(?<![\w.,$£€-]){edition.number}(?![\w%]|[.,]\d)")
        where = PassageFilter(articles=frozenset(kept))
        found = index.engine.search_scored(tokenize(edition.name), ARTICLE_READ, where)
        for i in range(len(found)):
            passage = found.passage(i)
            numbers.setdefault(passage.article_id, set()).update(
                _value(match.group(1).split(".")[0]) for match in written.finditer(passage.text)
            )
            if len(edition.number) >= MODEL_DIGITS and apart.search(passage.text):
                alone.add(passage.article_id)
        kept = {
            article
            for article, seen in numbers.items()
            if edition.number in seen or (article in alone and not seen)
        }
    return kept
