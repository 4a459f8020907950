"""Short forms of an owner's name in a role asked about ("the glasto organiser" for the
Glastonbury festival's organiser), and words no passage writes (a name the archive does not
know, or a short form of one)."""

from __future__ import annotations

from collections.abc import Sequence

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.patterns import lazy

SHORT_FORM_PASSAGES = 10  # passages naming a role's holder searched for an owner's short form
MIN_SHORT = 3  # letters a short form of an owner's name has at least ("glasto", "man")
_WORD = lazy(r"[^\W_]+")


def unwritten(index: Index, word: str) -> bool:
    """Return whether no passage holds `word` (a stop word is written everywhere)."""
    terms = tokenize(word)
    return bool(terms) and not any(index.engine.idf(terms).values())


def short_for(index: Index, words: Sequence[str], person: str) -> bool:
    """Return whether each of `words` starts a word of an article quoting `person` ("glasto"
    for Glastonbury): a short form of their owner, not a body the archive does not know."""
    where = PassageFilter(articles=frozenset(index.speakers.articles_of(person)))
    hits = index.engine.search(tokenize(person), SHORT_FORM_PASSAGES, where)
    written = {w.casefold() for passage, _ in hits for w in _WORD.findall(passage.text)}
    return all(
        len(short) >= MIN_SHORT and any(w.startswith(short.casefold()) for w in written)
        for short in words
    )
