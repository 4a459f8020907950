"""Who "he" or "she" of a follow-up means: the last person named of that gender.

"what did stoltenberg say?" - "and Truss?" - "what else did he say?": "he" is Stoltenberg, the
last man named, not Truss, the last person. A person's gender is read from their first name or
honorific ("Liz Truss", "Mr Hale"); where it cannot be read, the pronoun means the last person,
as before.
"""

from __future__ import annotations

import re

from qabot.search.speaker_clues import gender_of
from qabot.text.lexicon import title_gender
from qabot.text.patterns import lazy

_GENDERED = lazy(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)


def person_meant(words: str, last: str, earlier: tuple[str, ...]) -> str:
    """Return the person a pronoun of `words` stands for: `last` (the last person named) unless
    its gender is known to be other than the pronoun's and one of `earlier` (named before,
    most recent first) is known to be of the pronoun's."""
    found = _GENDERED.search(words)
    if found is None:
        return last
    wanted = "m" if found.group(1) else "f"
    if _gender(last) in (None, wanted):
        return last
    return next((person for person in earlier if _gender(person) == wanted), last)


def _gender(person: str) -> str | None:
    """Return "m" or "f" where a person's first name or honorific says so, else None."""
    return gender_of(person) or title_gender(person)
