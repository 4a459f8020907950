"""Sentences that make a person the owner's role holder without writing the owner beside their
name, for `qabot.search.role_owners`: the role is written as its body's, by the body's kind
("the club's manager, X", after naming the club), or it stands bare right after a sentence
naming the owner ("According to the commission, ... said chairman X"). A story about the owner
("Agent X said" in a story about Nike) is told in `owner_stories`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from qabot.records import Passage
from qabot.search.article_reads import ArticleReads
from qabot.search.owner_stories import capitalised
from qabot.text import STOP_WORDS, sentence_spans
from qabot.text.lexicon import ORGANISATION_WORDS
from qabot.text.patterns import lazy


def owner_by_its_noun(
    reads: ArticleReads, article: str, owner: Sequence[str], name: list[str], roles: Iterable[str]
) -> bool:
    """Return whether the article gives the person the role asked as its body's, the body
    called by its kind ("The organisation's anti-piracy director David Martin", "the club's
    manager, Ivo Brandt"), after naming the owner asked ("the BPI"): the role is the owner's,
    as "the organisation" is the one the story named."""
    if not name or not roles or not owner:
        return False
    # the article's text and where it writes the role by its body's kind are the same for
    # every person weighed: the long pattern runs once an article
    text = reads.worked_out(
        ("whole_text", article),
        lambda: " ".join(passage.text for passage in _whole(reads.passages(article))),
    )
    if name[0] not in text:
        return False
    ordered = tuple(sorted(roles))
    for written, start in reads.worked_out(
        ("by_its_noun", article, ordered), lambda: _roles_by_noun(text, ordered)
    ):
        if any(_is_surname(word, name[0]) for word in written):
            before = text[:start]
            return all(capitalised(before, word) for word in owner)
    return False


def _roles_by_noun(text: str, roles: tuple[str, ...]) -> list[tuple[list[str], int]]:
    """Return where `text` writes a role of `roles` as its body's by the body's kind, each with
    the names beside it: after the role ("manager, Ivo Brandt"), or the one before it."""
    return [
        ((found.group("after") or "").split() or [found.group("before")], found.start())
        for found in _by_its_noun(roles).finditer(text)
    ]


@lru_cache(maxsize=256)
def _by_its_noun(roles: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a role written as its body's, by the body's kind, beside the names
    of its holder: one per role asked, not one per person (the kinds make it long to compile)."""
    role = "|".join(re.escape(r) for r in roles)
    kinds = "|".join(sorted(ORGANISATION_WORDS))
    return re.compile(
        rf"\b[Tt]he\s+(?:{kinds})['’]s\s+(?:[\w-]+\s+){{0,3}}?(?i:{role})s?"
        rf",?\s+(?P<after>(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*)"
        rf"|\b(?P<before>[A-Z][\w'’-]*),\s+the\s+(?:{kinds})['’]s\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?i:{role})s?\b"
    )


def _is_surname(word: str, surname: str) -> bool:
    """Return whether a written `word` is `surname`, or it with a possessive or other ending
    after a non-word character ("Brandt's")."""
    rest = word[len(surname) :] if word.startswith(surname) else None
    return rest is not None and not (rest[:1].isalnum() or rest[:1] == "_")


def _whole(passages: Sequence[Passage]) -> list[Passage]:
    """Return an article's passages without those overlapping the one before (passages share
    sentences at their edges): its text once, in order."""
    kept: list[Passage] = []
    for passage in sorted(passages, key=lambda p: p.start):
        if not kept or passage.start >= kept[-1].end:
            kept.append(passage)
    return kept


def bare_role(texts: list[str], person: str, owner: Sequence[str], roles: Iterable[str]) -> bool:
    """Return whether a sentence gives the person the role asked with no owner of its own
    ("..., said chairman Adair Turner") right after one that names the owner ("According to
    the commission, ..."): the role is that of the body the story is about."""
    wanted, name = set(roles), person.split()
    asked = {w.casefold() for w in owner}
    if not name:
        return False
    for text in texts:
        if not any(role in text for role in wanted) or not all(w in text for w in name):
            continue  # a role word right before the whole name: its words are all written
        previous = ""
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            words = _WORD.findall(sentence)
            for at in range(1, len(words)):
                if words[at - 1] not in wanted or words[at : at + len(name)] != name:
                    continue
                run = []  # the words before the role, back to a lower-case function word
                for word in reversed(words[max(0, at - 4) : at - 1]):
                    if word.casefold() in _SENTENCE_OPENERS or word.casefold() in STOP_WORDS:
                        break
                    run.append(word)
                if any(w[:1].isupper() and w.casefold() not in asked for w in run):
                    continue  # "CBI chairman X", "EU trade commissioner X": an owner of its own
                # the question's own words before the role ("Road safety head X" for "the
                # AA's road safety head") are the role's kind, not the body it is of
                rest = [w for w in owner if w.casefold() not in {r.casefold() for r in run}]
                if any(_written(f"{previous} {sentence}", rest)):
                    return True
            previous = sentence
    return False


def _written(text: str, owner: Sequence[str]) -> Iterable[bool]:
    """Yield whether `text` holds each owner word as the question writes it ("Met" is not
    "met"), the last one also as "the commission" for "the Low Pay Commission"."""
    for at, word in enumerate(owner):
        yield re.search(rf"\b{re.escape(word)}\b", text) is not None or (
            at == len(owner) - 1
            and len(owner) > 1
            and re.search(rf"\bthe {re.escape(word.casefold())}\b", text) is not None
        )


_WORD = lazy(r"[\w'’-]+")
_SENTENCE_OPENERS = frozenset("the said says and but".split())
