"""Phrase shapes: whether a run of words is a bare name, a role, or a role then a name (inside
`qabot.attribution.speaker_phrases`, which finds the speaker phrase before a cue).

"Sen. Tim Kaine" is a name, "EEF chief economist" a role, "US playwright Eve Ensler" a role then
a name, "VFI Chief Executive" a capitalised role with no name in it. Judged from the words alone
with the general lexicons (`qabot.text.lexicon`).
"""

from __future__ import annotations

import itertools

from qabot.attribution.role_kinds import QUALIFIERS
from qabot.text.lexicon import (
    NAME_PARTICLES,
    NOT_NAME,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    cleric_style,
    is_capitalised,
)
from qabot.text.patterns import lazy

_NUMBERS = frozenset("one two three four five six seven eight nine ten another".split())
# what kind of body an employer is, written before its name ("e-mail software firm Sendmail")
_EMPLOYER_KIND = lazy(r"[a-z][a-z-]*")
ORGANISATION_NOUNS = ORGANISATION_WORDS | frozenset(
    """maker giant publisher distributor retailer studio label chain operator carrier developer
provider manufacturer supplier broadcaster insurer lender consultancy charity watchdog regulator
newspaper magazine paper website""".split()
)


def is_role(words: list[str]) -> bool:
    """Return True for a role with no name in it ("EEF chief economist", "Lloyd's chief
    executive", "the committee chairman"), whose person a name in apposition gives."""
    last = words[-1].rstrip(".,") if words else ""
    return (
        len(words) <= 6
        and last.islower()
        and last in PERSON_NOUNS | TITLE_WORDS
        and not is_name_run(words)
    )


def is_role_at(words: list[str]) -> bool:
    """Return True for a role at a named employer ("managing director of ISP Freedom2surf"),
    whose person a name in apposition before it gives, with no comma closing the apposition."""
    at = next((i for i, w in enumerate(words) if w in {"of", "at", "for"}), 0)
    employer = words[at + 1 :]
    # "spokesman for e-mail software firm Sendmail": what the employer is, then its name
    kind = list(itertools.takewhile(_EMPLOYER_KIND.fullmatch, employer))
    if 0 < len(kind) <= 4 and kind[-1] in ORGANISATION_NOUNS and len(employer) > len(kind):
        employer = employer[len(kind) :]
    return (
        at >= 1
        and is_role(words[:at])
        and bool(employer)
        and all(is_capitalised(w) or w in {"the", "of", "and", "&"} for w in employer)
        and is_capitalised(employer[-1])
    )


def role_adjective(words: list[str]) -> bool:
    """Return True when an "-ing" word opens a role, not a clause: "managing director",
    "acting chairman" (one person), not "saying members", "representing directors"."""
    return len(words) > 1 and words[1].rstrip(".,") in PERSON_NOUNS


def is_name_run(words: list[str]) -> bool:
    """Return True for a bare name ("Sen. Tim Kaine", "Ban Ki-moon", "the Rev Tom Wright"), not
    a description."""
    if len(words) > 2 and words[0] == "the" and words[1].rstrip(".").casefold() in TITLE_WORDS:
        words = words[1:]
    elif len(words) > 3 and words[0] == "the" and cleric_style(words[1:3]):
        words = words[3:]  # "the Most Reverend Mario Conti": a cleric's style, then the name
    if not 1 <= len(words) <= 6 or words[0].casefold() in NOT_NAME | _NUMBERS:
        return False  # "One of the executives, Jo Ray,": Jo Ray
    if "of" in words[2:-1]:  # "Ambassador Stefan Johannesson of Iceland": a name, its place
        words = words[: words.index("of")]
    return all(is_capitalised(w) or w in NAME_PARTICLES for w in words)


def ends_in_name(words: list[str]) -> bool:
    """Return True for a role then a name of two or more words ("US playwright Eve Ensler",
    "former WorldCom financial chief Scott Sullivan")."""
    tail = 0
    while tail < len(words) and is_capitalised(words[-1 - tail]):
        tail += 1
    return (
        2 <= tail < len(words)
        # "US playwright X", "the firm's founder X", "former finance chief X"; not "let by
        # ousted manager X"
        and (is_capitalised(words[0]) or words[0] in {"the", "a", "an"} | QUALIFIERS)
        and words[-1 - tail].casefold() in PERSON_NOUNS | TITLE_WORDS
        and not is_role_run(words[-tail:])
    )


def is_role_run(words: list[str]) -> bool:
    """Return True for a capitalised role with no name in it ("VFI Chief Executive")."""
    return words[-1].rstrip(".").casefold() in TITLE_WORDS | ROLE_NOUNS
