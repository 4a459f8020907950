"""Which stories among the passages a topic finds tell it, for `speaker_quotes.spoken`: a
story's found passages and its title are read together, since a passage alone may name the topic
once in passing and a title may name what its passages leave out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.quote_ranking import Context
from qabot.text import lowered, terms_of, tokenize, whole_words
from qabot.text.patterns import LETTER_WORD


def title(index: Index, quote: Quote) -> str:
    """Return the title of the article holding `quote` ("" when unknown)."""
    return title_of(index, quote.article_id)


def mentions_apart(found: Context, article_id: str) -> int:
    """Return how many passages of the article that `found` holds do not overlap: one sentence
    naming the topic (in two passages sharing its paragraph) does not make the article about it,
    however well it scores where the archive holds little else on the topic."""
    count, end = 0, -1
    for start, stop, _ in sorted(found.spans.get(article_id, ())):
        if start >= end:
            count += 1
            end = stop
    return count


def in_whole_stories(
    index: Index,
    quotes: list[Quote],
    speakers: frozenset[str],
    topic: set[str],
    hits: list[tuple[Passage, float]],
) -> list[Quote]:
    """Return `quotes` without those of `speakers` whose article lacks a word of `topic` (in
    the passages found by the topic, or its title), when some quote's article holds them all:
    "what did police say about the crash in Miami?" is not answered by a Miami Beach police
    spokesman speaking of a death in a hotel there."""
    held = terms_by_article(hits)
    whole = {
        q.article_id
        for q in quotes
        if topic <= held.get(q.article_id, set()) | set(terms_of(title(index, q)))
    }
    if not whole:
        return quotes
    return [q for q in quotes if q.speaker not in speakers or q.article_id in whole]


def naming(topic: str | None, hits: list[tuple[Passage, float]]) -> set[str] | None:
    """Return the articles among `hits` (the topic's passages) that hold every name the topic
    holds: a word of it those passages always write with a capital ("graz" of "the cup win
    over graz", read as "Graz"); None when the topic names nothing."""
    names: set[str] = set()
    # joined by NUL (no word character): a whole word of one text is one of the joined texts
    joined = "\0".join(passage.text for passage, _ in hits) if topic else ""
    lower = lowered(joined) if topic else None
    for word in set(LETTER_WORD.findall(topic or "")):
        seen = whole_words(joined, lower, word)  # without a pattern where ASCII tells
        if seen is None:
            written = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            seen = [found.group(0) for found in written.finditer(joined)]
        if seen and all(w[:1].isupper() for w in seen):
            names.update(tokenize(word))
    if not names:
        return None
    held = terms_by_article(hits)
    return {article for article, terms in held.items() if names <= terms}


def telling_stories(
    index: Index, telling: Collection[str], hits: list[tuple[Passage, float]]
) -> set[str] | None:
    """Return the articles among `hits` (the topic's passages) whose passages found or title
    hold a term of `telling`: only those are another story on the topic whose words may take a
    place among the first a story's own would fill ("the Wales coach on resting his players" is
    his interview on the rest, not his words on a new cap's "international size"); None when
    there is no such term."""
    wanted = set(telling)
    if not wanted:
        return None
    held = terms_by_article(hits)
    return {
        article
        for article, terms in held.items()
        if not wanted.isdisjoint(terms | set(terms_of(title_of(index, article))))
    }


def terms_by_article(hits: list[tuple[Passage, float]]) -> dict[str, set[str]]:
    """Return, per article among `hits`, the terms its passages found hold: what the topic's
    passages tell of each story, read once however many passages it has."""
    held: dict[str, set[str]] = {}
    for passage, _ in hits:
        held.setdefault(passage.article_id, set()).update(
            passage.stored_terms() or terms_of(passage.text)
        )
    return held


def title_of(index: Index, article_id: str) -> str:
    """Return the title of article `article_id` ("" when unknown)."""
    info = index.articles.get(article_id)
    return info.title if info else ""
