"""Who "he" or "she" of a follow-up means: the last person named of that gender.

"what did stoltenberg say?" - "and Truss?" - "what else did he say?": "he" is Stoltenberg, the
last man named, not Truss, the last person. A person's gender is read from their first name or
honorific ("Liz Truss", "Mr Hale"); where it cannot be read, the pronoun means the last person,
as before; where it reads as the other gender and no one earlier is of the pronoun's, who
is meant is unclear, and the reader is told so rather than given the last person's words.
Whether a follow-up points back at someone at all is read here too (`refers_back`,
`pronoun_asked`).
"""

from __future__ import annotations

import re

from qabot.search.speaker_clues import gender_of
from qabot.text.lexicon import title_gender
from qabot.text.patterns import lazy

_GENDERED = lazy(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
# words by which a follow-up points back at the last person ("what else did she say?")
_REFERS_BACK = lazy(r"\b(?:he|she|they|him|her|them|his|hers|their|else)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = lazy(r"\b(?:he|she|they)\b", re.IGNORECASE)


def refers_back(words: str) -> bool:
    """Return whether `words` point back at the last person ("what else did she say?",
    "and their view?")."""
    return _REFERS_BACK.search(words) is not None


def pronoun_asked(words: str, topic: str | None) -> bool:
    """Return whether a pronoun stands for the speaker before the topic ("what did she say
    about pay?"), not only inside it ("... say about her plans")."""
    at = words.casefold().find(topic.casefold()) if topic else -1
    return _SUBJECT_PRONOUN.search(words[:at] if at >= 0 else words) is not None


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
