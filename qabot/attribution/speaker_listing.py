"""The speakers an index lists (`qabot speakers`): one line a name the directory keeps, with
what a name standing alone may be (`listed_speakers`).

The directory merges "Stoltenberg" into "Jens Stoltenberg" when only one Stoltenberg is known;
where several are ("Mr Howard" of an article naming no first name, beside Michael, Andrew and
John Howard quoted elsewhere) it cannot tell whom the name means and keeps it apart. Listed
bare, "Howard" read as a person of its own beside "Michael Howard": the listing says which of
the people quoted it may be. A role word alone ("Governor", "Bishop") or a word no name is
("Both") is no one's name and is not listed as one (its quotes stay in the index), unless
people quoted bear it as a name ("Bishop" beside Julie Bishop): then it may be one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.attribution.directory import SpeakerDirectory
from qabot.attribution.speaker_words import fold_name, is_group
from qabot.text.lexicon import PERSON_NOUNS, ROLE_NOUNS, first_name_gender
from qabot.text.lexicon.name_words import NOT_NAME
from qabot.text.lexicon.places import is_place
from qabot.text.lexicon.short_names import short_for

MAX_MAY_BE = 4  # people a name alone is said to maybe be, the most quoted first
# words that alone name no one: roles, nouns of people, words no name is
_NO_NAMES = ROLE_NOUNS | PERSON_NOUNS | NOT_NAME


@dataclass(frozen=True, slots=True)
class ListedSpeaker:
    """One line of the speakers listing: a name, its quotes, whom a name alone may be."""

    name: str
    quotes: int
    may_be: tuple[str, ...] = ()  # people quoted by a fuller name this one may be
    more: bool = False  # ... and more than MAX_MAY_BE of them


def listed_speakers(directory: SpeakerDirectory) -> list[ListedSpeaker]:
    """Return the named speakers, most quoted first, without role words and words no name is
    standing alone; a one-word name of no body nor place has the people quoted with it as
    their surname or first name, or a first name it is a short form of (`may_be`)."""
    counts = directory.counts()
    by_word: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}  # ... by their first name alone
    for name, _ in counts:  # most quoted first
        words = fold_name(name).split()
        # a person: a first name and a surname ("Stevenage Labour", "Sony Ericsson" are not)
        if len(words) < 2 or is_group(name) or not first_name_gender(words[0]):
            continue
        by_word.setdefault(words[-1], []).append(name)
        by_word.setdefault(words[0], []).append(name)
        by_first.setdefault(words[0], []).append(name)
    listed = []
    for name, quotes in counts:
        words = fold_name(name).split()
        if len(words) != 1:
            listed.append(ListedSpeaker(name, quotes))
            continue
        if words[0] in _NO_NAMES and words[0] not in by_word:
            # "Governor": a role, whoever holds it; not "Bishop" where people named Bishop
            # are quoted (Julie and Rob Bishop: the name alone is one of them)
            continue
        # a body, a place or a firm named after its founder ("McDonald's") is no one's name
        alone = not (is_group(name) or is_place(name) or name.endswith(("'s", "’s")))
        word = words[0]
        # ... and a first name alone, those it is a short form of too ("Vince": Vincent Cable)
        fuller = [f for f in by_first if short_for(word, f)] if first_name_gender(word) else []
        held = [*by_word.get(word, ()), *(p for f in fuller for p in by_first[f])]
        people = list(dict.fromkeys(held)) if alone else []
        listed.append(
            ListedSpeaker(name, quotes, tuple(people[:MAX_MAY_BE]), len(people) > MAX_MAY_BE)
        )
    return listed
