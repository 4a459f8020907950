"""Asked editions: a name with a number ("halo 3", "windows 7", "fifa 06", "xbox 360") asks of
that one.

"halo 3 sales first week" was answered with Microsoft's sales of Halo 2: the passages hold the
name and the other words, not the number (a number of one or two digits weighs little; one of
three, "xbox 360" over the first Xbox's sales, is a number a lead said they lacked). An
article that writes the name with another number ("Halo 2") and never with the one asked is
about another edition, like a passage of another year (`asked_years`), and one that writes
the name with no number is about none in particular: the story of the edition asked writes it.
Only a word the archive mostly writes as a name counts ("top 10", "under 21", "won 3" are no
editions), and no number of a magnitude ("sony 500 million" counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.search.question_names import written_as_a_name
from qabot.text import tokenize
from qabot.text.lexicon import MAGNITUDES, MONTH_NUMBERS
from qabot.text.patterns import lazy

ARTICLE_READ = 200  # passages holding the name read for the numbers their articles write it with
_MAGNITUDE = "|".join(sorted(MAGNITUDES))
_NUMBERED = lazy(
    rf"(?<![\w-])([^\W\d_]{{2,}})\s+(\d{{1,3}})(?![\w%-]|[.,:/]\d|\s*(?:{_MAGNITUDE})\b)", re.I
)


@dataclass(frozen=True, slots=True)
class Edition:
    """A name asked with a number: "Halo" and "3"."""

    name: str  # as typed
    number: str

    def shown(self) -> str:
        return f"{self.name} {self.number}"


def asked_editions(index: Index, question: str) -> list[Edition]:
    """Return the names `question` asks with a number, those the archive writes as names."""
    return [
        Edition(match.group(1), str(int(match.group(2))))
        for match in _NUMBERED.finditer(question)
        if tokenize(match.group(1))
        and not _a_day(question, match)
        and written_as_a_name(index, match.group(1))
    ]


def _a_day(question: str, match: re.Match[str]) -> bool:
    """Return whether the number is a day of a month written beside it ("london marathon 17
    april", "the final on may 21"), which dates the question, not an edition of the name."""
    after = question[match.end() :].split()[:1]
    return match.group(1).casefold() in MONTH_NUMBERS or (
        bool(after) and after[0].casefold().rstrip(".,?") in MONTH_NUMBERS
    )


def of_editions(index: Index, articles: Iterable[str], editions: list[Edition]) -> set[str]:
    """Return those of `articles` that write each edition asked, its name with its number: a
    story of "Halo 2", or of Halo with no number, is no story of Halo 3."""
    kept = set(articles)
    if not editions or not kept:
        return kept
    for edition in editions:
        written = re.compile(
            rf"(?<![\w-]){re.escape(edition.name)}\s+(\d{{1,3}})(?![\w%-]|[.,:]\d)", re.IGNORECASE
        )
        numbers: dict[str, set[str]] = {}
        where = PassageFilter(articles=frozenset(kept))
        found = index.engine.search_scored(tokenize(edition.name), ARTICLE_READ, where)
        for i in range(len(found)):
            passage = found.passage(i)
            numbers.setdefault(passage.article_id, set()).update(
                str(int(match.group(1))) for match in written.finditer(passage.text)
            )
        kept = {article for article, seen in numbers.items() if edition.number in seen}
    return kept
