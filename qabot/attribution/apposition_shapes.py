"""Apposition shapes: the shapes of the words around a name before a cue that tell whether
the name or its apposition speaks (inside `qabot.attribution.speaker_phrases`): a described
source tied by "and" ("Experts on X and Y"), two roles in one apposition ("X, PTC president and
activist said"), an opening adverb read like a name ("Similarly,"), a work's noun before its
title, a quoted title inside an apposition, a participle aside ("speaking in Africa"), and a
name ending an opening participle phrase ("Speaking after the vote X, leader of Y, said").
"""

from __future__ import annotations

from qabot.attribution.ending_names import ADVERBIAL_OPENERS, name_ending, opens_adverbial
from qabot.attribution.noun_phrases import noun_phrase, phrase_opens
from qabot.attribution.phrase_shapes import is_name_run, is_role, role_adjective
from qabot.attribution.quote_marks import MASK
from qabot.attribution.speaker_heads import can_speak
from qabot.text.lexicon import (
    ADVERB,
    HONORIFICS,
    LINKING_PREPOSITIONS,
    OPENING_ADVERBS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SOURCE_DOCUMENTS,
    SOURCE_TIES,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    WORK_NOUNS,
    first_name_gender,
    is_capitalised,
)
from qabot.text.patterns import lazy

_WORKS = frozenset(WORK_NOUNS)
# the nouns of a text whose title names the text itself, which never speaks as a body does:
# not an outlet or a programme, whose name is the body's ("The newspaper, The Times, said")
_DOCUMENTS = (SOURCE_DOCUMENTS | STATEMENT_NOUNS) - frozenset(
    """newspaper magazine paper website site blog newsletter programme program broadcast
    documentary film account accounts""".split()
)


# the prepositions after which a name is whom a description is of ("allies of", "aides to")
_OF_WHOM = LINKING_PREPOSITIONS | {"to"}
# the words that make a phrase before a comma an adverbial, not the subject ("After the
# statement, Vance, the surgeon, said": Vance speaks, not the statement)
_ADVERBIAL = _OF_WHOM | ADVERBIAL_OPENERS


def name_before_role(chunk: str) -> tuple[int, list[str], str | None] | None:
    """Return (offset, words, role) of a name that a role follows after a comma with no comma
    closing it before the cue ('“...,” Rabbi Marvin Hier, founder of Jewish human rights group
    the Simon Wiesenthal Center said', '“...,” Alois Rhiel, its minister for economic affairs
    added'): the name speaks, the role is what it is; None when the words are not so."""
    comma = chunk.rfind(",")
    role = chunk[comma + 1 :].split()
    if comma < 0 or not 1 <= len(role) <= 14:
        return None
    head = role[1:] if role[0] in _ROLE_OPENERS else role
    cut = next((i for i, w in enumerate(head) if w in {"of", "for", "at"}), len(head))
    if not (0 < cut <= 4 and head[cut - 1].islower() and head[cut - 1] in PERSON_NOUNS):
        return None
    before = chunk[:comma]
    name = noun_phrase(before)
    if name is None or len(name[1]) < 2 or not is_name_run(name[1]):
        return None
    if _TITLE_QUOTED.search(before, 0, name[0]):
        return None  # 'On CNN's “New Day,” Sen. Ann Ruiz, a backer of X, told': a show's title
    return (name[0], name[1], " ".join(role)) if phrase_opens(before, name[0]) else None


# a quote right after a possessive, then a comma: the title of a show or a work
_TITLE_QUOTED = lazy(r"['’]s\s+[\"“]" + MASK + r"+[\"”]?,?[\"”]?\s*$")
# words that open a role in apposition before its noun ("its minister for", "a spokesman")
_ROLE_OPENERS = frozenset("a an the its his her their".split())


