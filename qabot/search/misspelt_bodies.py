"""A body's name typed with a slip after "the" ("what did the american film institue say?"):
the body quoted, not the people its other words are roles of.

The directory matches a role by any word of it, so "the american film institue" found Mira
Nair and Jamie Foxx (given "film" and "American" in their roles) and the answer asked which of
them was meant, and "the world helth organisation" found two reinsurers; typed without "the",
the same slip was read as the body (`misspelt_names.corrected_speaker`). A description whose
words the passages do not all hold (one is written nowhere: a slip, not a role word), and
which is a letter off, word for word, the whole name of a body quoted, is read as that body's
name: the lead says how it was read, as for a person's misspelt name.
"""

from __future__ import annotations

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.search.misspelt_names import corrected_speaker
from qabot.text import tokenize


def misspelt_body(index: Index, phrase: str) -> str | None:
    """Return `phrase` without its "the" when it is a slip for a body quoted (the body's name
    a letter off each of its words), to be read as that name; None otherwise."""
    words = phrase.split()
    if len(words) < 3 or words[0].casefold() != "the":
        return None
    bare = " ".join(words[1:])
    terms = tokenize(bare)
    weights = index.engine.idf(terms) if terms else {}
    if not terms or all(weights.get(term) for term in terms):
        return None  # every word is written somewhere: role words, not a slip
    correction = corrected_speaker(index, bare, ())
    if (
        correction is None
        or not is_group(correction.person)
        or len(correction.person.split()) != len(words) - 1
    ):
        return None
    return bare
