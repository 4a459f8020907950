"""Short first names: a short first name merged into the one full first name it is a short
form of ("Vince Cable" is "Vincent Cable") when both are given the same role (a step of
`qabot.attribution.name_merging.merge_names`, at directory build time).
"""

from __future__ import annotations

from collections import Counter

from qabot.attribution.lone_surnames import described_words
from qabot.text.lexicon import ROLE_NOUNS
from qabot.text.lexicon.short_names import short_for

_SHARED_ROLE = 2  # role words a short and a full first name's holders share to be one person


def short_forms_merged(
    full: dict[str, dict[str, Counter[str]]], role_counts: dict[str, Counter[str]]
) -> dict[tuple[str, str], str]:
    """Merge, in `full` (surname -> first name -> names as written), a short first name into
    the one full first name it is a short form of when both are given the same role ("Lib Dem
    treasury spokesman Vince Cable", "Liberal Democrat spokesman Vincent Cable"): at least
    _SHARED_ROLE words alike, a role noun among them. Return (surname, short) -> full name.
    Two people who share a surname and no role stay apart ("Tim Warner", "Time Warner")."""
    merged: dict[tuple[str, str], str] = {}
    for last, firsts in full.items():
        if len(firsts) < 2:
            continue  # most surnames: one first name
        for short in list(firsts):
            longer = [
                f for f in firsts if f != short and short_for(short.casefold(), f.casefold())
            ]
            if len(longer) != 1 or short_for(longer[0].casefold(), short.casefold()):
                continue
            alike = described_words(roles_of(firsts[short], role_counts)) & described_words(
                roles_of(firsts[longer[0]], role_counts)
            )
            if len(alike) >= _SHARED_ROLE and not ROLE_NOUNS.isdisjoint(alike):
                firsts[longer[0]].update(firsts.pop(short))
                merged[(last, short)] = longer[0]
    return merged


def roles_of(names: Counter[str], role_counts: dict[str, Counter[str]]) -> Counter[str]:
    """Return the role words given to any of `names` (one person's names as written)."""
    roles: Counter[str] = Counter()
    for name in names:
        roles.update(role_counts.get(name, Counter()))
    return roles
