"""The live index of a long-running front end (bot, console, `qabot ask -` batch): the newest
generation at each question, without a restart; one stat a question while none lands.

The generation held is long-lived: once it has answered a question (and again after 10 and 100,
as the parts read on first use fill in), `gc.freeze()` takes it and whatever else lives then out
of the collector's scans, whose full collections otherwise cost a large index's answers 5-6% of
their CPU and a 200 ms pause now and then. A new generation unfreezes first, so the old one is
collected at the next question's freeze: no old generation stays alive.

What the collector still scans once the generation is frozen is each answer's own objects: an
answer makes thousands of containers, nearly all freed by their counts as it ends. At the
collector's default of a young collection every 700 of them, a long answer (a "who said" of
~300 quotes) met several, each moving what was still in use to older generations whose
collections then scanned it again: 7-8% of the answers' CPU on the BBC + web index with
the generation frozen. Once frozen, the holder lets YOUNG_THRESHOLD containers gather first (a
few MB at most), so most of an answer's are freed before any collection sees them (1.3-1.4%).
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from qabot.errors import IndexFormatError, IndexNotBuiltError
from qabot.indexing.layout import current_generation, pointer_stamp
from qabot.indexing.live import Index
from qabot.indexing.loading import load_index

# questions after a load at which the live objects are frozen (see the module's docstring)
FREEZE_AFTER = frozenset({1, 10, 100})
# containers made since the last young collection before the next one, once frozen (the
# collector's default is 700; see the module's docstring); a higher one set by the process stays
YOUNG_THRESHOLD = 20_000


class IndexHolder:
    """The live Index for a long-running front end; switches to new generations as they land.

    Until a new generation loads, the one held keeps answering: a generation being written,
    damaged or deleted underneath never stops a running bot or batch.
    """

    def __init__(self, index_dir: Path, index: Index | None = None) -> None:
        self._index_dir = index_dir
        self._lock = threading.Lock()
        self._index = index
        self._stamp: tuple[int, ...] | None = None  # CURRENT as it was when it named the one held
        self._asked = 0  # questions (gets) since the generation held was loaded

    def get(self) -> Index:
        """Return the live index, reloading it when another process switched generations (a
        batch asks at every question: while CURRENT is the file that named the generation
        held, it is not read again)."""
        stamp, held = pointer_stamp(self._index_dir), self._index
        if held is not None and stamp is not None and stamp == self._stamp:
            self._asked += 1  # unlocked: threads racing here at worst skip or repeat a freeze
            if self._asked in FREEZE_AFTER:
                with self._lock:
                    gc.collect()
                    gc.freeze()
                    _raise_young_threshold()
            return held
        try:
            name = current_generation(self._index_dir)
        except IndexFormatError:
            if self._index is None:
                raise
            return self._index
        with self._lock:
            if self._index is None or (name is not None and name != self._index.generation):
                try:
                    loaded = load_index(self._index_dir)
                except (IndexFormatError, IndexNotBuiltError):
                    if self._index is None:
                        raise
                else:
                    gc.unfreeze()  # the old generation (frozen with the rest) may be collected
                    self._index, self._asked = loaded, 0
            if self._index.generation == name:
                self._stamp = stamp  # taken before CURRENT was read: a newer one differs
            return self._index


def _raise_young_threshold() -> None:
    """Let YOUNG_THRESHOLD containers gather before a young collection (the older generations'
    thresholds kept; a higher one already set kept too, and 0, no collections, too)."""
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *older)
