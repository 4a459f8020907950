"""A newspaper asked about as a speaker that no article is from: "what did the guardian say".

A question may ask what an outlet said. When the archive has that outlet's articles, its words
are read as the outlet (`outlet_names`); when it has none, the name was read as someone quoted,
and "No quotes from anyone the articles call the guardian" told the reader nothing true of what
they meant. A name shaped like a newspaper's ("the" and words ending on a masthead noun no
person is called: "the Guardian", "the New York Times"; not "the pilot") that names no outlet
of the archive is said to be one no article is from.
"""

from __future__ import annotations

from qabot.indexing import Index
from qabot.search.date_phrases import split_words
from qabot.search.outlet_names import MAX_OUTLET_WORDS, outlet_names
from qabot.text.lexicon import MASTHEAD_NOUNS, PERSON_NOUNS, ROLE_NOUNS


def absent_outlet(index: Index, name: str) -> str | None:
    """Return `name` written as a newspaper's name ("the Guardian") when it is shaped like one
    and names no outlet of `index`, else None."""
    words = split_words(name)
    if not 2 <= len(words) <= MAX_OUTLET_WORDS + 1 or words[0].text != "the":
        return None
    noun = words[-1].text
    if noun not in MASTHEAD_NOUNS or noun in ROLE_NOUNS | PERSON_NOUNS:
        return None  # "the pilot", "the leader": people the articles may call so
    if not all(word.raw.isalpha() for word in words):
        return None
    if index.outlets and outlet_names(index.outlets).bare_at(words, 1) is not None:
        return None  # an outlet of the archive: read as such elsewhere
    return " ".join(["the", *(word.raw[:1].upper() + word.raw[1:] for word in words[1:])])
