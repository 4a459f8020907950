"""The analysed terms of an article's title, which many steps of an answer compare with the
question: stored with the passage at index time, else analysed once and kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from qabot.records import Passage
from qabot.text import tokenize

TITLES_KEPT = 16384  # analysed titles kept (about 300 bytes each: the title is the article's)


@lru_cache(maxsize=TITLES_KEPT)
def title_terms(title: str) -> tuple[str, ...]:
    """Return the analysed terms of an article title; the same articles come back question
    after question, so their last titles are kept (a tuple: a third of a set's memory)."""
    return tuple(tokenize(title))


def article_title_terms(passage: Passage, title: str) -> tuple[str, ...]:
    """Return the analysed terms of the passage's article title, `title`: as stored with the
    passage at index time, else analysed here."""
    stored = passage.title_terms
    return stored if stored is not None else title_terms(title)


def headline_terms(titles: Callable[[str], str | None]) -> Callable[[str], tuple[str, ...]]:
    """Return what gives the analysed terms of an article's title by its id, from `titles` (an
    article's title by its id, None for no such article: `StoredArticles.title`, which reads
    it without decoding the record)."""

    def of(article_id: str) -> tuple[str, ...]:
        title = titles(article_id)
        return title_terms(title) if title is not None else ()

    return of
