"""Another story telling a "who said ...?" question better than the closest quote: a passage
of an article that does not print the quote (`printed_in`) and does not name its speaker
(`names_speaker`: another report of the same story), holding much more of the question than
the quote's surroundings (`said_better_apart`), is shown instead of that quote.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from qabot.attribution import is_group
from qabot.records import Passage, Quote
from qabot.search.quote_evidence import CONFIDENT_SHARE, quote_evidence, unknown_as_rarest
from qabot.search.relevance import coverage
from qabot.search.retrieval import Hit
from qabot.search.sentence_terms import terms_of
from qabot.text import tokenize

# a passage of another story holding this much more of the question than the closest quote's
# surroundings tells more than that quote: the passage is shown, not the quote
BETTER_BY = 0.25
# ... and this much more than the quote and its own sentence, for a quote whose passage holds
# the question ("X said it" by its surroundings: "two men" and "allow" said of others there)
SPOKEN_BETTER_BY = 0.5


def printed_in(
    quote: Quote, quotes: Sequence[Quote], speaker_of: Callable[[Quote], str]
) -> frozenset[str]:
    """Return the articles printing `quote`'s words by its speaker: its own, and another
    version of the same story (a report updated later), which is no other story."""
    person = speaker_of(quote)
    return frozenset(
        {quote.article_id}
        | {q.article_id for q in quotes if q.text == quote.text and speaker_of(q) == person}
    )


def names_speaker(passage: Passage, person: str) -> bool:
    """Return whether `passage` names `person` by their last name: another report of the
    speaker's own story (a second article on the fine a player was given, naming the manager
    quoted on it), not another story telling the question better than their words. A group or
    a description ("a club spokesman") names nobody."""
    if not person[:1].isupper() or is_group(person):
        return False
    name = tokenize(person.split()[-1])
    return bool(name) and name[-1] in (passage.stored_terms() or terms_of(passage.text))


def said_better_apart(
    quote: Quote,
    printed_in: Collection[str],
    passages: Sequence[Hit],
    terms: Sequence[str],
    idf: Mapping[str, float],
    around: Sequence[tuple[Passage, float]],
    spoken: Callable[[], float] | None = None,
    held: Collection[str] = (),
) -> bool:
    """Return whether a passage of another story (an article not `printed_in`) holds most of
    the question (CONFIDENT_SHARE of its weight) and BETTER_BY more of it than the words around
    the closest quote, or, for a quote its surroundings make "said it", SPOKEN_BETTER_BY more
    than the quote and its own sentence (`spoken` gives their share, worked out only when such
    a passage exists): then the quote is no answer, only a near one. Words the archive never
    uses weigh as its rarest. `held` are terms the quote's speaker answers by who they are (the
    role of "which economist said ...?"): the other story must hold them in its words."""
    weights = unknown_as_rarest(terms, idf)
    best = max(
        (
            coverage(weights, set(hit.passage.stored_terms() or terms_of(hit.passage.text)))
            for hit in passages
            if hit.passage.article_id not in printed_in
        ),
        default=0.0,
    )
    if best < CONFIDENT_SHARE:
        return False
    if spoken is not None:  # unless the quote's article tells the rest apart from its passage
        told = quote_evidence(quote, terms, around, idf, around, held).in_context
        return best - spoken() >= SPOKEN_BETTER_BY and not told
    return best - quote_evidence(quote, terms, around, idf, held=held).share >= BETTER_BY
