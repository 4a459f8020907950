"""The engine protocol: what every ranking engine provides, and what it is given.

An engine stores passages with their analyzed terms (from `qabot.text.analyze`, never its own
tokenizer) and returns the best ones for a list of question tokens. Life cycle, per index
generation folder:

    writer = Engine.create(new_dir, previous=old_dir)   # starts as a copy of old_dir (or empty)
    writer.remove({"article-id", ...}); writer.add([IndexedPassage(...), ...]); writer.commit()
    reader = Engine.open(new_dir)                       # read-only, cheap to open
    reader.search(["stoltenberg", "said"], k=10) -> [(Passage, score), ...] best first, score > 0
    reader.idf(["stoltenberg", "said"]) -> {"stoltenberg": 4.1, "said": 0.3}
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol, Self

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

    def remove(self, article_ids: Collection[str]) -> None:
        """Remove every passage of these articles."""
        ...

    def commit(self) -> None:
        """Write everything added/removed so far into `directory`."""
        ...

    def close(self) -> None:
        """Release open files without committing (a build that failed half-way)."""
        ...

    def search(self, tokens: list[str], k: int) -> list[tuple[Passage, float]]:
        """Return up to k passages matching at least one token, best first, all scores > 0."""
        ...

    def passages_of(self, article_id: str) -> list[Passage]:
        """Return the passages of one article in position order (listings, not answering)."""
        ...

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """Return each token's weight, Lucene's idf log(1 + (N - n + 0.5) / (n + 0.5)) over the
        N passages, n of which hold it (0 for a token no passage holds)."""
        ...

    def __len__(self) -> int:
        """Return the number of passages."""
        ...
