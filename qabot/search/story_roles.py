"""Who holds a role in the story a question is about, when no sentence of the archive ties the
owner to anyone's role as asked: "what did sri lanka's central bank governor say about the
tsunami bill?" is the person that story quotes as "bank governor Sunil Mendis", its lede naming
"Sri Lanka" and "its central bank".

An article refers to a role's holder by part of the role ("bank governor", "Committee
chairman", "managing director of the insurer's life and pensions division"), the owner written
in full elsewhere in it, or its owner by a pronoun; the directory's owner test needs the owner
beside the name. Here the question's topic finds the story, and in it the one quoted person
named beside a word of the role (or a synonym the role match gives: "director" for "head") with
a word of the owner in the same sentence, the article writing every word of the owner, is who
is meant. Two such people in the story, and none is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from qabot.attribution import is_description, is_group
from qabot.indexing import Index
from qabot.records import Passage
from qabot.text import tokenize
from qabot.text.lexicon import FAME_NOUNS, OFFICE_TITLE_WORDS
from qabot.text.patterns import lazy

STORY_PASSAGES = 10  # passages searched for the story the role and topic find
STORIES = 2  # the best articles among them read for the role's holder
NEAR = 40  # characters between a role word and the name it stands beside


def holder_in_story(index: Index, phrase: str, topic: str | None) -> str | None:
    """Return the one person quoted in the story `phrase` (a role with its owner) and `topic`
    find who is named beside a word of the role asked (or a synonym) and a word of its owner,
    the article writing every word of the owner; None when no story has one, or one has two."""
    if not topic or not is_description(phrase):
        return None
    match = index.speakers.match(phrase)
    if match.how != "role":
        return None
    owner = set(tokenize(" ".join(match.owner_words)))
    if not owner or not match.roles or _office_title(match.owner_words):
        return None  # "prime" of "the prime minister" is no owner a story names beside a role
    role = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in sorted(match.roles)) + r")s?(?![\w-])",
        re.IGNORECASE,
    )
    for article_id in _stories(index, phrase, topic):
        passages = index.passages_of(article_id)
        info = index.articles.get(article_id)
        written = set(
            tokenize(" ".join([info.title if info else "", *(p.text for p in passages)]))
        )
        if not owner <= written:
            continue
        found = _quoted_people(
            index, article_id, partial(_beside, passages, role=role, owner=owner)
        )
        if found:
            return found[0] if len(found) == 1 else None
    return None


def known_for_in_story(index: Index, phrase: str, topic: str | None) -> str | None:
    """Return the one person quoted in the story `phrase` and `topic` find whom the articles
    describe with every word of the owner, when the phrase names someone by their fame in it
    (`FAME_NOUNS`: "the matrix star" is the actor "best known for his role in the Matrix
    movies", no holder of a post); None when no story has one, or one has two."""
    if not topic or not is_description(phrase):
        return None
    match = index.speakers.match(phrase)
    words = phrase.casefold().split()
    if match.how != "role" or not match.owner_words or words[-1] not in FAME_NOUNS:
        return None
    owner = set(tokenize(" ".join(match.owner_words)))
    directory = index.speakers
    for article_id in _stories(index, phrase, topic):
        found = _quoted_people(
            index,
            article_id,
            lambda p: owner <= set(tokenize(" ".join(directory.roles_of(p)))),
        )
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _quoted_people(index: Index, article_id: str, fits: Callable[[str], bool]) -> list[str]:
    """Return the people (a full name, no group) quoted in the article who `fit`: one is who is
    meant, two or more mean no one can be chosen."""
    quoted = dict.fromkeys(
        index.speakers.canonical(q) for q in index.quotes_of_articles([article_id])
    )
    return [
        person
        for person in quoted
        if len(person.split()) > 1
        and person[:1].isupper()
        and not is_group(person)
        and fits(person)
    ]


def _stories(index: Index, phrase: str, topic: str) -> list[str]:
    """Return the best STORIES articles the phrase and topic find together."""
    stories: list[str] = []
    for passage, _ in index.engine.search(tokenize(f"{phrase} {topic}"), STORY_PASSAGES):
        if passage.article_id not in stories:
            stories.append(passage.article_id)
    return stories[:STORIES]


def _beside(passages: list[Passage], person: str, role: re.Pattern[str], owner: set[str]) -> bool:
    """Return whether a sentence names `person` (by surname) within `NEAR` characters of a
    role word whose phrase holds a word of the owner: the words between them, and those on
    the role's other side up to a comma or a quote ("bank governor Sunil Mendis", "John Gill,
    managing director of the insurer's life and pensions division,"). An owner in the words
    quoted ("X, a research director at Quantex, said Pear had ...") is no owner of the role."""
    surname = re.compile(rf"\b{re.escape(person.split()[-1])}\b")
    for passage in passages:
        for start, end in passage.sentence_spans() or [(0, len(passage.text))]:
            sentence = passage.text[start:end]
            names = [(m.start(), m.end()) for m in surname.finditer(sentence)]
            for m in role.finditer(sentence) if names else ():
                for at, stop in names:
                    if 0 <= m.start() - stop <= NEAR:  # "X, managing director of ..."
                        between, away = sentence[stop : m.start()], sentence[m.end() :]
                        away = away[: NEAR + 1]
                        phrase = between + " " + _BREAK.split(away)[0]
                    elif 0 <= at - m.end() <= NEAR:  # "bank governor X"
                        between, away = sentence[m.end() : at], sentence[: m.start()]
                        away = away[-NEAR - 1 :]
                        phrase = _BREAK.split(away)[-1] + " " + between
                    else:
                        continue
                    if not _QUOTE.search(between) and not owner.isdisjoint(tokenize(phrase)):
                        return True
    return False


_BREAK = lazy(r"[,;:()\"“”]|\bsaid\b|\bsays\b")  # where a role's phrase ends
_QUOTE = lazy(r"[\"“”]")


def _office_title(owner: tuple[str, ...]) -> bool:
    """Return whether an owner's words are only words of an office's own title ("prime")."""
    return all(w.casefold() in OFFICE_TITLE_WORDS for w in owner)
