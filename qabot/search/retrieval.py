"""Retrieval: Index + question -> ranked, de-duplicated, relevant Hits with their best sentence.

The engine ranks passages; this step reads as few of them as the page needs (`selection`),
drops near-duplicates (overlapping passages of one article, the same story saved twice:
`duplicates`), keeps the passages that are about the question (`relevance`), attaches the
article and picks the sentence to emphasise (`emphasis`); for "how many X" and "how much", the
passages that count X or give the sum asked come first (`counted_first`). Its records, `Hit`
and `Ranked`, are in `hit_record`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage, Quote
from qabot.search.article_titles import article_title_terms
from qabot.search.asked_sums import takings_verb
from qabot.search.candidate_limits import (
    candidates_for,
    last_answering,
    last_holding,
    none_holding_relevant,
)
from qabot.search.counted_first import counting_first, sums_first
from qabot.search.duplicates import held_terms
from qabot.search.emphasis import answer_kinds, asks_when, best_sentence
from qabot.search.event_dates import dated_first
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit, Ranked
from qabot.search.relevance import (
    ABOUT_SHARE,
    COVERAGE_SHARE,
    coverage,
    relevance_terms,
    search_terms,
)
from qabot.search.selection import select
from qabot.search.subject import Subject
from qabot.search.subject_casing import firm_in_lower_case, guess_outscored
from qabot.search.subject_reading import subject_of

# Bounds on what any caller may ask for (offsets come back from Telegram buttons, which anyone
# can forge): the engine allocates for offset + top hits, so neither may be arbitrary.
MAX_TOP = 50  # passages per answer or page
MAX_OFFSET = 1000  # passages skipped by "More results"; no page starts further down


def bounded(top: int, offset: int) -> tuple[int, int]:
    """Return `top` and `offset` clamped to 0..MAX_TOP and 0..MAX_OFFSET."""
    return min(max(int(top), 0), MAX_TOP), min(max(int(offset), 0), MAX_OFFSET)


# "latest ...": among the best RECENT_POOL relevant passages, those scoring at least
# RELEVANT_SHARE of the best are ordered newest first; the rest follow by score
RECENT_POOL = 30
RELEVANT_SHARE = 0.5
# "when / how many / how much": among the best ANSWER_POOL relevant passages, those holding a
# date or figure come first and the others are left out (when at least one holds one)
ANSWER_POOL = 20
# reading stops at this many candidates when none mentions the question's subject
SUBJECT_READ_MAX = 256


def newest_first(index: Index, ranked: list[tuple[Passage, float]]) -> list[tuple[Passage, float]]:
    """Return the passages scoring RELEVANT_SHARE of the best newest first, then the others by
    score: "latest" asks for recent news about the words, not for any recent news."""
    if not ranked:
        return ranked
    floor = RELEVANT_SHARE * ranked[0][1]
    relevant = [item for item in ranked if item[1] >= floor]
    rest = [item for item in ranked if item[1] < floor]
    articles = index.articles

    def published(item: tuple[Passage, float]) -> str:
        info = articles.get(item[0].article_id)
        return (info.date or "") if info else ""

    return sorted(relevant, key=published, reverse=True) + rest  # stable: ties keep score order


def search(
    index: Index,
    question: str,
    k: int,
    offset: int = 0,
    *,
    shown: Sequence[Quote] = (),
    filters: Filters | None = None,
    about: Sequence[str] = (),
    highlight: bool = True,
    only: Callable[[Passage], bool] | None = None,
    enough: int = 0,
    holding: Sequence[str] = (),
    subject: bool = False,
    counted: bool = True,
    share: float = COVERAGE_SHARE,
) -> Ranked:
    """Return the relevant hits ranked offset+1 .. offset+k for `question`.

    `shown` are quotes the answer shows above the passages: a passage repeating them is cut to
    what it adds, or left out. The hits of every page clear the same floor, set by the best.
    `k` and `offset` are clamped (see `bounded`); no further page is offered past MAX_OFFSET.
    `filters` restrict the articles (in the engine) and, when `recent`, put the newest of the
    relevant passages first. With `about` (a topic's terms), a passage must mention the topic
    (hold half its weight): after a person's quotes, passages about them alone do not answer.
    Without `highlight`, hits come without their best sentence (`with_highlights` adds it to
    the few a caller keeps). With `only`, the hits are those of the page that `only` admits,
    and reading stops once `enough` relevant passages pass it (the caller needs no more);
    `holding` are terms every passage `only` admits holds (then reading stops past the last
    candidate holding them, which the engine tells without reading them; when none of those
    can clear the floor, nothing is read past the best: no hits, and `more` False).
    `omitted` counts the weakly related passages among the candidates read for this page.
    With `subject`, a passage must mention the question's names (or its rarest word, when it
    weighs half the question: see `qabot.search.subject`); `lacking` says which when none does.
    `share` is the share of the best hit's coverage a passage must match (`relevance.Floor`).
    Unless `counted`, `omitted` is not exact (a caller showing no count is spared comparing
    each weak candidate with those before it: `selection.select`), and with `holding` on a
    first page, a candidate lacking those terms may be left unread (`unread_candidates`): the
    hits are the same, but their ranks may leave out the relevant passages left unread.
    """
    k, offset = bounded(k, offset)
    terms = search_terms(question)
    if not terms or k <= 0:
        return Ranked()
    where = filters.passage_filter() if filters else None
    recent = bool(filters and filters.recent)
    weights = index.engine.idf(relevance_terms(question))
    topic = index.engine.idf(list(dict.fromkeys(about))) if about else None
    wanted = offset + k + 1  # one extra tells the caller whether a further page exists
    if recent:
        wanted = max(wanted, RECENT_POOL)
    kinds = answer_kinds(question)
    if kinds:
        wanted = max(wanted, ANSWER_POOL)

    def answers(passage: Passage) -> bool:
        return any(kind.search(passage.text) for kind in kinds)

    test = only
    if kinds and only is None:
        # the page is known once offset+k+1 relevant passages hold the answer's kind of word
        # ... unless the pool is reordered by what it counts: then only once it is read whole,
        # or the first page would depend on its size ("how much is X costing": the sum of X
        # may stand in the pool's tenth passage, which a page of 3 never read)
        test, enough = answers, wanted if sums_first(question) else offset + k + 1
    if recent or enough <= 0 or (kinds and only is not None):
        enough = wanted  # newest first orders the whole pool; both tests: read it all
    fetch = candidates_for(wanted)
    page_size = enough if only is not None else offset + k + 1
    # the page is then `only`'s passages among the relevant ones, read in rank order
    marked = holding if only is not None and not kinds and not recent else ()
    # the best candidate sets the floor (no topic or subject test may pass it over)
    plain_floor = not (about or subject or shown)
    about_subject: Subject | None = None
    need: tuple[str, ...] = ()  # terms every passage mentioning the subject holds
    while True:
        candidates = index.engine.search_scored(terms, fetch, where, marked or need)
        if subject and about_subject is None:
            about_subject = subject_of(index, question, weights, candidates)
        if marked:  # only passages holding `holding` can pass: none past the last of them
            if plain_floor and none_holding_relevant(
                index, candidates, weights, share, wanted, fetch
            ):
                return Ranked()  # ... and none of them can be relevant: nothing passes
            last, settled, beyond = last_holding(candidates), 0, candidates.held_beyond
        else:
            last = last_answering(candidates, kinds) if test is answers else None
            settled = wanted if recent else page_size  # newest first orders the whole pool
            beyond = True
        selection = select(
            index,
            candidates,
            terms,
            weights,
            shown,
            wanted,
            topic,
            test,
            enough,
            page_size,
            last,
            settled,
            beyond,
            kinds if test is answers else (),
            about_subject,
            kinds if test is not answers else (),
            counted,
            share,
            candidates.holding if marked and not offset else None,
        )
        # fetch more only when repeats and duplicates used the candidates up: past weakly
        # related ones, further candidates rank lower still
        short = not selection.full and selection.count + selection.omitted < wanted
        if about_subject and guess_outscored(
            index, candidates, selection.relevant, about_subject, weights
        ):
            # "dubai championships" guessed a name, the best passage writes "Dubai Tennis
            # Championships": the words stand apart in it, and the guess was no name
            about_subject, need = about_subject.without_loose(), ()
            continue
        if about_subject and not selection.relevant:
            if about_subject.loose:  # no passage writes its lower-case words as the names
                about_subject, need = about_subject.without_loose(), ()
                continue
            if not need and not marked and about_subject.needed():
                # none mentions it: search again, the engine marking the candidates that
                # hold its words (only those are read from here on)
                need = about_subject.needed()
                continue
            # ... further down, if a passage there holds its words
            short = fetch * 4 <= SUBJECT_READ_MAX and (not need or candidates.held_beyond)
        if not short or selection.below_floor or len(candidates) < fetch:
            break
        fetch *= 4
    hits = []
    kept, omitted = selection.relevant, selection.omitted
    if kinds:
        flags = (
            selection.passing
            if only is None
            else [
                known if known is not None else answers(passage)
                for (passage, _), known in zip(kept, selection.flags, strict=True)
            ]
        )
        answering = [item for item, ok in zip(kept, flags, strict=True) if ok]
        if answering:  # the others cannot answer "when" or "how many": count, don't show
            kept, omitted = answering, omitted + len(kept) - len(answering)
        kept = counting_first(kept, question, weights)  # "575 million PCs" for "how many PCs"
        if asks_when(question):  # "the tsunami, which ravaged Asia on 26 December" first
            kept = dated_first(kept, weights)
        if takings_verb(question):
            # the verbs of takings searched beside the question's words rank any film's takings:
            # only a passage holding half the question's own weight is about what is asked
            about_asked = [item for item in kept if _about_asked(index, item[0], weights)]
            kept, omitted = about_asked, omitted + len(kept) - len(about_asked)
    kept = newest_first(index, kept) if recent else kept
    # where each stands among the relevant ones, those left unread counted (`select`)
    places = range(len(kept)) if kinds or recent else selection.places
    page = [
        (place + 1, item)
        for place, item in zip(places, kept, strict=True)
        if offset <= place < offset + k
    ]
    if only is not None:
        page = [(rank, item) for rank, item in page if only(item[0])]
    for rank, (passage, score) in page:
        article = index.articles.get(passage.article_id) or ArticleInfo(
            id=passage.article_id, path="", title=""
        )
        sentence = best_sentence(passage, weights, question) if highlight else ""
        hits.append(Hit(rank, score, passage, article, sentence))
    total = len(kept) if kinds or recent else selection.count
    more = total > offset + k and offset + k <= MAX_OFFSET
    if about_subject is None:
        return Ranked(hits, more, omitted)
    found = about_subject
    lacking = found.lacking() if found and not selection.relevant else ""
    firm = found.firm()
    return Ranked(
        hits,
        more,
        omitted,
        lacking,
        firm,
        found.terms(),
        found.needed(),
        found.firm_names(),
        firm and firm_in_lower_case(index, question, weights, candidates, found),
    )


def _about_asked(index: Index, passage: Passage, weights: dict[str, float]) -> bool:
    """Return whether `passage` (its text, its title at half) holds ABOUT_SHARE of the question's
    weight (`weights`)."""
    info = index.articles.get(passage.article_id)
    title = article_title_terms(passage, info.title) if info else ()
    return coverage(weights, held_terms(passage, weights), title) >= ABOUT_SHARE


def with_highlights(index: Index, hits: Sequence[Hit], question: str) -> list[Hit]:
    """Return `hits` of `search(..., highlight=False)` for `question` with their best
    sentence, as search would have given them."""
    weights = index.engine.idf(relevance_terms(question))
    return [replace(hit, highlight=best_sentence(hit.passage, weights, question)) for hit in hits]
