"""What surrounds a "who said ...?" candidate, for `who_said_ranking`: a hit passage ending
just before the quote (`beside`), and the other people quoted in its article (`other_speakers`,
`others_named`), of whom its headline counts as half of one. (The words of a report's sentence
besides the report: `Quote.words_around`, whose terms an index stores.)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence

from qabot.attribution import is_group
from qabot.records import Quote
from qabot.search.quote_ranking import Context
from qabot.search.speaker_clues import surname_terms


def other_speakers(
    quotes: Sequence[Quote],
    documents: Sequence[Collection[str]],
    terms: set[str],
    people: Sequence[str],
    headlines: Callable[[str], Collection[str]] | None = None,
) -> Callable[[int, str], float]:
    """Return how many speakers other than quote i's (`people`: each quote's), in its
    article, hold term t in their words or the sentences attributing them (`documents`); with
    `headlines` (an article's title terms by its id), `HEADLINE_SHARE` more where its title
    holds t. A question borrows its story's headline ("who expected other firms to copy Acme
    and free their patents?" of "Acme frees its patents"): a quote saying a word of it is about
    the story, as every quote of the story is, more than it tells its speaker apart."""
    holders: dict[tuple[str, str], set[str]] = {}
    headline: dict[str, frozenset[str]] = {}  # the terms asked that each title holds
    for quote, document, person in zip(quotes, documents, people, strict=True):
        for term in terms.intersection(document):
            holders.setdefault((quote.article_id, term), set()).add(person)
        if headlines is not None and quote.article_id not in headline:
            headline[quote.article_id] = frozenset(terms.intersection(headlines(quote.article_id)))

    def others(i: int, term: str) -> float:
        article = quotes[i].article_id
        held = holders.get((article, term), set())
        titled = HEADLINE_SHARE if term in headline.get(article, ()) else 0.0
        return len(held) - (people[i] in held) + titled

    return others


# what a title holding a term counts for among the other speakers holding it: a quote saying a
# word of its headline weighs it less than its own. Dev who-said at 0.25 / 0.5 / 0.75 / 1:
# 854 / 855 / 854 / 854 of 1,002 against 852 without (the words, narration and credited names
# alike); a headline word credited to every quote of the story instead gained nothing (852)
HEADLINE_SHARE = 0.5


def others_named(
    quotes: Sequence[Quote], people: Sequence[str]
) -> Callable[[int], frozenset[str]]:
    """Return, for quote i, the surnames (as terms) of the other people quoted in its article
    (`people`: each quote's speaker): narration naming one of them ("Ruiz hugged the
    groundsman." before '"We were lucky," said Bell.') tells of them, not of what follows it."""
    named: dict[str, dict[str, frozenset[str]]] = {}
    for quote, person in zip(quotes, people, strict=True):
        if person[:1].isupper() and not is_group(person):
            there = named.setdefault(quote.article_id, {})
            if person not in there:
                there[person] = frozenset(surname_terms(person))
    # every surname of an article's people at once, not once a quote
    everyone = {a: frozenset().union(*there.values()) for a, there in named.items()}

    def others(i: int) -> frozenset[str]:
        article = quotes[i].article_id
        own = named.get(article, {}).get(people[i], frozenset())
        return everyone.get(article, frozenset()) - own

    return others


# a passage ending just before a quote (or opening just after it) often holds the writer's
# setting of it, cut from the words by the passage's length limit ("The singer was unhappy that
# most winners were American." then "We need more bands from home,"): the quote keeps _BESIDE
# of that passage's score where its own scores less
_BESIDE = 0.8
_BESIDE_GAP = 100  # characters between such a passage and the quote


def beside(context: Context, quote: Quote) -> float:
    """Return _BESIDE of the score of the best passage ending or opening within _BESIDE_GAP
    characters of `quote` (0 to 1, as `Context.passage`)."""
    near = max(
        (
            score
            for start, end, score in context.spans.get(quote.article_id, ())
            if quote.start - _BESIDE_GAP <= end <= quote.start
            or quote.end <= start <= quote.end + _BESIDE_GAP
        ),
        default=0.0,
    )
    return _BESIDE * near / context.best


def held_or_beside(context: Context, quote: Quote) -> float:
    """Return `max(context.passage(quote), beside(context, quote))`, the article's spans read
    once: a "who said ...?" answer asks it of every quote of its articles, and of those only
    the spans starting near the quote (`Context.by_start`), the rest meeting it in no way."""
    held: float | None = None
    near: float | None = None
    start, end = quote.start, quote.end
    starts, rows, longest = context.by_start(quote.article_id)
    lo = bisect_left(starts, start - _BESIDE_GAP - longest)
    hi = bisect_right(starts, end + _BESIDE_GAP, lo)
    for a, b, score in rows[lo:hi]:
        if a < end and start < b and (held is None or score > held):
            held = score
        if (start - _BESIDE_GAP <= b <= start or end <= a <= end + _BESIDE_GAP) and (
            near is None or score > near
        ):
            near = score
    return max(
        (0.0 if held is None else held) / context.best, _BESIDE * (near or 0.0) / context.best
    )
