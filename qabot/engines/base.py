"""The engine protocol: what every ranking engine provides, and what it is given.

An engine stores passages with their analyzed terms (from `qabot.text.analyze`, never its own
tokenizer) and returns the best ones for a list of question tokens. Life cycle, per index
generation folder:

    writer = Engine.create(new_dir, previous=old_dir)   # starts as a copy of old_dir (or empty)
    writer.remove({"article-id", ...}); writer.add([IndexedPassage(...), ...]); writer.commit()
    reader = Engine.open(new_dir)                       # read-only, cheap to open
    reader.search(["stoltenberg", "said"], k=10) -> [(Passage, score), ...] best first, score > 0
    reader.idf(["stoltenberg", "said"]) -> {"stoltenberg": 4.1, "said": 0.3}
    reader.newest(k=10, where=...) -> [Passage, ...]  the openings of the newest articles
    reader.search(tokens, k=10, where=PassageFilter(first_day=..., outlets=frozenset({"bbc"})))
    reader.search_scored(tokens, k=10) -> ScoredPassages: the same hits, each passage read only
                                          when asked for (an answer reads few of its candidates)

Each passage carries its article's day (`qabot.records.day_number`, 0 when undated) and outlet
(`qabot.records.outlet_key`), stored so that a filter on them costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol, Self

from qabot.records import Passage

# of a stored passage: a key of its article (qabot.text.signatures.article_key) and the signature
# of its title's terms (title_signature; None when they were not stored)
Titled = tuple[int, int | None]
# a stored passage's terms (every sentence's, joined by spaces) and its title's (None: not stored)
StoredTerms = tuple[str, tuple[str, ...] | None]
# where a passage is: its article id, and its start and end in the article's text
Span = tuple[str, int, int]


class IndexedPassage(NamedTuple):
    """A passage with its analyzed terms, as `qabot.text.analyze` gives them.

    Terms are one string joined by spaces: cheap to pickle from analysis workers (a named tuple
    pickles as a tuple), and what tantivy reads. With `title_terms` the engine weighs title words
    itself; without them, the title words are inside `terms`.
    """

    passage: Passage
    terms: str
    title_terms: str | None = None
    day: int = 0  # the article's publication day (qabot.records.day_number), 0 when unknown
    outlet: str = ""  # the article's outlet, folded (qabot.records.outlet_key), "" when unknown
    # the kinds of dates and figures the text holds (qabot.text.figure_kinds), 0 when not known
    figures: int = 0
    # the signature of the passage's distinct terms and their number (qabot.text.term_signature,
    # of its stored sentence terms), 0 when not known
    signature: int = 0
    distinct: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class PassageFilter:
    """Which passages a search may return: a day range, a set of outlets, a set of articles
    (None: any).

    A passage of an undated article matches no day range; one of an article without an outlet
    matches no outlet set. `articles` serves speaker resolution (the articles of several people
    searched at once), not the user's filters.
    """

    first_day: int | None = None  # day numbers, both ends included
    last_day: int | None = None
    outlets: frozenset[str] | None = None  # folded outlet names (qabot.records.outlet_key)
    articles: frozenset[str] | None = None  # article ids

    def __bool__(self) -> bool:
        return (
            self.first_day is not None
            or self.last_day is not None
            or self.outlets is not None
            or self.articles is not None
        )

    def matches(self, day: int, outlet: str, article_id: str | None = None) -> bool:
        """Tell whether a passage of this day, outlet (and article, when given) passes
        (engines filtering in Python)."""
        if (self.first_day is not None or self.last_day is not None) and day <= 0:
            return False
        return (
            (self.first_day is None or day >= self.first_day)
            and (self.last_day is None or day <= self.last_day)
            and (self.outlets is None or outlet in self.outlets)
            and (self.articles is None or article_id is None or article_id in self.articles)
        )


class ScoredPassages:
    """Search hits best first: the scores at once, each passage read when first asked for.

    An answer fetches more candidates than it shows (duplicates and weak ones are dropped) and
    usually stops reading after the first few; reading a passage (pread, decompress, parse)
    costs far more than the search found it in.
    """

    __slots__ = (
        "_figures",
        "_figures_later",
        "_passages",
        "_read",
        "_signatures",
        "_signatures_later",
        "_span",
        "_terms",
        "_titles",
        "_titles_later",
        "held_beyond",
        "holding",
        "scores",
    )

    def __init__(
        self,
        scores: list[float],
        read: Callable[[int], Passage],
        figures: Sequence[int] | None = None,
        terms: Callable[[int], StoredTerms | None] | None = None,
        span: Callable[[int], Span] | None = None,
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
        # how to read each when first asked for (`read_later`)
        self._figures_later: Callable[[], Sequence[int] | None] | None = None
        self._signatures_later: Callable[[], Sequence[tuple[int, int]] | None] | None = None
        self._titles_later: Callable[[], Sequence[Titled | None] | None] | None = None
        # with `search_scored(..., holding=terms)`: which hits hold every one of those terms,
        # and whether a passage holding them all ranks below the hits (None, True: not known)
        self.holding: list[bool] | None = None
        self.held_beyond = True
        self._read = read  # passage of hit i
        self._terms = terms  # ... its stored terms alone, when the engine reads them apart
        self._span = span  # ... where it is, when the engine reads that apart
        self._passages: list[Passage | None] = [None] * len(scores)

    def read_later(
        self,
        figures: Callable[[], Sequence[int] | None],
        signatures: Callable[[], Sequence[tuple[int, int]] | None],
        titles: Callable[[], Sequence[Titled | None] | None] = lambda: None,
    ) -> None:
        """Read the stored figures, signatures and titles of the hits only when first asked
        for: a search for context alone never asks, and each is a read of a column."""
        self._figures_later, self._signatures_later = figures, signatures
        self._titles_later = titles

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

    @signatures.setter
    def signatures(self, signatures: Sequence[tuple[int, int]] | None) -> None:
        self._signatures, self._signatures_later = signatures, None

    @property
    def titles(self) -> Sequence[Titled | None] | None:
        later = self._titles_later
        if later is not None:
            self._titles = later()
            self._titles_later = None
        return self._titles

    @classmethod
    def of(cls, hits: Sequence[tuple[Passage, float]]) -> ScoredPassages:
        """Return read hits as ScoredPassages (an engine holding its passages in memory)."""
        return cls([score for _, score in hits], lambda i: hits[i][0])

    def first(self, k: int) -> ScoredPassages:
        """Return the first `k` hits (the passages read so far come along; what is read later
        is read for all and cut)."""
        if k >= len(self.scores):
            return self
        head = ScoredPassages(self.scores[:k], self._read, terms=self._terms, span=self._span)
        head.read_later(
            lambda: None if self.figures is None else self.figures[:k],
            lambda: None if self.signatures is None else self.signatures[:k],
            lambda: None if self.titles is None else self.titles[:k],
        )
        head._passages = self._passages[:k]
        return head

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


class Engine(Protocol):
    """What every engine provides; see the module docstring for the life cycle."""

    name: str
    # True when removed passages keep their stored text until a rebuild (append-only storage):
    # `update_index` then rebuilds once more text is dead than alive
    keeps_removed_text: bool

    @classmethod
    def create(cls, directory: Path, previous: Path | None = None) -> Self:
        """Return a writer for a new generation in `directory`, starting from `previous`."""
        ...

    @classmethod
    def open(cls, directory: Path) -> Self:
        """Return a read-only engine over a committed generation."""
        ...

    def add(self, passages: Iterable[IndexedPassage]) -> None:
        """Add passages with their analyzed terms (see IndexedPassage)."""
        ...

    @classmethod
    def prepare(cls, passages: list[IndexedPassage]) -> Sequence[object]:
        """Return `passages` as `add_prepared` takes them, made where the passages are (an
        analysis worker): whatever needs no index is done there, and what is sent to the
        indexing process is a few plain objects a passage, quick to pickle and unpickle."""
        ...

    def add_prepared(self, prepared: Sequence[object]) -> None:
        """Add passages made by `prepare`: as `add(passages)` would."""
        ...

    def remove(self, article_ids: Collection[str]) -> None:
        """Remove every passage of these articles."""
        ...

    def commit(self) -> None:
        """Write everything added/removed so far into `directory`."""
        ...

    def close(self) -> None:
        """Release open files without committing (a build that failed half-way)."""
        ...

    def search(
        self, tokens: list[str], k: int, where: PassageFilter | None = None
    ) -> list[tuple[Passage, float]]:
        """Return up to k passages matching at least one token, best first, all scores > 0;
        with `where`, only passages it lets through (scores are those of the unfiltered search).
        """
        ...

    def search_scored(
        self,
        tokens: list[str],
        k: int,
        where: PassageFilter | None = None,
        holding: Sequence[str] = (),
    ) -> ScoredPassages:
        """Return what `search` returns, each passage read only when asked for; with
        `holding`, say which hits hold all those terms (`ScoredPassages.holding`)."""
        ...

    def passages_of(self, article_id: str) -> list[Passage]:
        """Return the passages of one article in position order (listings, not answering)."""
        ...

    def newest(self, k: int, where: PassageFilter | None = None) -> list[Passage]:
        """Return the first passage of each of the k newest dated articles `where` lets
        through, newest first ("what's new?": no words to rank by)."""
        ...

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """Return each token's weight, Lucene's idf log(1 + (N - n + 0.5) / (n + 0.5)) over the
        N passages, n of which hold it (0 for a token no passage holds)."""
        ...

    def __len__(self) -> int:
        """Return the number of passages."""
        ...
