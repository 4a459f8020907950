"""Copula roles: what a sentence says a named person is with "is" or "was" after the name ("Jo
Smith is the firm's chief executive", "Smith was a senior officer at the council"), a step
inside `qabot.attribution.summaries` beside `role_descriptions.roles_described`, so the speaker
directory knows the role as it knows one written before the name ("actress Jo Smith")."""

from __future__ import annotations

from qabot.attribution.name_clues import COPULA_ROLE
from qabot.attribution.role_descriptions import PERSON_NOUNS
from qabot.text import name_starts
from qabot.text.lexicon import HONORIFICS, VERB_LIKE, role_words, strip_title

# what a role after a copula may open with before its noun ("is the firm's chief executive",
# "was a former editor")
_OPENERS = frozenset("a an the former".split())


def copula_roles(sentence: str, ends: list[int]) -> list[str]:
    """Return the roles `sentence` gives a name after "is" or "was" ("Jo Smith is the firm's
    chief executive"), the name ending at `ends` (`name_ends`: the full name or the surname
    alone where no other name's word is written before it: "Mr Smith is", "Smith was"; not
    "Ann Smith is" for "Jo Smith")."""
    if " is " not in sentence and " was " not in sentence:
        return []
    found = []
    for end in ends:
        copula = COPULA_ROLE.match(sentence, end)
        words = copula.group("role").split() if copula is not None else []
        while words and words[0].casefold() in _ADVERBS:
            words = words[1:]  # "is also chief executive"
        if _is_role(words):
            found.append(" ".join(words))
    return list(dict.fromkeys(found))


def name_ends(sentence: str, name: str) -> list[int]:
    """Return where `name` ends in `sentence`, written whole or as the surname alone where no
    other name's word is written before it ("Mr Smith", "said Smith"; not "Ann Smith" for "Jo
    Smith"), the full name's places first: where a role told after the name may start
    (`copula_roles`, `verb_roles.verb_roles`)."""
    parts = strip_title(name).split()
    if not parts:
        return []
    whole = " ".join(parts)
    ends = []
    for target in dict.fromkeys((whole, parts[-1])):
        for start in name_starts(sentence, target):
            if target != whole and not surname_alone(sentence[:start]):
                continue
            ends.append(start + len(target))
    return ends


def surname_alone(head: str) -> bool:
    """Return True when the word before a surname is no part of another name: none, a word in
    lower case or an honorific ("Mr")."""
    words = head.split()
    return (
        not words or not words[-1][:1].isupper() or words[-1].rstrip(".").casefold() in HONORIFICS
    )


def _is_role(words: list[str]) -> bool:
    """Return True for a copula's complement that is a role: a determiner, an owner or "former"
    before a noun of a person ("the firm's chief executive"), or a noun of a person among its
    first three words ("senior benefit officer at ..."); not a state, a negation or a clause
    ("happy with the result", "not the chief executive", "being seen by a doctor")."""
    if not words or len(words) > 12:
        return False
    first = words[0].casefold()
    if first in _OPENERS or first.endswith(("'s", "’s")):
        return not PERSON_NOUNS.isdisjoint(role_words(" ".join(words)))
    return (
        words[0][:1].islower()
        and first not in VERB_LIKE
        and not first.endswith(("ing", "ed"))
        and not PERSON_NOUNS.isdisjoint(role_words(" ".join(words[:3])))
    )


# adverbs between the copula and the role ("is also chief executive", "is now its leader")
_ADVERBS = frozenset("also now still currently".split())
