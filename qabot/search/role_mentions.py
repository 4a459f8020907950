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
from collections.abc import Callable, Iterator, Sequence

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
_APPOSED_AFTER = lazy(_APPOSED)
_RUN_WORD = lazy(rf"{_WORD}\s+")  # one word of the run before a name, its spaces after it
# the earliest start of a run of one to BEFORE_NAME + 1 words ending where a name is written
_RUN_TO_END = lazy(rf"(?:{_WORD}\s+){{1,{BEFORE_NAME + 1}}}\Z")
_NAME_GOES_ON = lazy(r"[\w-]")  # a name written whole is not followed by one of these


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
    # both readings need the whole name as written: a passage not writing it is not read
    texts = [text for i in range(len(hits)) if person in (text := hits.passage(i).text)]
    written: list[list[str]] = []  # the words that may describe them, each mention's
    for text in texts:
        for run in words_before(text, person):
            own = _POSSESSIVE.sub("", run)  # "pilot's wife X": X is the wife
            written.append(tokenize(own)[-BEFORE_NAME:])
        for phrase in apposed_after(text, person):
            # "X - a former Yale historian, and ...": the noun phrase set off after the name
            if len(phrase.split()) <= APPOSED_WORDS:
                written.append(tokenize(_POSSESSIVE.sub("", phrase)))
    best = 0.0
    for before in written:
        if head in before:
            held = sum(2 if term == head else 1 for term in terms if term in before)
            best = max(best, held / (len(terms) + 1))
    return best


def words_before(text: str, person: str) -> Iterator[str]:
    """Yield the run of one to `BEFORE_NAME` + 1 words right before each place `text` writes
    `person` whole (as `((?:word\\s+){1,4})person(?![\\w-])` finds them, one after another),
    without compiling a pattern of the name (~0.2 ms, a new one per person): the first place
    whose run can start at or after the last one's end, the run from the earliest such start,
    to the furthest place it reaches."""
    if person[:1].isspace():  # the run's spaces may end inside a run of them: the pattern
        name = rf"((?:{_WORD}\s+){{1,{BEFORE_NAME + 1}}}){re.escape(person)}(?![\w-])"
        yield from (found.group(1) for found in re.finditer(name, text))
        return
    pos, length = 0, len(person)
    while True:
        start, at = -1, pos - 1
        while (at := text.find(person, at + 1)) >= 0:
            if at > pos and not _NAME_GOES_ON.match(text, at + length):
                run = _RUN_TO_END.search(text, pos, at)
                if run is not None:
                    start = run.start()
                    break
        if start < 0:
            return
        # from where it starts, the run takes as many words as still end before the name
        end, after = at, start
        for _ in range(BEFORE_NAME + 1):
            word = _RUN_WORD.match(text, after)
            if word is None:
                break
            after = word.end()
            if text.startswith(person, after) and not _NAME_GOES_ON.match(text, after + length):
                end = after
        yield text[start:end]
        pos = end + length


def apposed_after(text: str, person: str) -> Iterator[str]:
    """Yield the noun phrase set off right after each place `text` writes `person` (as the
    pattern `person` + `_APPOSED` finds them, one after another), compiling no pattern of the
    name (~0.5 ms, a new one per person)."""
    pos, length = 0, len(person)
    while (at := text.find(person, pos)) >= 0:
        found = _APPOSED_AFTER.match(text, at + length)
        if found is None:
            pos = at + 1
            continue
        yield found.group(1)
        pos = found.end()


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
