"""How much of a "who said ...?" question the chosen quote answers in so many words.

Ranking always finds a best candidate, even when no quote says anything like what was asked
("who said the moon landing was faked?" finds somebody calling something fake). So before
"X said it" is written, the words around the quote (the quote, its sentence and the passages
holding it) are held against the question: most of the question's weight there, and qabot says
who said it; a part of it, and X's words are offered only as the closest, under a heading that
says so; a single shared word, and no quote is shown at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qabot.records import Passage, Quote
from qabot.search.quote_ranking import terms_of
from qabot.search.relevance import coverage
from qabot.search.word_forms import kin_forms

CONFIDENT_SHARE = 0.75  # share of the question's idf weight found around the quote for "said it"
MIN_SHARED = 2  # distinct question terms found around the quote to offer it at all


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the question's terms found around one quote."""

    share: float  # of the question's idf weight, 0..1
    shared: int  # distinct question terms found
    asked: int  # distinct question terms

    @property
    def confident(self) -> bool:
        """Whether the quote's surroundings say most of what was asked: "X said it"."""
        return self.share >= CONFIDENT_SHARE

    @property
    def offered(self) -> bool:
        """Whether the quote may be shown at all, as the closest words: more than one word of
        the question (every word, when it has fewer) is found around it."""
        return self.shared >= min(MIN_SHARED, self.asked)


def quote_evidence(
    quote: Quote,
    terms: Sequence[str],
    hits: Sequence[tuple[Passage, float]],
    idf: Mapping[str, float],
) -> Evidence:
    """Return how much of `terms` the quote, its sentence and the `hits` holding it match."""
    asked = set(terms)
    around = set(terms_of(quote.text)) | set(terms_of(quote.sentence))
    for passage, _ in hits:
        if (
            passage.article_id == quote.article_id
            and passage.start < quote.end
            and quote.start < passage.end
        ):
            around.update(passage.stored_terms() or terms_of(passage.text))
    # another form of a question word counts, as in ranking: one `kin_forms` joins
    # ("overcrowded" for "crowded"), or one of four letters or more that begins the other
    # ("loud" and "loudest", which the stemmer keeps apart)
    kin = {term for terms in kin_forms(asked, around - asked).values() for term in terms}
    found = {term for term in asked if term in around or term in kin or _begins(term, around)}
    # a word the archive never uses (idf 0 there) says most about what nobody said: it weighs
    # as much as the question's rarest known word
    rarest = max((idf.get(term, 0.0) for term in asked), default=0.0) or 1.0
    weights = {term: idf.get(term, 0.0) or rarest for term in asked}
    return Evidence(share=coverage(weights, found), shared=len(found), asked=len(asked))


def _begins(term: str, around: set[str]) -> bool:
    """Return whether a term of four letters or more around the quote begins `term`, or
    `term` begins it."""
    return len(term) >= 4 and any(
        len(other) >= 4 and (other.startswith(term) or term.startswith(other)) for other in around
    )
