"""Another story telling a "who said ...?" question better than the closest quote: a passage
of an article that does not print the quote (`printed_in`) and does not name its speaker
(`names_speaker`: another report of the same story), holding much more of the question than
the quote's surroundings (`said_better_apart`), is shown instead of that quote;
`said_better_elsewhere` asks it of a "who said ...?" answer's first quote, the role asked
included.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.hit_record import Hit
from qabot.search.quote_evidence import CONFIDENT_SHARE, quote_evidence, unknown_as_rarest
from qabot.search.relevance import coverage
from qabot.search.who_said_roles import ROLE_FIT, ROLE_WEIGHT
from qabot.text import terms_of, tokenize

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


def said_better_elsewhere(
    index: Index,
    quote: Quote,
    ranked: Sequence[Quote],
    asked: Sequence[str],
    passages: Sequence[Hit],
    hits_of: Callable[[str], Sequence[tuple[Passage, float]]],
    role_of: Callable[[Quote], float] | None,
    role: str,
    *,
    closest_only: bool,
) -> bool:
    """Return whether a passage of another story (`said_better_apart`) tells the question
    better than `quote`, both held against the whole question, the role asked included ("which
    head of a traders' body said ...?": a story on the feud naming no such body tells less of
    it than a quote whose sentence does), which the quote's speaker may hold (`role_of`). A
    passage naming the whole role of one holding all of it ("Axa" of an Axa spokesman) is the
    speaker's story, as one naming them is (`names_speaker`)."""
    directory = index.speakers
    person = directory.canonical(quote)
    fit = role_of(quote) if role_of is not None else 0.0
    held = tuple(tokenize(role)) if fit >= ROLE_FIT * ROLE_WEIGHT else ()
    # ... a passage naming the whole role of one who holds all of it is theirs
    whole = held if fit >= ROLE_WEIGHT else ()
    weights = index.engine.idf(asked)
    around = hits_of(quote.article_id)
    return said_better_apart(
        quote,
        printed_in(quote, ranked, directory.canonical),
        [
            hit
            for hit in passages
            if not names_speaker(hit.passage, person) and not _names_role(hit.passage, whole)
        ],
        asked,
        weights,
        around,
        spoken=None
        if closest_only
        else lambda: quote_evidence(quote, asked, around, weights, held=held).spoken_share,
        held=held,
    )


def _names_role(passage: Passage, role: Sequence[str]) -> bool:
    """Return whether `passage` holds every term of a role asked (none asked: False)."""
    return bool(role) and set(role) <= set(passage.stored_terms() or terms_of(passage.text))
