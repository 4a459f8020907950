"""Whether a story is about the owner a role is asked with, for `qabot.search.role_owners`
(and `owner_phrases`): its title or first sentence names the owner and the role stands beside
the person's name ("Agent X said" in a story about Nike), the owner perhaps under another name
the articles write beside it ("Boro" for Middlesbrough: `other_name`). Kept apart from the
phrases that write the role as the owner's without the story being about it (`owner_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from qabot.attribution import named
from qabot.attribution.role_kinds import LOOSE, RANKS
from qabot.records import Passage
from qabot.search.article_reads import ArticleReads
from qabot.search.match_titles import one_side
from qabot.search.topic_stories import title_of
from qabot.text import STOP_WORDS, sentence_spans, tokenize
from qabot.text.lexicon import OFFICE_TITLE_WORDS, PARTY_WORDS, PERSON_NOUNS
from qabot.text.lexicon.places import NATIONALITIES
from qabot.text.patterns import APOSTROPHE_S_END, KEPT_PATTERNS, lazy

OWNER_PASSAGES = 100  # passages searched for the words that say whose role it is
MIN_OTHER_NAME = 3  # articles writing an owner that must all write a name for it to be its other
# lower-case words of a role before its noun ("chief", "senior", "deputy"), no owner
_ROLE_MODIFIERS = PERSON_NOUNS | RANKS | LOOSE
_PREFIX_END = lazy(r"[\w'’]*-$")  # "co-" of "co-chairman", the role matched after it
# another role joined to the one asked before a name: "and" and up to three lower-case words
# ending in a person's noun ("chairman and chief executive officer Bill Ford": the chairman is
# Bill Ford; not "the manager and two players X")
_JOINED_ROLE = r"(?:and\s+(?P<joined>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+)?"


def capitalised(text: str, word: str) -> bool:
    """Return whether `text` writes the owner word `word` as a name is written: an acronym as
    asked ("WHO", or "Nato"), any other word with a capital."""
    if word.isupper():
        return named(text, word)
    capital = rf"\b{re.escape(word[:1].upper())}(?i:{re.escape(word[1:])})\b"
    return re.search(capital, text) is not None


def about_owner(
    reads: ArticleReads, article: str, owner: Sequence[str], name: list[str], roles: Iterable[str]
) -> bool:
    """Return whether the article's title names the owner and the article gives the person
    the role asked beside their name ("Agent Simon Beresford said" in "Carry On star Patsy
    Rowlands dies", "Philip Knight, chairman and chief executive," in "... growth for Nike",
    "chairman and chief executive officer Bill Ford" in "Ford gains ..."): the role is the
    owner's, the one the story is about."""
    if not (name and roles):
        return False
    # whether the story is about the owner is the article's alone: told once for all weighed
    about = reads.worked_out(
        ("about_owner", article, tuple(owner)), lambda: _story_of(reads, article, owner)
    )
    # the pattern below needs the surname as written: no pattern is compiled (~0.1-0.3 ms, a
    # new one per person and role) for an article that never writes it
    passages = [passage for passage in about if name[0] in passage.text]
    if not passages:
        return False
    role = "|".join(re.escape(r) for r in sorted(roles))
    # ... nor for one whose passages write none of the roles, which both of its branches need
    # (a pattern of the roles alone is quick to compile, and the same for everyone weighed)
    if not any(re.search(rf"(?i:{role})", passage.text) for passage in passages):
        return False
    owned_by = {w.casefold() for w in owner}
    role_set = {r.casefold() for r in roles}
    beside = _beside(role, name[0])
    for passage in passages:
        for found in beside.finditer(passage.text):
            joined = found.group("joined")
            if joined and joined.split()[-1] not in PERSON_NOUNS:
                continue  # "coach and two players Ivo Brandt": no role joined
            other = found.group("other")
            if other and other.casefold() not in owned_by and not other_name(reads, other, owner):
                continue  # "Rolf Dress, a spokesman for Union Investment": another's role
            # "Conservative co-chairman": the owner stands before the role's prefix
            before = _PREFIX_END.sub("", passage.text[: found.start()]).rstrip()
            if found.group("before"):  # "Chief executive Steve Jobs": the role's first word
                kept = before.split()
                while kept and kept[-1].casefold() in role_set:
                    kept.pop()
                while kept and kept[-1].islower() and kept[-1] in _ROLE_MODIFIERS:
                    kept.pop()  # "Phytopharm chief executive X": its owner before "chief"
                before = " ".join(kept)
            # "Dale coach Ivo Brandt": the role has an owner of its own, not the story's
            # ... nor one after a comma ("However, chief executive X"): an owner is written
            # right before its role, the word before a comma is another phrase's
            opens = not before or before[-1] in '.!?"”’,;:'
            owned = [] if opens or not found.group("before") else _owner_before(before)
            if owned and owned[0].casefold() in STOP_WORDS:
                owned = []  # "But chairman X said": a sentence's opening word, no owner
            if not (owned and owned[0][:1].isupper()) or other_name(reads, owned[0], owner):
                return True
    return False


