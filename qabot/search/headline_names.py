"""Who a headline's "X on Y" names, when the question reader cannot tell from the words
alone (`qabot.search.verbless_speech`): a person the articles name but nobody quotes ("Lillian
Tan on ..."), someone quoted under another name ("Fatboy Slim"), a role the articles give the
person it may mean ("the blinkx co-founder"), one quoted under one word ("deco").
"""

from __future__ import annotations

import re

from qabot.attribution import is_description, is_group
from qabot.attribution.name_keys import cached_name_key
from qabot.attribution.speaker_words import fold_name, role_word
from qabot.indexing import Index
from qabot.records import Passage
from qabot.text import tokenize
from qabot.text.lexicon import HONORIFICS, PERSON_NOUNS, first_name_gender, is_known_gentilic

NAME_PASSAGES = 20  # passages read for a name nobody quoted is called, to see it written
_ROLE_ENDS = frozenset("of in at for from with".split())  # "the correspondent in Jakarta"
_ROLE_PEOPLE = 5  # people a role phrase may mean whose roles are read


def a_person(index: Index, person: str) -> bool:
    """Return whether `person` (a canonical name) is one person's name: a first name and a
    surname ("Ada Vale"), not a body ("Arsenal", "Vale Council") nor a description, and a
    first name the lexicon knows or quoted more than once (not a show's title read once as
    its speaker: "Sweet Charity tells the story of ...")."""
    return (
        len(person.split()) >= 2
        and not is_group(person)
        and not is_description(person)
        and bool(cached_name_key(person)[0])
        and (bool(first_name_gender(person.split()[0])) or index.speakers.count(person) > 1)
    )


def person_named(index: Index, words: list[str]) -> bool:
    """Return whether the articles write `words` as a person's name: side by side, with their
    capitals, and as a person's (a first name the lexicon knows, or a title, a word for a
    person or a nationality before the name or its surname: "Ms Tan", "actor Dougray Scott",
    "Italian Ranieri"); "Casino Royale" is written so too, but as nobody's name."""
    texts = [passage.text for passage in _named(index, words)]
    if not any(_name_pattern(words).search(text) for text in texts):
        return False
    if first_name_gender(words[0]):
        return True
    name = r"\s+".join(map(re.escape, words))
    before = re.compile(rf"\b([A-Za-z]+)\.?\s+(?:{name}|{re.escape(words[-1])})(?![\w-])")
    return any(
        word.casefold() in HONORIFICS or word.casefold() in PERSON_NOUNS or is_known_gentilic(word)
        for text in texts
        for word in before.findall(text)
    )


def name_as_written(index: Index, words: list[str]) -> list[str]:
    """Return a name typed in lower case as the articles write it with capitals ("mary
    o'malley": "Mary O'Malley"), or with a capital opening each word when none does."""
    typed = re.compile(_name_pattern(words).pattern, re.IGNORECASE)
    for passage in _named(index, words):
        for found in typed.finditer(passage.text):
            written = found.group(0).split()
            if all(word[:1].isupper() for word in written):
                return written
    return [word[:1].upper() + word[1:] for word in words]


def written_name(index: Index, words: list[str]) -> bool:
    """Return whether `words`, typed with capitals, are a person's name the articles write
    (`person_named`) or an alias of someone quoted ("Fatboy Slim" of Norman Cook)."""
    if index.speakers.match(" ".join(words)).how == "alias":
        return any(_name_pattern(words).search(passage.text) for passage in _named(index, words))
    return person_named(index, words)


def _named(index: Index, words: list[str]) -> list[Passage]:
    """Return the passages best matching the words of a name."""
    return [
        passage for passage, _ in index.engine.search(tokenize(" ".join(words)), NAME_PASSAGES)
    ]


def _name_pattern(words: list[str]) -> re.Pattern[str]:
    """Return the pattern of `words` side by side, as whole words, each with its capital as
    typed ("Lillian Tan", not "Lillian tan")."""
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])")


def role_given(index: Index, phrase: str) -> bool:
    """Return whether `phrase` ("the blinkx co-founder", "the Redonda programme coordinator")
    ends in a role word the articles give someone it may mean, though the lexicon has no such
    word for a person: the articles' own roles say it names a person, not a thing."""
    words = [w.casefold().removesuffix("'s") for w in phrase.replace("’", "'").split()]
    ends = next((at for at, w in enumerate(words) if at and w in _ROLE_ENDS), len(words))
    head = role_word(words[ends - 1]) if ends else ""
    if not head.replace("-", "").isalpha():
        return False
    people = index.speakers.match(phrase).people[:_ROLE_PEOPLE]
    return any(head in {role_word(r) for r in index.speakers.roles_of(p)} for p in people)


def one_name(index: Index, word: str) -> bool:
    """Return whether `word`, typed alone, is the whole name of one person quoted ("deco",
    "ronaldinho"), though the articles write it as a word too ("art deco")."""
    found = index.speakers.match(word)
    return (
        found.how == "name"
        and len(found.people) == 1
        and fold_name(found.people[0]) == fold_name(word)
        and not is_group(found.people[0])
    )
