"""A quoted body asked by the distinctive words of its name ("what did paramount say" of
"Paramount Pictures", "the three gorges dam builder" of "China Three Gorges Project Corp").

News writing names a body in full once and then by its distinctive words ("Paramount said
...", "the Three Gorges project"); readers ask the same way, often adding what the body does.
When no speaker is called by the phrase, the words opening it are looked for, in order, inside
the names of the quoted bodies: a run only one body's name holds is that body; a run several
bodies' names hold (an "Oxford" of a university and its press) asks which. A phrase naming a
person at the body ("the paramount boss") or people around it ("the welsh rugby sponsors")
means no body's own words, and a run of only kinds of body ("the bank"), places, nationalities,
first names or words the articles write in lower case names none; nor does a name's last word,
the kind of body it is ("Pictures").
"""

from __future__ import annotations

from qabot.attribution import is_group
from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.search.body_namesakes import quoted_as_body
from qabot.search.name_writing import written_as_a_name
from qabot.search.resolution_record import MAX_CHOICES, Resolution
from qabot.text import STOP_WORDS, tokenize
from qabot.text.lexicon import (
    DEMONYMS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    first_name_gender,
)
from qabot.text.lexicon.places import NATIONALITIES, is_place

_DETERMINERS = frozenset("the a an".split())
_LINKS = frozenset("of and the for & de du la le von van".split())  # inside a body's name
_MIN_LETTERS = 4  # "bt", "the": too short to name a body by itself
_NATIONS = NATIONALITIES | frozenset(DEMONYMS.values())  # "welsh", "french", "italian"
_READ = 30  # passages read for the run's words: the bodies quoted in their articles


def body_by_its_words(index: Index, phrase: str) -> Resolution:
    """Return the quoted body whose name holds the words opening `phrase`, longest run first:
    one body, or the bodies to ask between; no one when the phrase names a person at a body or
    its words name no body of their own."""
    words = [fold_name(w) for w in phrase.split()]
    if words[:1] and words[0] in _DETERMINERS:
        words = words[1:]
    named = {w for w in words if _distinctive(w) and written_as_a_name(index, w)}
    for cut in range(len(words), 0, -1):
        run, rest = tuple(words[:cut]), words[cut:]
        if any(w in ROLE_NOUNS or w in PERSON_NOUNS or _plural(w) for w in rest):
            # someone at the body ("the paramount boss"), or some people around it ("the
            # welsh rugby sponsors"), not the body itself
            return Resolution(person=None)
        if named.isdisjoint(run):
            continue
        held = _bodies_holding(index, run)
        if len(held) == 1:
            return Resolution(person=held[0], how="alias")
        if held:
            choices = tuple(held[:MAX_CHOICES])
            return Resolution(person=held[0], how="alias", choices=choices, unsure=True, ask=True)
    return Resolution(person=None)


def _bodies_holding(index: Index, run: tuple[str, ...]) -> list[str]:
    """Return the bodies quoted in the articles the run's words find whose names hold it,
    most quoted first."""
    directory = index.speakers
    rows = index.quote_rows
    articles = dict.fromkeys(
        p.article_id for p, _ in index.engine.search(tokenize(" ".join(run)), _READ)
    )
    # the names as the articles write them, each counted and given as its canonical name
    # ("Organiser Mean Fiddler" is "Mean Fiddler": the directory counts no written form)
    written = {
        (as_written, directory.canonical_of(article, as_written))
        for article in articles
        if article in rows
        for as_written in rows[article].speakers
    }
    names = {
        name
        for as_written, name in written
        if directory.count(name)
        and _a_body_name(name)
        and any(_holds(tuple(fold_name(form).split()), run) for form in {as_written, name})
    }
    return sorted(
        (name for name in names if is_group(name) or quoted_as_body(index, name)),
        key=lambda name: (-directory.count(name), name),
    )


def _a_body_name(name: str) -> bool:
    """Return whether a speaker's name may be a body's: capitalised words (and the links
    inside names), no first name, no possessive."""
    written = name.split()
    return (
        bool(written)
        and not first_name_gender(written[0])
        and all(w[:1].isupper() or w in _LINKS for w in written)
        and not any(mark in name for mark in "'’")
    )


def _plural(word: str) -> bool:
    """Return whether a word reads as a plural noun ("sponsors", "fans"; not "boss")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _distinctive(word: str) -> bool:
    """Return whether a word of a phrase may name a body by itself: no kind of body, stop
    word, place or first name ("paramount", "gorges"; not "bank", "china", "john")."""
    return (
        len(word) >= _MIN_LETTERS
        and word.isalpha()
        and word not in ORGANISATION_WORDS
        and word not in STOP_WORDS
        and not is_place(word.capitalize())
        and word not in _NATIONS
        and not first_name_gender(word)
    )


def _holds(name: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Return whether a body's name holds the run, in order, before its last word: a name's
    last word says what kind of body it is ("Pictures", "Corp"), and a name that is the run
    itself is one the directory matches."""
    size = len(run)
    return any(name[at : at + size] == run for at in range(len(name) - size))