@lru_cache(maxsize=KEPT_PATTERNS)
def _beside(role: str, surname: str) -> re.Pattern[str]:
    """Return where a role (`role`: its forms as alternatives) stands right before the surname
    ("Agent", "agent"), perhaps with another role joined to it ("chairman and chief executive
    Bill Ford"), or just after it; kept per role and name (~1 ms to make: the same person's
    role asked again found none of it in `re`'s own cache of 512, shared by every question)."""
    name = re.escape(surname)
    return re.compile(
        rf"(?P<before>\b(?i:{role})\s+{_JOINED_ROLE}(?:[A-Z][\w'’-]*\s+){{0,2}}{name}\b)"
        rf"|\b{name},\s+(?:[a-z-]+\s+){{0,3}}(?i:{role})\b"
        rf"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<other>[A-Z][\w'’&-]*))?"  # ", a spokesman for X"
    )


def _owner_before(before: str) -> list[str]:
    """Return the word that owns a role written right after `before`: its last word, or past
    the lower-case words of a portfolio, the name they follow ("Lib Dem foreign affairs
    spokesman X" is the Lib Dems' spokesman, not an owner-less one), unless that word only
    opens the sentence and is written nowhere else with a capital ("Football agent X")."""
    words = before.split()
    at = len(words)
    while at and words[at - 1].isalpha() and words[at - 1].islower():
        at -= 1
    if at == len(words) or not at or words[at - 1].casefold() in STOP_WORDS:
        return words[-1:]
    word = words[at - 1]
    opening = at == 1 or words[at - 2][-1:] in '.!?"”’:'
    if not word[:1].isupper() or (
        opening
        and not _always_capitalised(word)  # "Tory foreign affairs spokesman X" opening one
        and not re.search(rf"[a-z,;]\s+{re.escape(word)}\b", before)
    ):
        return words[-1:]
    return [word]


def _always_capitalised(word: str) -> bool:
    """Return whether `word` is a party's or a nationality's, written with a capital wherever it
    stands: an owner even where it opens a sentence ("Tory", "French")."""
    folded = word.casefold()
    return folded in PARTY_WORDS or folded in NATIONALITIES


def _story_of(reads: ArticleReads, article: str, owner: Sequence[str]) -> list[Passage]:
    """Return the article's passages when its title or first sentence names the owner (or a
    title its last word of a name the article writes: `_by_last_name`), else none; none for
    an owner that is only words of an office's title ("prime" of "the prime minister": a lede
    naming the Prime Minister is no story about a minister's "prime"), nor for a match
    between the owner and another side (`match_titles`)."""
    wanted = set(tokenize(" ".join(owner)))  # none for "WHO": no telling it from "who"
    if all(w.casefold() in OFFICE_TITLE_WORDS for w in owner):
        return []
    passages = reads.passages(article) if wanted else []
    if not passages:
        return []
    if one_side(title_of(reads.index, article), owner):
        return []
    title = set(passages[0].title_terms or ())
    if (
        not wanted <= title
        and not _by_last_name(passages, owner, title)
        and not _in_lede(passages[0], owner)
    ):
        return []
    return passages


def _in_lede(first: Passage, owner: Sequence[str]) -> bool:
    """Return whether the story's first sentence writes every owner word as a name is written
    ("Manchester City striker X has apologised ..."): a story names what it is about first."""
    if first.start != 0:
        return False
    spans = sentence_spans(first.text)
    lede = first.text[: spans[0][1]] if spans else first.text
    return all(capitalised(lede, word) for word in owner)


def _by_last_name(passages: list[Passage], owner: Sequence[str], title: set[str]) -> bool:
    """Return whether a title names the owner by the last word of a name of several words that
    the article writes in full with capitals ("Tomlinson stays focused" of a story naming
    "Chris Tomlinson"): a story's title calls its subject by surname."""
    words = [w for w in owner if w.strip(".,")]
    last = tokenize(words[-1]) if len(words) > 1 else []
    if not last or last[-1] not in title:
        return False
    written = re.compile(
        r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE
    )
    return any(
        all(w[:1].isupper() for w in found.group(0).split())
        for passage in passages
        for found in written.finditer(passage.text)
    )


def other_name(reads: ArticleReads, word: str, owner: Sequence[str]) -> bool:
    """Return whether `word` ("Middlesbrough", the owner a role is written with) names the
    same body as the owner asked ("Boro"): every one of the several articles writing the owner
    writes that word too, as a short name or nickname is used beside the full one."""
    terms = list(dict.fromkeys(tokenize(" ".join(owner))))
    word = APOSTROPHE_S_END.sub("", word)
    if not terms or not word.isalpha() or any(w.casefold() == word.casefold() for w in owner):
        return False
    asked = [re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in owner]
    full = re.compile(rf"\b{re.escape(word)}\b")
    hits = reads.index.engine.search(terms, OWNER_PASSAGES)
    if len(hits) >= OWNER_PASSAGES:  # a common word: no telling what it stands for
        return False
    texts: dict[str, list[str]] = {}
    for passage, _ in hits:
        texts.setdefault(passage.article_id, []).append(passage.text)
    articles = [a for a, t in texts.items() if all(any(w.search(x) for x in t) for w in asked)]
    return len(articles) >= MIN_OTHER_NAME and all(
        any(full.search(p.text) for p in reads.passages(article)) for article in articles
    )
