"""Statement owners: who speaks through a statement, a release or published figures (inside
`qabot.attribution.speaker_reading`).

"Its statement said", "the firm's release", "according to the Bank of Mexico's figures": the
owner's words, a body's or a person's ("her statement": the woman "she" would mean).
"""

from __future__ import annotations

from collections.abc import Callable

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.references import body, pronoun
from qabot.text.lexicon import ORGANISATION_WORDS, STATEMENT_NOUNS

# what a body publishes: "according to the Bank of Mexico's figures" is the bank's word
_SOURCE_NOUNS = frozenset("figures data report survey estimates estimate research".split())
_POSSESSIVES = frozenset("his her their its our my your him them".split())


def owns_statement(words: list[str]) -> bool:
    """Return True when a speaker phrase is an owner and a statement or published figures
    ("Its statement", "the company's release", "Acme's figures")."""
    return (
        len(words) >= 2
        and words[-1].rstrip(".").casefold() in STATEMENT_NOUNS | _SOURCE_NOUNS
        and (words[-2].casefold() in _POSSESSIVES or words[-2].endswith(("'s", "’s", "s'", "s’")))
    )


def statement_owner(
    people: People,
    owner: list[str],
    position: int,
    role: str | None,
    read: Callable[[People, list[str], int, str | None], Person | None],
) -> Person | None:
    """Return who speaks through a statement: "Its statement", "the firm's release", "Acme's
    statement said" are the organisation's words; "her statement", the woman's (`read` reads
    a named owner as a speaker phrase); "our statement" no one's (None)."""
    key = owner[-1].casefold()
    if key in {"its", "their"}:
        return body(people, position)
    if key in {"his", "her"}:
        return pronoun(people, "he" if key == "his" else "she", position)
    if key in _POSSESSIVES:
        return None  # "Our figures show", "your survey": the writer's or the reader's, no
        # one the story names (an owner's "'s" cut from "our" left a speaker "O")
    owner = [*owner[:-1], owner[-1][: -1 if owner[-1].endswith(("'", "’")) else -2]]
    if len(owner) == 2 and owner[0].casefold() == "the" and owner[1] in ORGANISATION_WORDS:
        return body(people, position)  # "the company's release"
    return read(people, owner, position, role)
