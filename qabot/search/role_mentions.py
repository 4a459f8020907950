"""Roles the archive writes before a name where their holder is only mentioned: "which Wales
centre said ...?" of a player whose quotes' articles call him nothing, while a match report
elsewhere writes "centre Gavin Henson". The speaker directory records the roles of the articles
quoting a person (`who_said_roles.role_weight`), so a reader who took the role from another
story finds a speaker with none, outranked by anyone the directory gives a word of it.

`who_said_answer` asks this of the first few people ranked with no fit to the role, one small
search each (their name and the role's words), and ranks again when any is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.who_said_roles import APPOSED_WORDS, BEFORE_NAME, ROLE_WEIGHT
from qabot.text import tokenize
from qabot.text.patterns import lazy

# the first people of a ranking asked about: on the development "which <role> said ...?"
# questions, 10 people and 5 passages each gave the freshest halves (sets 52-58) 86 -> 88 of 102
# (bd065, ay069) and the older 338 -> 339 of 357 (aw007), no answer lost; 20 passages alike
MENTIONED_PEOPLE = 10
MENTION_PASSAGES = 5
_WORD = r"[\w'’-]+"
# a possessive before the name: the noun before it is another's ("the pilot's wife Ann Lee")
_POSSESSIVE = lazy(r"^.*\w['’]s?\s+", re.DOTALL)
# a noun phrase set off right after a name by a comma or a dash, up to the next mark: "X, the
# harbour pilot, said", "X - a former Yale historian, and ..."
_APPOSED = r"(?:,|\s[-–—])\s+(?:a|an|the)\s+([^,;:.!?()\"“”\n–—]+?)(?=\s*[,;:.!?()\"“”\n–—]|\s-\s)"


def mentioned_share(index: Index, person: str, role: str) -> float:
    """Return the share of `role`'s terms (the head noun, its last, counting double, as in
    `RoleHolders.share`) that a passage of the archive writes among the `BEFORE_NAME` words
    right before `person`'s whole name ("centre Gavin Henson") and after any possessive ("the
    pilot's wife Ann Lee" is no pilot), at best; 0 when none writes the head noun there. A
    single word (a surname, a body) is not asked: it names too many."""
    terms = tokenize(role)
    if not terms or len(person.split()) < 2:
        return 0.0
    head = terms[-1]
    hits = index.engine.search_scored([*tokenize(person), *terms], MENTION_PASSAGES)
    # both patterns need the whole name as written: they are made (a new pair per person, ~0.7
    # ms to compile) only for a passage writing it, and the others are not read with them
    texts = [text for i in range(len(hits)) if person in (text := hits.passage(i).text)]
    if not texts:
        return 0.0
    name = re.compile(rf"((?:{_WORD}\s+){{1,{BEFORE_NAME + 1}}}){re.escape(person)}(?![\w-])")
    apposed = re.compile(rf"{re.escape(person)}{_APPOSED}")
    written: list[list[str]] = []  # the words that may describe them, each mention's
    for text in texts:
        for found in name.finditer(text):
            own = _POSSESSIVE.sub("", found.group(1))  # "pilot's wife X": X is the wife
            written.append(tokenize(own)[-BEFORE_NAME:])
        for found in apposed.finditer(text):
            # "X - a former Yale historian, and ...": the noun phrase set off after the name
            words = found.group(1).split()
            if len(words) <= APPOSED_WORDS:
                written.append(tokenize(_POSSESSIVE.sub("", found.group(1))))
    best = 0.0
    for before in written:
        if head in before:
            held = sum(2 if term == head else 1 for term in terms if term in before)
            best = max(best, held / (len(terms) + 1))
    return best


def mentioned_roles(
    index: Index,
    ranked: Sequence[Quote],
    role: str,
    role_of: Callable[[Quote], float],
    person_of: Callable[[Quote], str],
) -> Callable[[Quote], float] | None:
    """Return `role_of` with the weight of a role the archive writes before the name of each of
    the first `MENTIONED_PEOPLE` people `ranked` whom it gives none (`mentioned_share`); None
    when it writes none of theirs (the ranking stands)."""
    people: dict[str, float] = {}
    for quote in ranked:
        person = person_of(quote)
        if person in people:
            continue
        if len(people) == MENTIONED_PEOPLE:
            break
        people[person] = 0.0 if role_of(quote) > 0 else mentioned_share(index, person, role)
    found = {person: ROLE_WEIGHT * share for person, share in people.items() if share > 0}
    if not found:
        return None
    return lambda quote: role_of(quote) or found.get(person_of(quote), 0.0)
