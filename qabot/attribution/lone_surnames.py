"""Lone surnames: whether a surname quoted alone in one article is the full name quoted in
others (a step of `qabot.attribution.name_merging`, run when a speaker directory is built).

A lone surname is merged into the one full name of that surname unless its article says it is
someone else: another gender ("Ms Abbott"), a role the full name never has ("BP chief executive
Lord Browne" is not the minister Des Browne), a peer's title, a place or a first name; a lone
surname whose stories give it titles of both genders is two people (`other_gender`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from qabot.text import STOP_WORDS
from qabot.text.lexicon import (
    OCCUPATIONS,
    PARTY_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    strip_title,
)
from qabot.text.lexicon.places import is_place
from qabot.text.lexicon.running_text import is_known_gentilic

# the title a lone surname of each gender is shown with once set apart from the other's
_TITLES = {"m": "Mr", "f": "Ms"}
_OTHER = {"m": "f", "f": "m"}


@dataclass(slots=True)
class Seen:
    """A lone surname in one article: its quotes, the role words given it, as written, and the
    genders the article gives it ("Ms Abbott")."""

    count: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    written: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)

    @property
    def gender(self) -> str:
        """Return the one gender the article gives the surname, else ""."""
        given = self.genders - {""}
        return next(iter(given)) if len(given) == 1 else ""


def full_name_gender(person: str, genders: dict[str, set[str]]) -> str:
    """Return the one gender a full name's first name ("Greg") and its articles ("Mr X")
    give it, else "" (none, or two)."""
    given = set(genders.get(person, ()))
    first = strip_title(person).split()
    if len(first) >= 2 and (by_name := first_name_gender(first[0])) is not None:
        given.add(by_name)
    return next(iter(given)) if len(given) == 1 else ""


def another_person(here: Counter[str], elsewhere: Counter[str]) -> bool:
    """Return whether the role words an article gives a surname and those the articles give
    the full name it would merge into say two people: each holds a role noun, none is shared."""
    mine, theirs = described_words(here), described_words(elsewhere)
    return (
        not ROLE_NOUNS.isdisjoint(mine)
        and not ROLE_NOUNS.isdisjoint(theirs)
        and mine.isdisjoint(theirs)
    )


def not_its_surname(speaker: str, seen: Seen, person: str, elsewhere: Counter[str]) -> bool:
    """Return whether a lone word quoted in one article cannot be the full name quoted in
    others, when no role word ties the two: the lone word names a place ("Europe says" is no
    "Lycos Europe"), or is a first name its article never writes after an honorific ("Andrew
    in Derby writes", a reader, is no "Rob Andrew"), or the full name opens with a word no first
    name is: a nationality, an occupation, a title, a possessive or a compound ("Rapper Eminem",
    "China-published Economic Observer", "Arsenal's Edu" are no one's first and last names)."""
    if not described_words(seen.roles).isdisjoint(described_words(elsewhere)):
        return False
    alone = strip_title(speaker)
    if first_name_gender(alone) is None:
        if is_place(alone):  # "Victoria" may be a person
            return True
        if (
            alone == speaker
            and not seen.gender
            and is_known_gentilic(alone)
            and not alone.isupper()
        ):
            return True  # "said the German" is no "Mike German" (but "Mr German" may be)
        if alone == speaker and not seen.gender and alone.casefold() in PARTY_WORDS:
            return True  # "Labour said" is no "Stevenage Labour" (but "Mr Green" may be)
    elif alone == speaker and not seen.gender and not peer_title(seen.roles):
        return True
    given = person.split()[0] if len(person.split()) >= 2 else ""
    return bool(given) and (
        is_known_gentilic(given)
        or given.casefold() in _NO_FIRST_NAMES
        or "'" in given
        or "’" in given
        or any(part[:1].islower() for part in given.split("-"))
    )


_NO_FIRST_NAMES = OCCUPATIONS | ROLE_NOUNS | TITLE_WORDS  # words that open no name


_PEER_TITLES = ("lord", "baroness", "lady")  # as `speaker_mentions.peer_titles` records them


def peer_title(roles: Counter[str]) -> str | None:
    """Return the peer's title the role words hold ("lord"), if any."""
    return next((title for title in _PEER_TITLES if roles.get(title, 0) > 0), None)


def peer_name(speaker: str, roles: Counter[str]) -> str:
    """Return the name a lone surname goes by: with the peer's title its article writes before
    it ("Lord Browne": the title stands for a first name), else the surname as written."""
    title = peer_title(roles)
    return f"{title.capitalize()} {strip_title(speaker)}" if title else strip_title(speaker)


def described_words(roles: Counter[str]) -> set[str]:
    """Return the words of `roles` that describe someone: no stop word, no bare honorific
    ("Lord", "Mr"), role nouns kept ("chief", "minister")."""
    return {
        w
        for w, n in roles.items()
        if n > 0 and w not in STOP_WORDS and (w in ROLE_NOUNS or w not in TITLE_WORDS)
    }


_SHARED_ROLE_WORDS = 2  # role words an article's lone surname shares with one holder's


def role_holder(seen: Seen, held: dict[str, Counter[str]]) -> str | None:
    """Return the one of several people sharing a surname ("Howard": Michael, John, Andrew)
    whom an article's lone surname is, by a role only that one is given elsewhere ("The Tory
    leader, who ..., said" beside "Mr Howard": Michael Howard): two role words alike, a role
    noun among them; None when no one or several are."""
    own = described_words(seen.roles)
    holders = []
    for person, roles in held.items():
        alike = own & described_words(roles)
        if len(alike) >= _SHARED_ROLE_WORDS and not ROLE_NOUNS.isdisjoint(alike):
            holders.append(person)
    return holders[0] if len(holders) == 1 else None


def other_gender(
    speaker: str, in_article: dict[str, dict[str, Seen]], apart: dict[tuple[str, str], str]
) -> list[tuple[str, Seen, str]]:
    """Return the articles of a lone surname, not set apart yet, that give it the gender fewer
    of them give (most quotes break a tie, then a man), each with the name its person is
    known by: the surname with that gender's title ("Mrs Howard" in one story, "Mr Howard" in
    two are two people, whom titles of different genders tell apart)."""
    left = {
        article_id: seen
        for article_id, seen in in_article.get(speaker, {}).items()
        if seen.gender in _TITLES and not any((article_id, w) in apart for w in seen.written)
    }
    stories: Counter[str] = Counter(seen.gender for seen in left.values())
    if len(stories) < 2:
        return []
    quotes: Counter[str] = Counter()
    for seen in left.values():
        quotes[seen.gender] += seen.count
    kept = max(stories, key=lambda g: (stories[g], quotes[g], g == "m"))
    titled = f"{_TITLES[_OTHER[kept]]} {strip_title(speaker)}"
    return [(a, seen, titled) for a, seen in left.items() if seen.gender != kept]
