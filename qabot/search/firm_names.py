"""A word inside a firm's name is no role of those who work there: "what did the king say?" is
not the analyst "at CL King & Associates", nor "the associates" the economist "with Lopes
Filho & Associates".

The directory keeps a person's role words as a bag, the words of the firm named beside them
too (they find "the CL King analyst"). Asked for by a noun alone, a role or group is held only
by those whose stories write that noun somewhere outside a name whose capitalised words are
joined by "&", the way firms write theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.kinds_of_people import singular
from qabot.search.resolution_record import Resolution
from qabot.search.title_ranks import held_as_heads
from qabot.text.patterns import lazy

# "CL King & Associates", "Lopes Filho & Associates", "Marks & Spencer": capitalised words
# joined by "&"
_FIRM = lazy(
    r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*&\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
)
_WORD = lazy(r"[a-z]+")


def _forms(noun: str) -> re.Pattern[str]:
    """Return a pattern of the noun and its plural, in any case, as a whole word."""
    word = noun.casefold()
    one = singular(word) if word.endswith("s") else word  # "the king", "the associates"
    return re.compile(rf"(?<![\w&-]){re.escape(one)}(?:e?s)?(?![\w-])", re.IGNORECASE)


def only_in_firm_names(index: Index, person: str, noun: str) -> bool:
    """Return whether the stories quoting `person` write `noun` (or its plural) and write it
    only inside firms' names: then it is no role of theirs."""
    if not _WORD.fullmatch(noun.casefold()):
        return False
    pattern = _forms(noun)
    found = False
    for article_id in index.speakers.articles_of(person):
        for passage in index.passages_of(article_id):
            text = passage.text
            if "&" not in text and pattern.search(text):
                return False  # (most texts: no firm's name to look for)
            firms = [match.span() for match in _FIRM.finditer(text)] if "&" in text else []
            for match in pattern.finditer(text):
                found = True
                if not any(start <= match.start() < end for start, end in firms):
                    return False
    return found


def outside_firm_names(index: Index, people: Sequence[str], noun: str) -> list[str]:
    """Return `people` but those whose stories write `noun` only inside firms' names."""
    return [person for person in people if not only_in_firm_names(index, person, noun)]


def held_outside_firms(index: Index, phrase: str, found: Resolution) -> Resolution:
    """Return `found` (a role resolved for `phrase`, "the king") without the people its last
    word names only inside a firm's name, or, a plural ("the associates"), only as the rank of
    another title (`title_ranks`); no one when none is left."""
    words = phrase.split()
    if found.how != "role" or found.person is None or not words:
        return found
    held = list(dict.fromkeys((found.person, *found.choices)))  # (choices may hold it)
    kept = held_as_heads(index, outside_firm_names(index, held, words[-1]), words[-1])
    if len(kept) == len(held):
        return found
    if len(kept) < 2:  # one left is the one meant; none, no one
        return Resolution(person=kept[0], how=found.how) if kept else Resolution(person=None)
    person = found.person if found.person in kept else kept[0]
    return replace(found, person=person, choices=tuple(p for p in found.choices if p in kept))
