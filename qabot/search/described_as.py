"""A body asked by what it is ("the american communications regulator"): the one quoted body
the articles call so, by a description set beside its name.

News writing introduces a body by what it is, "US broadcasting regulator, the Federal
Communications Commission (FCC)", and quotes it elsewhere by its name alone. The directory knows
only the role words of the sentences quoting a body, so a reader's description of it matches
no one, or a person given some of its words ("communications director"). Here the passages
holding the description's words are read for its last word (the kind of body) set beside a
name, "regulator, the Federal ..." or "Ofcom, the communications regulator": the name is who
is meant when the directory quotes it as a body and every other word asked is in that
description or that name ("american" as the articles' "US").
"""

from __future__ import annotations

import re

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import DEMONYMS, PERSON_NOUNS, SHORT_COUNTRY_NAMES, first_name_gender

DESCRIPTION_PASSAGES = 30  # the best passages for the description's words, read for it
_DETERMINERS = frozenset("the a an".split())
_LINKS = frozenset("of for at from in on with to by and".split())  # the head comes before
_COUNTRY_OF = {adjective: country for country, adjective in DEMONYMS.items()}
# a name as the articles write it: capitalised words, joined by "of", "for", "and", "&"
_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w&'’-]*)*"
_BEFORE_WORDS = 4  # words of the description read before its last word


def body_described_as(index: Index, phrase: str) -> str | None:
    """Return the one body quoted in the articles that they describe by `phrase` beside its
    name, with every word of the phrase in that description or name; None otherwise."""
    words = phrase.split()
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    if len(words) < 2 or not words[-1].isalpha():
        return None
    if any(word.casefold() in _LINKS or word.endswith(("'s", "’s")) for word in words):
        return None  # "the editor of Stuff magazine": the last word is not what is asked
    head = words[-1].casefold()
    if head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS:
        return None  # a person's role: the role holders answer it
    asked = [_forms(word) for word in words[:-1]]
    asked = [forms for forms in asked if forms]
    if not asked:
        return None
    searched = sorted({term for forms in asked for term in forms} | set(tokenize(head)))
    # a common noun: in lower case, or with a capital where it opens a sentence ("Canal
    # regulator X said", "Regulator X said"), never a name ("Phillips")
    opening = re.escape(head.capitalize())
    kind = rf"(?:(?<![\w-]){re.escape(head)}|(?<![^\n.!?]\s){opening})s?(?![\w-])"
    after = re.compile(rf"{kind}\s*,?\s+(?:the\s+)?(?P<name>{_NAME})")
    before = re.compile(rf"(?P<name>{_NAME})\s*,\s+(?:the|a|an)\s+(?P<said>[^.,;]*?){kind}")
    found: set[str] = set()
    for passage, _ in index.engine.search(searched, DESCRIPTION_PASSAGES):
        text = passage.text
        for seen in after.finditer(text):
            said = " ".join(text[: seen.start()].split()[-_BEFORE_WORDS:])
            _add(index, found, seen.group("name"), said, asked, head)
        for seen in before.finditer(text):
            _add(index, found, seen.group("name"), seen.group("said"), asked, head)
        if len(found) > 1:
            return None
    return next(iter(found)) if len(found) == 1 else None


def _forms(word: str) -> set[str]:
    """Return the terms that write `word` in a description: its own, and for a country's
    adjective or name the short name the articles use ("american" as "US")."""
    terms = set(tokenize(word))
    folded = word.casefold()
    country = _COUNTRY_OF.get(folded) or (folded[:-1] if folded.endswith("an") else folded)
    short = SHORT_COUNTRY_NAMES.get(country)
    if short:
        terms |= set(tokenize(short)) | set(tokenize(country))
    return terms


def _add(
    index: Index, found: set[str], name: str, said: str, asked: list[set[str]], head: str
) -> None:
    """Add to `found` the body `name` means, when it is quoted as a body and `said` (the words
    describing it) with its name hold a form of every word asked; not a person of a name the
    lexicon does not know whom the articles give the kind asked as a role ("BBC political
    correspondent Carole Walker": "the BBC correspondent" is any of its correspondents, whom
    the role's holders answer)."""
    name = " ".join(name.split())
    held = set(tokenize(f"{said} {name}"))
    if not all(forms & held for forms in asked):
        return
    match = index.speakers.match(name)
    if match.how not in {"name", "alias"} or len(match.people) != 1:
        return
    body = match.people[0]
    words = body.split()
    if is_group(body):
        found.add(body)
    elif words and not first_name_gender(words[0]):
        held_as_role = len(words) > 1 and index.speakers.role_count(body, head) > 0
        if not held_as_role:
            found.add(body)
