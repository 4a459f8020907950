"""Pages of the passages that give what a question asks by name, when the best passages do
not: a value ("population of X", `asked_values`), a year not of the archive's own time
(`asked_years`), an edition of a name ("halo 3", `asked_editions`). Each reads the first
VALUE_READ passages relevant to the question and keeps those that give it; None when none does
(the answer then says so: `passage_answers.passages_answer`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.asked_editions import Edition, of_editions
from qabot.search.asked_values import AskedValue
from qabot.search.asked_years import articles_naming, written_years
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit, Ranked
from qabot.search.retrieval import search, with_highlights
from qabot.search.story_answers import story_page
from qabot.search.who_did import naming_doers

VALUE_READ = 20  # relevant passages read for one giving what is asked ("population of X")


def giving_page(
    index: Index,
    words: str,
    value: AskedValue,
    ranked: Ranked,
    top: int,
    offset: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return the page of the passages that give the value asked, among the first VALUE_READ
    relevant to the rest of the question (the value's noun may be unwritten: "paid £20,000 a
    week" gives a wage), else `ranked` with a passage further down its best one's story that
    gives it first (`story_answers`), or None when none does."""
    searched = value.searched(words)
    found = search(index, searched, VALUE_READ, filters=filters, subject=True, highlight=False)
    giving = [hit for hit in found.hits if value.given(hit.passage)]
    if giving or offset:
        return _paged(index, searched, found, giving, top, offset)
    return story_page(index, words, ranked, lambda hit: value.given(hit.passage), top, filters)


def doer_page(
    index: Index, words: str, ranked: Ranked, top: int, offset: int, filters: Filters | None
) -> Ranked:
    """Return the page of the first VALUE_READ passages relevant to a "who did ...?" question
    with those naming someone beside its verb first (`who_did`), the others after them in
    their order; `ranked` when none names one or the first already tells the deed."""
    if naming_doers(words, ranked.hits[:1], named=False):
        return ranked
    found = search(index, words, VALUE_READ, filters=filters, subject=True, highlight=False)
    naming = naming_doers(words, found.hits)
    if not naming:
        return ranked
    ordered = naming + [hit for hit in found.hits if hit not in naming]
    page = _paged(index, words, found, ordered, top, offset)
    # (the weakly related passages are those the answer's own search counted)
    return replace(page, omitted=ranked.omitted) if page else ranked


def year_page(
    index: Index,
    words: str,
    years: frozenset[str],
    ranked: Ranked,
    top: int,
    offset: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return `ranked` when each of its passages is from an article that mentions the `years`
    asked (`asked_years`: not the archive's own); else the page of those that are among the
    first VALUE_READ relevant, or None when none is."""
    return _articles_page(
        index, words, lambda ids: articles_naming(index, ids, years), ranked, top, offset, filters
    )


def own_year_page(
    index: Index,
    words: str,
    years: frozenset[str],
    top: int,
    offset: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return the page of the passages that write the `years` asked (of the archive's own
    time: `asked_years.of_other_years`) among the first VALUE_READ relevant, or None when none
    does."""
    found = search(index, words, VALUE_READ, filters=filters, subject=True, highlight=False)
    kept = [hit for hit in found.hits if years <= written_years(hit.passage, hit.article)]
    return _paged(index, words, found, kept, top, offset)


def edition_page(
    index: Index,
    words: str,
    editions: list[Edition],
    ranked: Ranked,
    top: int,
    offset: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return `ranked` when each of its passages is from an article that may be about the
    edition of a name asked with a number (`asked_editions`: it writes the name, not only with
    other numbers); else the page of those that are among the first VALUE_READ relevant, or
    None when none is."""
    return _articles_page(
        index, words, lambda ids: of_editions(index, ids, editions), ranked, top, offset, filters
    )


def _articles_page(
    index: Index,
    words: str,
    kept_of: Callable[[set[str]], set[str]],
    ranked: Ranked,
    top: int,
    offset: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return `ranked` when `kept_of` keeps every article of its passages; else the page of the
    passages of kept articles among the first VALUE_READ relevant, or None when there is none."""
    articles = {hit.passage.article_id for hit in ranked.hits}
    if kept_of(articles) == articles:
        return ranked
    found = search(index, words, VALUE_READ, filters=filters, subject=True, highlight=False)
    kept_articles = kept_of({hit.passage.article_id for hit in found.hits})
    kept = [hit for hit in found.hits if hit.passage.article_id in kept_articles]
    return _paged(index, words, found, kept, top, offset)


def _paged(
    index: Index, words: str, found: Ranked, kept: list[Hit], top: int, offset: int
) -> Ranked | None:
    """Return `found` holding the page of `kept` (ranked anew), or None when it is empty.
    `found` is searched for `words` without best sentences: only the page's are marked (the
    others are never shown)."""
    if not kept[offset : offset + top]:
        return None
    page = [
        replace(hit, rank=rank)
        for rank, hit in enumerate(
            with_highlights(index, kept[offset : offset + top], words), start=offset + 1
        )
    ]
    return replace(found, hits=page, more=len(kept) > offset + top)
