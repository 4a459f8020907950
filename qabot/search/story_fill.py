"""Story fill: the empty places of a short first page, from the stories it shows.

A story names its subject at the top and tells the detail asked about further down, in few of
the question's words ("The signal reaches ten metres at most" of a story opening on "wideband
radio"): that passage matches too little of the question to clear the relevance floor, or the
looser one of `short_pages.filled`, so an answer may show only its story's opening. Once an
answer is settled (found, its page filled as `short_pages` fills it), the places still empty
take the best-ranked further passages of the stories it shows that hold a question word their
shown passages lack, or SHARED of its words together ("Two task forces have been set up to
examine doping" under the opening of the IAAF's Monaco meeting: a story tells what came of it
in the words of its subject, a passage naming it once in passing does not). A full page whose
last passage is a later one of a story above it, holding no question word that story's passages
above lack (nor a date or figure a "when" or "how many" asks), gives that place to a passage
holding one when the story has one. Nothing else shown moves, and whether the answer is found
is decided before, from the passages that clear the floor on their own; a passage of another
story is never taken this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.duplicates import held_terms
from qabot.search.emphasis import answer_kinds
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit
from qabot.search.relevance import relevance_terms, search_terms
from qabot.search.retrieval import with_highlights
from qabot.text.signatures import order_key

FILL_READ = 20  # candidates searched for further passages of the shown stories
SHARED = 2  # question words a passage adding none fills an empty place with, together


def story_filled(
    index: Index, words: str, hits: Sequence[Hit], top: int, filters: Filters | None
) -> list[Hit]:
    """Return `hits`, a first page for `words`, with its empty places (of `top`) taken by
    further passages of its stories (less what a shown passage holds of them), each holding a
    question word its story's shown passages lack or SHARED of them; a full page's last
    passage, when it adds no question word to its story's above it, gives way to a passage
    adding one if there is one."""
    page = list(hits)
    if not page or len(page) > top:
        return page
    weights = {t: w for t, w in index.engine.idf(relevance_terms(words)).items() if w > 0}
    held: dict[str, set[str]] = {}
    dropped = None
    if len(page) == top:
        last = page[-1]
        before: set[str] = set()
        for hit in page[:-1]:
            if hit.passage.article_id == last.passage.article_id:
                before |= held_terms(hit.passage, weights)
        if not before or held_terms(last.passage, weights) - before:
            return page
        if any(kind.search(last.passage.text) for kind in answer_kinds(words)):
            return page  # it may give the date or figure asked in words already shown
        dropped, page = last, page[:-1]
    for hit in page:
        held.setdefault(hit.passage.article_id, set()).update(held_terms(hit.passage, weights))
    articles = {hit.passage.article_id: hit.article for hit in page}
    where = filters.passage_filter() if filters else None
    candidates = index.engine.search_scored(search_terms(words), FILL_READ, where)
    # a candidate whose stored article key is none of the stories' is of another, unread
    orders, keys = candidates.orders, {order_key(article) for article in held}
    own = len(page)
    for i in range(len(candidates)):
        if len(page) >= top:
            break
        if orders is not None and orders[i] is not None and orders[i] not in keys:
            continue
        story = held.get(candidates.span(i)[0])
        if story is None:
            continue
        passage = _unshown(candidates.passage(i), [hit.passage for hit in page])
        terms = held_terms(passage, weights) if passage is not None else frozenset()
        if passage is None or not (terms - story or (dropped is None and len(terms) >= SHARED)):
            # it holds no question word its story's shown passages lack, nor (for an empty
            # place) SHARED of them together
            continue
        story.update(terms)
        article = articles[passage.article_id]
        page.append(Hit(len(page) + 1, candidates.scores[i], passage, article, ""))
    if dropped is not None and len(page) == own:
        return [*page, dropped]
    return page[:own] + with_highlights(index, page[own:], words)


def _unshown(passage: Passage, shown: Sequence[Passage]) -> Passage | None:
    """Return the part of `passage` that no passage of `shown` holds: the passage itself, or
    the end (or start) of it past one it overlaps; None when nothing whole is left."""
    start, end = passage.start, passage.end
    for other in shown:
        if other.article_id != passage.article_id or other.end <= start or end <= other.start:
            continue
        if other.start <= start and end <= other.end:
            return None
        if other.start <= start:
            start = other.end
        elif end <= other.end:
            end = other.start
        else:
            return None  # it holds the other whole, and more either side
    if (start, end) == (passage.start, passage.end):
        return passage
    return passage.cut(start - passage.start, end - passage.start)
