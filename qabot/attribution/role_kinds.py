"""The kinds of role word a role question is weighed by (`qabot.attribution.role_matching`):
words that narrow nobody down, a boss's nouns, ranks and qualifiers that make a role another's,
and the tests that tell a field's manager or a longer owner's name from the role asked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet

from qabot.text import STOP_WORDS
from qabot.text.lexicon import ROLE_NOUNS

# words of a role question that narrow nobody down ("the new health minister", "top aide")
LOOSE = frozenset("new old top senior current then now present outgoing incoming".split())
# role nouns for whoever leads a body: "the union boss" may be its "general secretary"
GENERIC = frozenset("boss chief head leader".split())
SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
# heads that are a boss only with no field before them ("Arsenal manager", not "security manager")
FIELD_HEADS = frozenset("manager director".split())
TOP_FIELDS = frozenset("general managing executive".split())  # "general manager" is the boss


def field_manager(held: Counter[str], seen: list[str], asked: AbstractSet[str]) -> bool:
    """Return whether the only boss words someone is given are a manager's or director's of a
    field ("security manager at Microsoft"): another word given as often names the field."""
    if not seen or not FIELD_HEADS.issuperset(seen):
        return False
    most = max(held[f] for f in seen)
    return any(
        count >= most
        for word, count in held.items()
        if word not in asked
        and word not in seen
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in TOP_FIELDS
        and word not in RANKS
    )


# words that make a role someone else's ("shadow chancellor", "former home secretary")
QUALIFIERS = frozenset("shadow former ex deputy assistant vice junior acting interim".split())
# those that say the role was held before ("the former chancellor", as stored: `role_word`)
PAST = frozenset("former ex".split())
# those that name a rank under the role, not a time: with them the role is always another's
RANKS = frozenset("shadow deputy assistant vice junior".split())


def within_longer_owner(held: Counter[str], seen: list[str], asked: AbstractSet[str]) -> bool:
    """Return whether an owner's word, given someone only in another form ("Irish" for
    "Ireland"), is part of a longer owner's name: another word the question lacks is given
    them at least as often ("Lions" of the "British and Irish Lions coach")."""
    most = max(held[f] for f in seen)
    return any(
        count >= most
        for word, count in held.items()
        if word not in asked
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in ROLE_NOUNS
        and word not in LOOSE
        and not qualifies(word)
    )


def qualifies(word: str) -> bool:
    return word in QUALIFIERS or word.startswith(("ex-", "former-", "vice-"))
