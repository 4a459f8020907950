"""The selection record: the relevant passages `qabot.search.selection.select` kept of the
engine's candidates, with what it counted on the way (weak ones, places, whether reading
stopped), which retrieval (`qabot.search.retrieval.search`) turns into a page of hits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qabot.records import Passage


@dataclass(slots=True)
class Selection:
    """Relevant passages in rank order (cut to what they add to quotes shown above them)."""

    relevant: list[tuple[Passage, float]] = field(default_factory=list)
    passing: list[bool] = field(default_factory=list)  # which relevant ones pass the test
    # of each relevant one, whether it holds one of `select`'s `flagged` kinds, as the kinds of
    # figures stored with it tell (None: not told, or cut: its text must be searched)
    flags: list[bool | None] = field(default_factory=list)
    omitted: int = 0
    # of each relevant one, its place among them all, those left unread counted (`unlisted`:
    # relevant, but `select`'s test could not pass them)
    places: list[int] = field(default_factory=list)
    unlisted: int = 0
    below_floor: bool = False  # a candidate scored under the floor: later ones all do
    full: bool = False  # reading stopped because enough relevant passages were found

    @property
    def count(self) -> int:
        """Return how many relevant passages were found, listed or not."""
        return len(self.relevant) + self.unlisted