def titled_after_name(chunk: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of a titled name ending an opening adverbial that has no comma,
    right after another capitalised name ("In a speech to the Foreign Policy Centre Mr Straw":
    "Mr Straw"; "On top of the deal with Tanzania Mr Brown"), or None: the title opens the
    subject, whatever body or place comes before it."""
    words = chunk.split()
    if len(words) < 4 or not opens_adverbial(words[0]):
        return None
    for size in (2, 3):  # "Mr Straw", "Sir Alan Budd"
        title, before = words[-size], words[-size - 1]
        if (
            title.rstrip(".").casefold() in HONORIFICS
            and all(is_capitalised(w) for w in words[-size + 1 :])
            and is_capitalised(before)
            and before[-1] not in ",;:"
            # "Deputy Prime Minister Mr Prescott": a role of his, kept with him
            and before.casefold() not in ROLE_NOUNS | TITLE_WORDS
        ):
            return chunk.rstrip().rfind(" " + title + " ") + 1, words[-size:]
    return None


def joined_tie(chunk: str, found: tuple[int, list[str]] | None) -> tuple[int, list[str]] | None:
    """Return the described source whose tie holds "and" ("Experts on North Korea and nuclear
    nonproliferation", "Critics of the plan and its backers"): the people before the tie
    speak, not the last thing tied; else `found` as it was."""
    if found is None:
        return None
    before = chunk[: found[0]].rstrip()
    joiner = before.rsplit(None, 1)[-1:] if before else []
    if joiner not in (["and"], ["or"]):
        return found
    head = before[: -len(joiner[0])].rstrip()
    earlier = noun_phrase(head)
    if earlier is None:
        return found
    words = head[earlier[0] :].split()  # with its tie ("Experts on sport", not "Experts")
    if len(words) > 6:
        return found
    tie = next((i for i, w in enumerate(words) if i and w in SOURCE_TIES), None)
    if tie is None or not can_speak(words[:tie]) or not words[:tie][-1].endswith("s"):
        return found
    return earlier[0], [*words, joiner[0], *found[1]]


def two_roles(chunk: str, found: tuple[int, list[str]]) -> tuple[int, list[str]]:
    """Return both roles of an apposition that names two, when a comma opens it ("X, PTC
    president and conservative activist said": "PTC president and conservative activist"),
    so the name before it speaks; else `found` as it was."""
    head = chunk[: found[0]].rstrip()
    if not head.endswith(" and"):
        return found
    first = noun_phrase(head[:-4])
    if first is None or not is_role(first[1]) or not head[: first[0]].rstrip().endswith(","):
        return found
    before = head[: first[0]].rstrip()[:-1]
    name = noun_phrase(before)
    if name is None or not is_name_run(name[1]) or not phrase_opens(before, name[0]):
        return found  # "criticism from X and Y, a banker and former official who": a list
    return first[0], [*first[1], "and", *found[1]]


def opening_adverb(words: list[str]) -> bool:
    """Return True for one capitalised adverb opening a sentence before a comma ("Similarly,",
    "Meanwhile,"), which reads like a one-word name."""
    if len(words) != 1:
        return False
    lower = words[0].casefold()
    return lower in OPENING_ADVERBS or (ADVERB.fullmatch(lower) is not None and len(lower) > 6)


def names_work(words: list[str]) -> bool:
    """Return True for a phrase ending in a work's noun ("his new book", "the film")."""
    return words[-1].casefold() in _WORKS


def titles_document(phrase: str, title: list[str]) -> bool:
    """Return True for a document's phrase ("a new book", "the report", "her letter") before
    a name in apposition that is its title ("The book, Brown's Britain, said"): the document
    speaks, not anyone of that name. Not a phrase of someone tied to the document ("The author
    of the book, Jo Lee,", "One of the authors of that report, Jo Lee,") nor a title opening
    with a first name (a person's), nor an adverbial ("After the statement, Mr Lee, the
    surgeon, said", "Following the report, ...": the name's)."""
    words = phrase.split()
    return (
        bool(words)
        and words[-1].casefold() in _DOCUMENTS
        and not opens_adverbial(words[0])
        and not any(w.casefold() in _ADVERBIAL for w in words)
        and first_name_gender(title[0]) is None
    )


def titled_apposition(words: list[str], before: str) -> bool:
    """Return True for an apposition holding a quoted title or phrase after a name ("Jo Lee,
    author of “Night Falls”,", "Jo Lee, one of the so-called “Blair Babes” elected in 1997,"):
    lower case, of at most 12 words, its quote closed inside it; the name before still speaks."""
    text = " ".join(words)
    opened = [text.find(m) for m in '"“' if m in text]
    return (
        words[0][:1].islower()
        and len(words) <= 12
        and bool(opened)
        and (text.count('"') % 2 == 0 and text.count("“") == text.count("”"))
        and min(opened) > 0
        and is_capitalised(before.split()[-1] if before.split() else "")
    )


def quoted_description(words: list[str]) -> bool:
    """Return True for a lower-case apposition whose quoted word a preposition follows ("The
    sources, all unnamed “allies” of Mr Blair and Mr Brown, said"): the name after the
    preposition is whom the description is of, not the speaker; the words before still speak."""
    closed = [i for i, word in enumerate(words) if word[-1:] in ('"', "”")]
    return (
        words[0][:1].islower()
        and len(words) <= 12
        and bool(closed)
        and 0 < closed[-1] < len(words) - 1
        and words[closed[-1] + 1] in _OF_WHOM
    )


def participle_aside(words: list[str]) -> bool:
    """Return True for an aside opening with a participle ("speaking in Africa", "writing in
    the Times"), not a role ("managing director") nor "including ..."."""
    first = words[0]
    return (
        first.endswith("ing")
        and first.islower()
        and first != "including"
        and first not in ROLE_NOUNS
        and not role_adjective(words)
    )


def name_after_opening(segment: str, apposed: list[str]) -> tuple[int, list[str]] | None:
    """Return (offset, words) of the full name ending an opening participle phrase with no
    comma ("Speaking after the inquiry was announced Tom Reed") when a role apposition follows
    it (`apposed`: "leader of the Harbour Liberals"): the name speaks, not the body in its
    role. None otherwise."""
    words = segment.split()
    if not words or not words[0].endswith("ing") or not words[0][:1].isupper():
        return None
    if not apposed or apposed[0].casefold() not in ROLE_NOUNS:
        return None
    found = name_ending(segment)
    if found is None or len(found[1]) < 2 or not is_name_run(found[1]):
        return None
    return found
