"""Search hits as an engine returns them: the scores at once, every passage read when asked for.

`ScoredPassages` is what `Engine.search_scored` returns (`qabot.engines.base`): an answer reads
few of its candidates, and the numbers an engine stores beside them (kinds of figures, term
signatures, article keys and title signatures) tell it which, without reading the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from qabot.records import Passage

# of a stored passage: a key of its article (qabot.text.signatures.article_key) and the signature
# of its title's terms (title_signature; None when they were not stored)
Titled = tuple[int, int | None]
# a stored passage's terms (every sentence's, joined by spaces) and its title's (None: not stored)
StoredTerms = tuple[str, tuple[str, ...] | None]
# where a passage is: its article id, and its start and end in the article's text
Span = tuple[str, int, int]


class ScoredPassages:
    """Search hits best first: the scores at once, each passage read when first asked for.

    An answer fetches more candidates than it shows (duplicates and weak ones are dropped) and
    usually stops reading after the first few; reading a passage (pread, decompress, parse)
    costs far more than the search found it in.
    """

    __slots__ = (
        "_figures",
        "_figures_later",
        "_orders",
        "_orders_later",
        "_passages",
        "_read",
        "_signatures",
        "_signatures_later",
        "_span",
        "_terms",
        "_text",
        "_titles",
        "_titles_later",
        "held_beyond",
        "holding",
        "scores",
        "tied_to",
    )

    def __init__(
        self,
        scores: list[float],
        read: Callable[[int], Passage],
        figures: Sequence[int] | None = None,
        terms: Callable[[int], StoredTerms | None] | None = None,
        span: Callable[[int], Span] | None = None,
        text: Callable[[int], str] | None = None,
    ) -> None:
        self.scores = scores
        # of each hit, the kinds of dates and figures its text holds (qabot.text.figure_kinds;
        # 0: not known), when the engine stores them: read with the scores, not the passages
        self._figures = figures
        # of each hit, the signature of its distinct terms and their number (see IndexedPassage;
        # a number 0: not known), when the engine stores them
        self._signatures: Sequence[tuple[int, int]] | None = None
        # of each hit, a key of its article (equal for the passages of one article) and the
        # signature of its title's terms (None: not stored) (qabot.text.signatures), or None
        self._titles: Sequence[Titled | None] | None = None
        # of each hit, the order key of its article (qabot.text.signatures.order_key; None: not
        # stored), when the engine stores it: which hits may be in some articles, unread
        self._orders: Sequence[int | None] | None = None
        # how to read each when first asked for (`read_later`)
        self._figures_later: Callable[[], Sequence[int] | None] | None = None
        self._signatures_later: Callable[[], Sequence[tuple[int, int]] | None] | None = None
        self._titles_later: Callable[[], Sequence[Titled | None] | None] | None = None
        self._orders_later: Callable[[], Sequence[int | None] | None] | None = None
        # with `search_scored(..., holding=terms)`: which hits hold every one of those terms,
        # and whether a passage holding them all ranks below the hits (None, True: not known)
        self.holding: list[bool] | None = None
        self.held_beyond = True
        # how many hits the search had through the last of those tied with its last hit, when
        # it saw where that tie ends (None: not known); those kept of the tie come first in
        # passage order (a shorter search of the same query is cut from them: tantivy_search)
        self.tied_to: int | None = None
        self._read = read  # passage of hit i
        self._terms = terms  # ... its stored terms alone, when the engine reads them apart
        self._span = span  # ... where it is, when the engine reads that apart
        self._text = text  # ... its text, when the engine reads that apart
        self._passages: list[Passage | None] = [None] * len(scores)

    def read_later(
        self,
        figures: Callable[[], Sequence[int] | None],
        signatures: Callable[[], Sequence[tuple[int, int]] | None],
        titles: Callable[[], Sequence[Titled | None] | None] = lambda: None,
        orders: Callable[[], Sequence[int | None] | None] = lambda: None,
    ) -> None:
        """Read the stored figures, signatures, titles and article orders of the hits only when
        first asked for: a search for context alone never asks, and each is a read of a
        column."""
        self._figures_later, self._signatures_later = figures, signatures
        self._titles_later, self._orders_later = titles, orders

    @property
    def figures(self) -> Sequence[int] | None:
        later = self._figures_later
        if later is not None:
            self._figures = later()
            self._figures_later = None
        return self._figures

    @property
    def signatures(self) -> Sequence[tuple[int, int]] | None:
        later = self._signatures_later
        if later is not None:
            self._signatures = later()
            self._signatures_later = None
        return self._signatures

    @property
    def titles(self) -> Sequence[Titled | None] | None:
        later = self._titles_later
        if later is not None:
            self._titles = later()
            self._titles_later = None
        return self._titles

    @property
    def orders(self) -> Sequence[int | None] | None:
        later = self._orders_later
        if later is not None:
            self._orders = later()
            self._orders_later = None
        return self._orders

    @classmethod
    def of(cls, hits: Sequence[tuple[Passage, float]]) -> ScoredPassages:
        """Return read hits as ScoredPassages (an engine holding its passages in memory)."""
        return cls([score for _, score in hits], lambda i: hits[i][0])

    def first(self, k: int) -> ScoredPassages:
        """Return the first `k` hits (the passages read so far come along; what is read later
        is read for all and cut)."""
        if k >= len(self.scores):
            return self
        head = ScoredPassages(
            self.scores[:k], self._read, terms=self._terms, span=self._span, text=self._text
        )
        head.read_later(
            lambda: None if self.figures is None else self.figures[:k],
            lambda: None if self.signatures is None else self.signatures[:k],
            lambda: None if self.titles is None else self.titles[:k],
            lambda: None if self.orders is None else self.orders[:k],
        )
        head._passages = self._passages[:k]
        return head

    def picked(self, chosen: Sequence[int]) -> ScoredPassages:
        """Return the hits `chosen` (indexes, in that order) as hits of their own; their
        passages are read through these hits, so each is read once for both."""
        picked = list(chosen)
        view = ScoredPassages(
            [self.scores[j] for j in picked],
            lambda i: self.passage(picked[i]),
            terms=lambda i: self.terms(picked[i]),
            span=lambda i: self.span(picked[i]),
            text=lambda i: self.text(picked[i]),
        )
        view.read_later(
            lambda: None if self.figures is None else [self.figures[j] for j in picked],
            lambda: None if self.signatures is None else [self.signatures[j] for j in picked],
            lambda: None if self.titles is None else [self.titles[j] for j in picked],
            lambda: None if self.orders is None else [self.orders[j] for j in picked],
        )
        view._passages = [self._passages[j] for j in picked]
        return view

    def terms(self, i: int) -> StoredTerms | None:
        """Return the stored terms and title terms of hit `i` (None: not stored, or the engine
        reads them only with the passage), reading less than its passage when it is not read:
        enough to tell a candidate too weak to show."""
        passage = self._passages[i]
        if passage is not None:
            if not passage.sentence_terms:
                return None
            return " ".join(passage.sentence_terms), passage.title_terms
        return self._terms(i) if self._terms is not None else None

    def span(self, i: int) -> Span:
        """Return the article id, start and end of hit `i`, without making its passage when
        the engine reads them apart (enough to tell which articles and spans the hits cover)."""
        passage = self._passages[i]
        if passage is None and self._span is not None:
            return self._span(i)
        passage = self.passage(i)
        return passage.article_id, passage.start, passage.end

    def text(self, i: int) -> str:
        """Return the text of hit `i`, without making its passage when the engine reads it
        apart (enough to look for the question's words in it: making a passage of a record
        costs about what reading it does)."""
        passage = self._passages[i]
        if passage is None and self._text is not None:
            return self._text(i)
        return self.passage(i).text

    def passage(self, i: int) -> Passage:
        """Return the passage of hit `i`, reading it the first time."""
        passage = self._passages[i]
        if passage is None:
            passage = self._passages[i] = self._read(i)
        return passage

    def __len__(self) -> int:
        return len(self.scores)

    def __iter__(self) -> Iterator[tuple[Passage, float]]:
        """Yield (passage, score) pairs, reading each passage as it is reached."""
        for i, score in enumerate(self.scores):
            yield self.passage(i), score
