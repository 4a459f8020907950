"""Misspelt speakers: a name the archive writes nowhere, read as a close name of someone quoted
in an article about the question's topic.

Readers misspell names they have only heard ("gebreselassie"). The directory suggests a close
name whenever a name matches nobody ("Did you mean ...?", a button in Telegram); a suggestion
is a guess, so the question is answered about that person directly only when no passage writes
the name asked as a name (nobody else is meant) and the topic confirms the guess: of the people
whose names are close, exactly one is quoted in an article about it. The answer's lead says
how the name was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.attribution import is_description
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import (
    PERSON_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    strip_title,
    title_gender,
)

# a close person's articles must hold a passage scoring this share of the archive's best for
# the topic (as an article is about a topic: speech_answers.ABOUT_TOPIC)
CONFIRMS = 0.5
NAME_PASSAGES = 20  # passages read to see whether the name asked is written anywhere
_ROLES = TITLE_WORDS | PERSON_NOUNS


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """A misspelt speaker read as someone quoted."""

    person: str  # canonical name
    asked: str  # the name as asked, without the role before it ("sentele" of "judge sentele")


def corrected_speaker(index: Index, name: str, topic_terms: tuple[str, ...]) -> Correction | None:
    """Return the person a name matching nobody is a misspelling of, when the topic confirms
    them, else None."""
    name = _after_roles(name)  # "judge sentele": the name after the role is misspelt
    if not topic_terms or not name or is_description(name) or _written(index, name):
        return None
    gender = title_gender(name)
    near = [
        person
        for person in index.speakers.near(name)
        if not gender or first_name_gender(person.split()[0]) in {gender, None}
    ]  # "Mrs Blare" is not Tony Blair
    words = list(dict.fromkeys(topic_terms))
    best = index.engine.search(words, 1) if near else []
    if not best:
        return None
    confirmed = []
    for person in near:
        where = PassageFilter(articles=frozenset(index.speakers.articles_of(person)))
        theirs = index.engine.search(words, 1, where) if where.articles else []
        if theirs and theirs[0][1] >= CONFIRMS * best[0][1]:
            confirmed.append(person)
    return Correction(person=confirmed[0], asked=name) if len(confirmed) == 1 else None


def _written(index: Index, name: str) -> bool:
    """Return whether a passage writes `name` as a name (with a capital): someone never
    quoted is meant, not a misspelt someone else."""
    bare = strip_title(name)
    terms = tokenize(bare)
    if not terms:
        return True
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, bare.split())) + r"(?![\w-])",
                         re.IGNORECASE)  # fmt: skip
    return any(
        found[0].isupper()
        for passage, _ in index.engine.search(terms, NAME_PASSAGES)
        for found in pattern.findall(passage.text)
    )


def _after_roles(name: str) -> str:
    """Return `name` without the description that opens it, up to its last role or title
    ("the Riverton port chief Wengar" -> "Wengar"); `name` itself when nothing is left."""
    words = name.split()
    roles = [at for at, word in enumerate(words[:-1]) if word.casefold().rstrip(".") in _ROLES]
    return " ".join(words[roles[-1] + 1 :]) if roles else name
