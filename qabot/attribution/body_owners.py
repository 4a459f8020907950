"""Body owners: which named body "the organisation's president" belongs to (a step inside
`qabot.attribution.summaries`).

"Tony Hunter, the organisation's president, said" records Hunter as a president, and of
nothing a reader would ask about; the article named the body before ("The Association of
Directors of Social Services (ADSS) said ..."). The role then also holds the body's name words
and its acronym, so "the president of the ADSS" finds him. Text only: no people.
"""

from __future__ import annotations

import re

from qabot.text.lexicon import ORGANISATION_WORDS
from qabot.text.patterns import lazy

# nouns a body is called by after it was named: "the organisation's", "the association's"
_GENERIC = frozenset("organisation organization body".split())
_OWNED = lazy(r"\b(?:the|The)\s+(?P<noun>[a-z]+)['’]s\b")
_BODY = lazy(
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’-]*){0,7})"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\))?"
)
_SMALL = frozenset("of for and & the".split())
_LOOK_BACK = 3000  # a body is named in the paragraphs just before its officer


def body_role_words(text: str, role: str, before: int) -> set[str]:
    """Return the name words and acronym of the body a role's "the organisation's" (or "the
    association's", "the union's") means: the latest body named before `before` whose name
    holds that noun (any organisation word for "organisation"), or nothing."""
    owned = _OWNED.search(role)
    if owned is None:
        return set()
    noun = owned.group("noun")
    if noun not in _GENERIC and noun not in ORGANISATION_WORDS:
        return set()
    best: re.Match[str] | None = None
    for found in _BODY.finditer(text, max(0, before - _LOOK_BACK), max(0, before)):
        keys = {w.casefold() for w in found.group("name").split()}
        if (noun in _GENERIC and keys & ORGANISATION_WORDS) or noun in keys:
            best = found
    if best is None:
        return set()
    words = {w.casefold() for w in best.group("name").split() if w.casefold() not in _SMALL}
    if best.group("acronym"):
        words.add(best.group("acronym").casefold())
    return words
