"""Joint speakers: the other people a cue's subject names with its speaker ("X and Y said", "X
and his wife Y said", "both X and Y insisted", '“...,” said X and Y').

Part of quote attribution (`qabot.attribution.cue_reading`). A speaker phrase is read from its
end, so "Peter Lee and Ana Ruiz said" gave the words to Ana Ruiz alone: half the truth, and
nothing for "what did Peter Lee say?". Each person joined to the speaker by "and" is their
co-speaker, and the words are recorded under each name (`Attribution.also`). Only people the
article names as people count (`People.mentions`), joined at the start of the clause, so "he
trained in Holland and Ferguson said" and "after replacing Hughes, and Giggs said" stay one
speaker's words.
"""

from __future__ import annotations

import re

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import (
    INTRO_OPENERS,
    OPENING_ADVERBS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    is_capitalised,
)
from qabot.text.patterns import lazy

# the clause before a speaker phrase, ending in "and": its first conjunct opens the sentence, or
# follows a quote, a comma or a dash ('“...,” singer X and drummer Y said'), after "both" or not
_LEAD = lazy(
    r"(?:^|[,;:—–" + MASK + QUOTE_MARKS + r"])\s*(?:[Bb]oth\s+)?"
    r"(?P<first>(?:[\w'’.-]+\s+){0,5}[\w'’.-]+)\s+and\s+$"
)
# "X and Y" inside a phrase after an inverted cue ('said Mark Lee and Ana Ruiz')
_PAIR = lazy(r"^\s*(?:[Bb]oth\s+)?(?P<first>(?:[\w'’.-]+\s+){0,5}[\w'’.-]+)\s+and\s+")
# words a conjunct may hold before its name: a role or a title ("singer X", "former chancellor
# X", "the veteran Mr X")
_MODIFIERS = frozenset("the former fellow veteran co-founder".split())


def partners_before(
    people: People, masked: str, bounds: tuple[int, int], base: int, speaker: Person
) -> tuple[Person, ...]:
    """Return the people joined by "and" to the speaker phrase at masked[bounds[1]:] in the
    sentence opening at bounds[0] of `masked` (a paragraph starting at `base` of the
    article): "Peter Lee and Ana Ruiz said" gives Peter Lee to Ana Ruiz's phrase."""
    s0, phrase_at = bounds
    if not masked[:phrase_at].endswith("and "):
        return ()
    body = speaker.organisation
    if not body and not _person(speaker, masked, phrase_at):
        return ()
    lead = _LEAD.search(masked[s0:phrase_at])
    if lead is None or _listed(masked[s0 : s0 + lead.start("first")]):
        return ()
    start, end = s0 + lead.start("first"), s0 + lead.end("first")
    if body:
        partner = _body(people, masked[start:end].split(), base + start)
    else:
        partner = _named(people, masked, base, start, end)
    return () if partner is None or partner is speaker else (partner,)


def _body(people: People, words: list[str], position: int) -> Person | None:
    """Return the body named by `words` beside a body speaking ("SBC and AT&T said", "both
    the IMF and World Bank have urged"): capitalised words (or "&"), read as an organisation;
    not an opening phrase ("In Holland and the FA said")."""
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if (
        not 1 <= len(words) <= 4
        or words[0].casefold() in INTRO_OPENERS | OPENING_ADVERBS | PRONOUNS.keys()
        or not all(is_capitalised(w) or w == "&" for w in words)
        or any(first_name_gender(w) for w in words)
    ):
        return None
    partner = interpret(people, words, position)
    return partner if partner is not None and partner.organisation else None


def partners_in(
    people: People, masked: str, start: int, end: int, base: int, speaker: Person
) -> tuple[Person, ...]:
    """Return the people named with the speaker in the phrase masked[start:end] after an
    inverted cue ('“...,” said Mark Lee and Ana Ruiz': Mark Lee with Ana Ruiz)."""
    pair = _PAIR.match(masked[start:end])
    if pair is None:
        return ()
    partner = _named(people, masked, base, start + pair.start("first"), start + pair.end("first"))
    if partner is None or partner is speaker:
        return ()
    if not _person(speaker, masked, start + pair.end()):
        return ()
    rest = masked[start + pair.end() : end].split()
    # the speaker must be the one the rest of the phrase names (not "Lee and the fans")
    last = speaker.name.split()[-1].casefold()
    return (partner,) if any(w.strip(",.").casefold() == last for w in rest) else ()


