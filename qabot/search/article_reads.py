"""What a role question reads of an article, read once: a role's possible holders are weighed
one by one (`role_owners.owned`), and the articles they are quoted in are mostly the same, so
their passages and quotes are kept for the next one instead of being read again each time."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from qabot.indexing import Index
from qabot.records import Passage, Quote

T = TypeVar("T")


@dataclass(slots=True)
class ArticleReads:
    """The passages, quotes and speakers of the articles read so far for one question."""

    index: Index
    _passages: dict[str, list[Passage]] = field(default_factory=dict)
    _quotes: dict[str, list[Quote]] = field(default_factory=dict)
    _quoted: dict[str, frozenset[str]] = field(default_factory=dict)
    _worked: dict[tuple[Hashable, ...], object] = field(default_factory=dict)

    def passages(self, article: str) -> list[Passage]:
        """Return the article's passages in order."""
        if article not in self._passages:
            self._passages[article] = self.index.passages_of(article)
        return self._passages[article]

    def quotes(self, articles: list[str]) -> list[Quote]:
        """Return the quotes of these articles, article by article."""
        for article in articles:
            if article not in self._quotes:
                self._quotes[article] = self.index.quotes_of_articles([article])
        return [quote for article in articles for quote in self._quotes[article]]

    def quoted_in(self, article: str) -> frozenset[str]:
        """Return the canonical names of everyone the article quotes."""
        if article not in self._quoted:
            speakers = self.index.speakers
            self._quoted[article] = frozenset(
                speakers.canonical(q) for q in self.quotes([article])
            )
        return self._quoted[article]

    def worked_out(self, key: tuple[Hashable, ...], work: Callable[[], T]) -> T:
        """Return what `work` finds, found once for every person weighed (`key`: all it
        depends on, an article's id among them): most of a test of a person's articles is
        of the article alone ("does its title name the owner?")."""
        if key not in self._worked:
            self._worked[key] = work()
        return cast(T, self._worked[key])
