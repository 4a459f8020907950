"""A title asked alone ("what did the king say?", "the pope", "the crown prince"): the people
the articles write after that title, not a namesake whose surname is the word.

A style written before a name ("King Harald", "Pope Benedict", "Crown Prince Frederik") is
kept as part of the quoted name, or dropped from it ("King Carl Gustaf" is quoted as Carl
Gustaf), never stored as a role word, so the directory resolved "the king" to no one and the
answer offered "Did you mean Stephen King?". A description made of a title alone is read as
those quoted under a name opening with it, and those the passages holding the title write
after it: one is the person meant, several are asked which (the topic, when asked, tells them
apart). `titled_names` is the other way round: a knight's title and one name ("sir alex").
Only when the directory resolves the phrase to no one: a role held ("the president") is its
holder as before.
"""

from __future__ import annotations

import re

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.search.resolution_record import MAX_CHOICES, Resolution
from qabot.text import tokenize
from qabot.text.lexicon import STYLE_TITLES, TITLE_WORDS

MAX_TITLE_WORDS = 2  # "the crown prince"
MAX_NAME_WORDS = 3  # after the title: "Harald", "Juan Carlos", "Abdullah bin Abdulaziz"
TITLE_PASSAGES = 30  # passages holding the title read for the names written after it


def styled_people(index: Index, phrase: str) -> list[str]:
    """Return those the articles quote and write after the title `phrase` asks ("the king":
    King Harald, or Carl Gustaf written "King Carl Gustaf"), most quoted first; none for any
    other phrase."""
    words = phrase.casefold().split()
    if len(words) < 2 or words[0] != "the" or len(words) > MAX_TITLE_WORDS + 1:
        return []
    title = words[1:]
    if not all(word.isalpha() for word in title) or title[-1] not in TITLE_WORDS | STYLE_TITLES:
        return []
    directory = index.speakers
    found = {person for person, _count in directory.counts() if _opens_with(person, title)}
    # a style may be no part of the name quoted ("Carl Gustaf"): the name the passages
    # holding the title write after it, as the directory knows it
    written = re.compile(
        r"(?<![\w-])"
        + r"\s+".join(word.capitalize() for word in title)
        + rf"\s+((?:[A-Z][\w'’-]*\s+){{0,{MAX_NAME_WORDS - 1}}}[A-Z][\w'’-]*)"
    )
    hits = index.engine.search_scored(tokenize(" ".join(title)), TITLE_PASSAGES)
    for at in range(len(hits)):
        for name in written.findall(hits.text(at)):
            match = directory.match(name)
            if match.how == "name" or (match.how == "surname" and len(match.people) == 1):
                found.update(p for p in match.people[:1] if not is_group(p))
    return sorted(found, key=lambda person: (-directory.count(person), person))


def _opens_with(person: str, title: list[str]) -> bool:
    """Return whether `person`'s name is the title (case-folded words) and a name after it."""
    name = person.split()
    rest = name[len(title) :]
    return (
        [word.casefold() for word in name[: len(title)]] == title
        and 1 <= len(rest) <= MAX_NAME_WORDS
        and rest[0][:1].isupper()
        and not is_group(person)
    )


def resolved_by_title(index: Index, phrase: str, found: Resolution, topic: bool) -> Resolution:
    """Return `found`, or, when it is no one, the person `phrase` titles (`styled_people`):
    several are offered, asked which unless a `topic` tells them apart."""
    if found.person is not None or found.choices:
        return found
    titled = styled_people(index, phrase)
    if len(titled) == 1:
        return Resolution(person=titled[0], how="role")
    if titled:
        choices = tuple(titled[:MAX_CHOICES])
        return Resolution(
            person=titled[0], how="role", choices=choices, unsure=True, ask=not topic
        )
    return found