def _listed(before: str) -> bool:
    """Return True when the words `before` a first conjunct end in a list item, a name alone
    after a comma ("celebrities like Will Smith, Patti Lee and Stevie Wonder, who joked": the
    last two of a list, not two speakers); not an opening phrase ("On Monday, X and Y said")."""
    if not before.rstrip().endswith(","):
        return False
    item = before.rstrip()[:-1].rpartition(",")[2].split()
    return (
        0 < len(item) <= 4
        and all(is_capitalised(w) for w in item)
        and item[0].casefold() not in INTRO_OPENERS | OPENING_ADVERBS
    )


def _person(speaker: Person, masked: str, at: int) -> bool:
    """Return True when the speaker whose phrase opens at masked[at:] is a person named in
    full, with a title ("Mr Lee") or by their tie ("his wife Greta"), not a body's name cut at
    its "and" ("Timber and Rail")."""
    first = (masked[at:].split() or [""])[0].rstrip(".").casefold()
    return not speaker.organisation and (
        " " in speaker.name or first in TITLE_WORDS or first in {"his", "her", "their"}
    )


def _named(people: People, masked: str, base: int, start: int, end: int) -> Person | None:
    """Return the person named at the end of masked[start:end] ("former chancellor X"), when
    the words before the name are only roles and titles."""
    words = masked[start:end].split()
    named = next(
        (n for n in range(1, len(words) + 1) if not is_capitalised(words[-n])), len(words) + 1
    )
    before, name = words[: len(words) - named + 1], words[len(words) - named + 1 :]
    owner = 0  # the body a role is of: "Acme chief executive X"
    while owner < min(len(before) - 1, 3) and is_capitalised(before[owner]):
        owner += 1
    if 0 < owner < len(before) and before[0].casefold() not in INTRO_OPENERS | OPENING_ADVERBS:
        before = before[owner:] if _modifier(before[owner]) else before
    if not name or len(before) > 3 or not all(_modifier(w) for w in before):
        return None
    mention = next(
        (
            person
            for at, person in reversed(people.names.mentions)
            if base + start <= at < base + end and not person.organisation
        ),
        None,
    )
    titled = any(w.rstrip(".").casefold() in TITLE_WORDS for w in name)
    if mention is not None and name[-1] == mention.name.split()[-1]:
        if len(name) < len(mention.name.split()):
            return mention  # "Gibson" after "Mel Gibson"
    elif mention is not None:
        return None  # "Lee's team and Ruiz": the name must end the conjunct
    if not (titled or (len(name) > 1 and _name_words(people, name))):
        # "Holland and Ferguson said": a word alone may be a place; "Ironhorse Oil and Gas",
        # "Minister for Children, Young People and Families X": a name tells a person by a
        # title, or by words that are names (a known first name, or no word the article
        # also writes in lower case)
        return None
    if mention is not None:
        return mention
    person = interpret(people, words, base + start)
    return None if person is None or person.organisation else person


def _name_words(people: People, name: list[str]) -> bool:
    """Return True when the capitalised words `name` are a person's name, not a body's or a
    list's ("Young People", "Ironhorse Oil"): a known first name opens them, or the article
    writes none of them in lower case."""
    if first_name_gender(name[0]):
        return True
    return not any(re.search(rf"\b{re.escape(w.casefold())}\b", people.text) for w in name)


def _modifier(word: str) -> bool:
    """Return True for a word that may come before a name in a speaker phrase: a role, a
    title, a word for a person ("singer", "Dr", "fellow")."""
    key = word.rstrip(".").casefold()
    return key in ROLE_NOUNS | PERSON_NOUNS | TITLE_WORDS | _MODIFIERS
