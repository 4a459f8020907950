"""Ages asked: "how old is X?", "X age", "the age of X" are answered only by a passage giving
X's age. An age is written "34-year-old", "aged 34", "at the age of 85", "Kelly Holmes, 34," or
"(34)", "I was 18 when ...", or told by a birth year, and must be the one asked's ("Lucy, 36,
tracked down Mr Pound" gives no age of Mr Pound; "..., Umaga said. The 31-year-old admitted
..." none of the O'Driscoll named before them); "how old is X's daughter" asks the age of one
X's story names apart from X, which it gives ("Lucy, 36," in a passage naming Mr Pound).
Someone's age asked as a topic is asked as "how old" is when a name stands beside "age"
("state pension age", "ice age" name nobody whose age it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from qabot.indexing import Index
from qabot.search.article_titles import article_title_terms
from qabot.search.asked_figures import question_names
from qabot.search.clauses import NO_NAMES
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.patterns import lazy

_HOW_OLD = lazy(r"\s*(?:how old (?:is|was|are|were)|what age (?:is|was))\b", re.IGNORECASE)
# where the one whose age is asked ends: "how old was X when his daughter Y was born"
_AGE_CLAUSE = lazy(r"\b(?:when|after|before|during|as|at|in|on|since|while)\b", re.IGNORECASE)
# a word written with a capital, a name's (possessive or hyphenated), the sentence's first too
_CAPITALISED = lazy(r"\b[A-Z][\w'’-]*")
_OWNED = lazy(r"(?<=\w)['’]s\s+")  # "stephen pound's long lost daughter": the daughter's age
# "brian o'driscoll age", "X's age", "the age of X": a person's age asked as a topic (not "state
# pension age", "ice age": nobody named before it)
_AGE_OF = lazy(
    r"\s*(?:(?:what is |what's )?(?:the )?age of (?P<of>.+?)|(?P<who>.+?)(?:['’]s)? age)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
AGE = lazy(
    r"\b\d{1,3}[- ]years?[- ]old\b|\baged?\s+\d{1,3}\b|\bage of \d{1,3}\b"
    r"|\bborn\b[^.]{0,60}\b(?:1[89]|20)\d\d\b|\b\d{1,3}(?:st|nd|rd|th) birthday\b"
    r"|,\s\d{1,3},\s|\(\d{1,3}\)"
    # "I was 18 when she was conceived", "when he was 34"
    r"|\b(?:was|were|am|is) \d{1,3} (?:when|at the time)\b|\bwhen (?:i|he|she) was \d{1,3}\b"
    # "has died in Germany at 50", not "died at 5pm" nor "died at 10 Downing Street"
    r"|\b(?:died|dies|dead)\b[^.;]{0,40}?\bat\s\d{1,3}\b(?![:.,]?\d|\s?(?:[ap]\.?m\b|%)|\s(?-i:[A-Z]))",
    re.IGNORECASE,
)


def asks_age(index: Index, question: str) -> bool:
    """Return whether `question` asks someone's age."""
    return bool(_HOW_OLD.match(question)) or _age_of_someone(index, question)


def gives_age(index: Index, question: str, hits: Sequence[Hit]) -> bool:
    """Return whether one of `hits` gives the age `question` asks: of the one it names, or any
    age when it names nobody; of one named "X's Y" ("stephen pound's long lost daughter"), an
    age of someone else in a passage naming X ("Lucy, 36, tracked down Mr Pound")."""
    named = _age_subject(index, question)
    owner = _owner(question) if named else frozenset()
    if owner:
        return any(_age_of_owned(owner, hit) for hit in hits)
    if named:
        return any(_age_of_named(named, hit) for hit in hits)
    return any(AGE.search(hit.passage.text) for hit in hits)


def _owner(question: str) -> frozenset[str]:
    """Return the terms of the owner when "how old is X's Y" asks the age of what X owns, one
    the story names apart from X ("his daughter Lucy"); none for "how old is X"."""
    asked = _HOW_OLD.match(question)
    if asked is None:
        return frozenset()
    subject = _AGE_CLAUSE.split(question[asked.end() :], maxsplit=1)[0]
    parts = _OWNED.split(subject, maxsplit=1)
    return frozenset(tokenize(parts[0])) if len(parts) > 1 and tokenize(parts[1]) else frozenset()


