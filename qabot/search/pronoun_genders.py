"""Who "he" or "she" of a follow-up means: the last person named of that gender.

"what did stoltenberg say?" - "and Truss?" - "what else did he say?": "he" is Stoltenberg, the
last man named, not Truss, the last person. A person's gender is read from their first name or
honorific ("Liz Truss", "Mr Hale"); where it cannot be read, the pronoun means the last person,
as before; where it reads as the other gender and no one earlier is of the pronoun's, who
is meant is unclear, and the reader is told so rather than given the last person's words.
"""

from __future__ import annotations

import re

from qabot.search.speaker_clues import gender_of
from qabot.text.lexicon import title_gender
from qabot.text.patterns import lazy

_GENDERED = lazy(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)


def person_meant(words: str, last: str, earlier: tuple[str, ...]) -> str | None:
    """Return the person a pronoun of `words` stands for: `last` (the last person named) unless
    its gender is known to be other than the pronoun's, then the latest of `earlier` (named
    before, most recent first) known to be of the pronoun's, else None: "she" after Tony
    Blair alone means no one the chat has named."""
    found = _GENDERED.search(words)
    if found is None:
        return last
    wanted = "m" if found.group(1) else "f"
    if _gender(last) in (None, wanted):
        return last
    return next((person for person in earlier if _gender(person) == wanted), None)


def unclear_pronoun(words: str, last: str) -> str:
    """Return the reply to a pronoun of `words` that fits no one named in the chat (`last`
    is of the other gender): who it is, and how to ask."""
    found = _GENDERED.search(words)
    if found is None:
        return ""
    pronoun = found.group().casefold()
    man = _gender(last) == "m"
    other = "a man" if man else "a woman"
    name = "her name" if man else "his name"
    return (
        f"It is unclear who “{pronoun}” is: {last}, asked about last, is {other}. "
        f"Ask “What did <name> say?” with {name}."
    )


def _gender(person: str) -> str | None:
    """Return "m" or "f" where a person's first name or honorific says so, else None."""
    return gender_of(person) or title_gender(person)
