"""Country adjectives: a nationality typed with a capital is no name ("Japanese consumption"),
and a country asked is mentioned by its adjective ("France" by "the French government").

`subject` reads names with them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from qabot.search.question_names import Name
from qabot.text import tokenize
from qabot.text.lexicon import DEMONYMS, NATIONALITY_NOUNS
from qabot.text.lexicon.places import NATIONALITIES

# nationalities, alone: a reader writes them with a capital as English does, not as the name
# of something a passage must write so ("Japanese consumption" is answered of "Japan's
# consumption"; "the average Brit" of "every Briton"); "French Open" stays a name
_ADJECTIVES = NATIONALITIES | frozenset(DEMONYMS.values())
_NOUNS = NATIONALITY_NOUNS | {f"{noun}s" for noun in NATIONALITY_NOUNS if not noun.endswith("s")}
_ADJECTIVE_TERMS = {
    country_term: adjective_term
    for country, adjective in DEMONYMS.items()
    for country_term, adjective_term in zip(tokenize(country), tokenize(adjective), strict=False)
}


def nationality(word: str) -> bool:
    """Return whether `word` is a nationality, alone or in a compound ("American-led")."""
    first, _, rest = word.partition("-")
    if not rest and word.casefold() in _NOUNS:
        return True  # "Brit", "Spaniards": who, not a name
    return first.casefold() in _ADJECTIVES and (not rest or rest.islower())


def adjective_terms(terms: Iterable[str]) -> set[str]:
    """Return the terms of the adjectives of the countries among `terms` not made by an ending
    ("french" of "franc", France's term): a sentence holding one is about the country."""
    return {_ADJECTIVE_TERMS[term] for term in terms if term in _ADJECTIVE_TERMS}


# ... and the other way: "France" asked is mentioned by "the French government", whose word
# shares no term with it (the adjective of a country made by an ending, "Italian", shares its
# stem or is a kin form the partial match reads)
@functools.cache
def _adjective_of(adjective: str) -> re.Pattern[str]:
    """Return the pattern of `adjective` written as a word, compiled when a question first
    names its country (compiling all 44 at import was ~0.012 CPU-s of every start)."""
    return re.compile(rf"(?<![\w'’-]){adjective.capitalize()}(?![\w-])")


def name_adjective(name: Name) -> re.Pattern[str] | None:
    """Return the pattern of a country's adjective not made by an ending ("French" of
    "France"), or None for any other name."""
    adjective = DEMONYMS.get(name.typed.casefold()) if len(name.terms) == 1 else None
    return _adjective_of(adjective) if adjective is not None else None