def _age_of_owned(owner: frozenset[str], hit: Hit) -> bool:
    """Return whether the hit, naming `owner`, gives an age of someone it names other than
    the owner."""
    terms = frozenset().union(*(held for _, _, held in sentences_with_terms(hit.passage)))
    if not owner <= terms:
        return False
    return any(
        owners and all(owner.isdisjoint(tokenize(name)) for name in owners)
        for owners, _ in _age_owners(hit)
    )


def _age_subject(index: Index, question: str) -> frozenset[str]:
    """Return the terms of the one whose age `question` asks ("how old was stephen pound when his
    daughter lucy was born": Stephen Pound, not Lucy), or none when it names nobody."""
    asked = _HOW_OLD.match(question)
    if asked is not None:
        subject = _AGE_CLAUSE.split(question[asked.end() :], maxsplit=1)[0]
    else:
        of = _AGE_OF.match(question)
        subject = (of.group("of") or of.group("who")) if of is not None else ""
    # every word of a subject naming someone, a surname that is a word too ("Stephen Pound")
    return frozenset(tokenize(subject)) if question_names(index, subject) else frozenset()


def _age_of_named(named: frozenset[str], hit: Hit) -> bool:
    """Return whether the hit gives the age of one the question names (`_age_owners`), or an
    age before any name in a passage whose title names them."""
    in_title = not named.isdisjoint(article_title_terms(hit.passage, hit.article.title))
    return any(
        (unnamed and in_title) or any(not named.isdisjoint(tokenize(o)) for o in owners)
        for owners, unnamed in _age_owners(hit)
    )


def _age_owners(hit: Hit) -> Iterator[tuple[list[str], bool]]:
    """Yield, for each age the hit gives, the names it may be of, and whether its sentence
    names no one before or right after it (then the title's one may be meant). An age beside a
    name is that name's ("Lucy, 36, tracked down Mr Pound" gives Lucy's, "(36)" the name before it,
    "34-year-old Kelly Holmes" the name after it); another age goes with the names before it in
    its sentence ("Marcello Viotti, director of ..., has died at 50"), or, before any name
    ("The 31-year-old admitted ...", "I was 18 when ..."), with the one the title names or the
    passage named last ("..., Umaga said. The 31-year-old admitted ..." is Umaga's)."""
    text = hit.passage.text
    for start, end, _ in sentences_with_terms(hit.passage):
        for age in AGE.finditer(text, start, end):
            words = [
                (found.start(), found.end(), found.group())
                for found in _CAPITALISED.finditer(text, start, end)
                if found.group().casefold() not in STOP_WORDS
                and found.group().casefold() not in NO_NAMES
            ]
            after = [word for at, _, word in words if age.end() <= at <= age.end() + 1]
            earlier = [(stop, word) for _, stop, word in words if stop <= age.start()]
            if after:
                owners = after[:1]
            elif earlier and age.group().startswith(("(", ",")):
                owners = [word for stop, word in earlier if stop >= age.start() - 1]
            elif earlier:
                owners = [word for _, word in earlier]
            elif text.endswith("I ", 0, age.start()):
                # "I was 18 when ...": the speaker's, whom the passage named before
                owners = _CAPITALISED.findall(text, 0, age.start())
            else:
                # the one the story last named ("..., Umaga said. The 31-year-old admitted")
                owners = [
                    word
                    for word in _CAPITALISED.findall(text, 0, age.start())
                    if word.casefold() not in STOP_WORDS
                    and word.casefold() not in NO_NAMES
                    and not word.endswith(("'s", "’s"))
                ][-1:]
            yield owners, not (after or earlier)


def _age_of_someone(index: Index, question: str) -> bool:
    """Return whether `question` asks someone's age as a topic ("brian o'driscoll age", "age of
    X"): the words before or after "age" write a name (`question_names`)."""
    asked = _AGE_OF.match(question)
    return asked is not None and bool(
        question_names(index, asked.group("of") or asked.group("who"))
    )
