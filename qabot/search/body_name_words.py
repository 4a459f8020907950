"""A role's head noun written in a body's name: "which Wales centre said ...?" asks a
person's role, and "Dr X, associate director of the Institute's Centre for the Study of Media"
gives X the word "centre" among the role words the speaker directory records for them (it keeps
a description's words, not which of them name a body). `who_said_roles.role_weight` asks this
of a candidate the directory gives the head noun asked, from the passages of their quotes'
articles beside their name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.text.lexicon import OCCUPATIONS, PLAYER_NOUNS

# a word capitalised inside a body's name after "of", "for", "at" or "from" ("director of the
# Centre for the Study of Media", "a lecturer at the Star Academy")
_BODY_NAME = r"\b(?:of|for|at|from)\s+(?:the\s+)?(?:(?:[A-Z][\w'’&.-]*|of|for|the|and|&)\s+)*"
# how far before and after a name a role of theirs is looked for
_BESIDE = 40
_AFTER = 160


def person_noun_head(role: str) -> str | None:
    """Return `role`'s head noun when it is a noun for a person (a team's "centre", a show's
    "star"), whose holder a body's name holding the word does not make; None otherwise (a
    "union" or "commission" asked is a body, and its name is what answers)."""
    words = role.split()
    head = words[-1].casefold() if words else ""
    return head if head in OCCUPATIONS or head in PLAYER_NOUNS else None


def body_word_only(head: str, person: str, texts: Sequence[str]) -> bool:
    """Return whether `texts` write `head` (a role's head noun, a person's: `person_noun_head`)
    beside `person`'s surname only as a word of a body's name ("Dr X, associate director of the
    Institute's Centre for ...") and never as their own, in lower case ("centre X"): the word
    the articles give them is the body's, not the role asked."""
    surname = person.split()[-1] if person.split() else ""
    if not surname:
        return False
    body = re.compile(_BODY_NAME + re.escape(head.capitalize()) + r"\b")
    own = re.compile(rf"\b{re.escape(head)}\b")
    named = False
    for text in texts:
        for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
            near = text[max(0, found.start() - _BESIDE) : found.end() + _AFTER]
            rest = body.sub(" ", near)
            if own.search(rest):
                return False
            named = named or rest != near
    return named
