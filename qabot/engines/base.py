"""The engine protocol: what every ranking engine provides, and what it is given.

An engine stores passages with their analyzed terms (from `qabot.text.analyze`, never its own
tokenizer) and returns the best ones for a list of question tokens. Life cycle, per index
generation folder:

    writer = Engine.create(new_dir, previous=old_dir)   # starts as a copy of old_dir (or empty)
    writer.remove({"article-id", ...}); writer.add([IndexedPassage(...), ...]); writer.commit()
    reader = Engine.open(new_dir)                       # read-only, cheap to open
    reader.search(["stoltenberg", "said"], k=10) -> [(Passage, score), ...] best first, score > 0
    reader.idf(["stoltenberg", "said"]) -> {"stoltenberg": 4.1, "said": 0.3}
    reader.capitalised("ipod") -> (41, 44)    passages writing it with a capital, holding it
    reader.newest(k=10, where=...) -> [Passage, ...]  the openings of the newest articles
    reader.search(tokens, k=10, where=PassageFilter(first_day=..., outlets=frozenset({"bbc"})))
    reader.search_scored(tokens, k=10) -> ScoredPassages: the same hits, each passage read only
                                          when asked for (an answer reads few of its candidates)

Each passage carries its article's day (`qabot.records.day_number`, 0 when undated) and outlet
(`qabot.records.outlet_key`), stored so that a filter on them costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol, Self

from qabot.engines.scored import ScoredPassages
from qabot.records import Passage


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
    # the terms of the words the passage writes with a capital away from an opening
    # (qabot.text.capitalised_terms), "" when none or not known
    capitals: str = ""
    # the keys of the pairs of words the passage or its article's title writes side by side
    # with a capital on each (qabot.text.name_pair_keys), "" when none or not known
    name_pairs: str = ""


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
    # day ranges inside the range above left out ("in March and May": not April), ends included
    skipped_days: tuple[tuple[int, int], ...] = ()
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
            and not any(first <= day <= last for first, last in self.skipped_days)
            and (self.outlets is None or outlet in self.outlets)
            and (self.articles is None or article_id is None or article_id in self.articles)
        )


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

    def openings(self, article_ids: Collection[str]) -> dict[str, Passage]:
        """Return the first passage of each of these articles (none for an article not held),
        in one look-up: what each of a few stories is about."""
        ...

    def opening_with(self, prefix: str, k: int) -> list[Passage]:
        """Return up to k passages holding a term that opens with `prefix` (letters) and is
        longer, in no order of relevance: where a short form typed ("exec") is written out."""
        ...

    def capitalised(self, term: str) -> tuple[int, int]:
        """Return how many passages write `term` with a capital away from an opening
        (`IndexedPassage.capitals`) and how many hold it: whether the archive mostly writes a
        word as a name, without reading passages."""
        ...

    def may_write_as_name(self, first: str, second: str) -> bool:
        """Return False only when no passage, nor its article's title, writes the words
        `first` `second` side by side with a capital on each (`IndexedPassage.name_pairs`):
        a pair of words typed in lower case then names nothing, and no text need be read."""
        ...

    def may_hold_together(
        self, groups: Sequence[Sequence[str]], where: PassageFilter | None = None
    ) -> bool:
        """Return False only when no passage `where` lets through holds every term of one of
        `groups`, each in its text or its article's title (`IndexedPassage.terms` and
        `title_terms`): no passage can then match those terms together, and none need be
        read to tell."""
        ...

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """Return each token's weight, Lucene's idf log(1 + (N - n + 0.5) / (n + 0.5)) over the
        N passages, n of which hold it (0 for a token no passage holds)."""
        ...

    def __len__(self) -> int:
        """Return the number of passages."""
        ...
