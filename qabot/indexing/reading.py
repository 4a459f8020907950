"""Reading the files an update's plan names: their articles in batches for the analysis
workers, and the progress bar that counts the bytes of those indexed.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from qabot.engines import Engine
from qabot.indexing.analysis import BATCH
from qabot.indexing.layout import FileEntry
from qabot.indexing.plan import Plan
from qabot.records import Article


def iter_article_file(path: Path, root: Path, warnings: list[str]) -> Iterator[Article]:
    """Yield the articles of one file (`qabot.ingest.iter_article_file`), whose readers (lxml
    and the web-page readers among them) are imported when a file is first read: an update
    that finds every file unchanged reads none."""
    from qabot.ingest import iter_article_file as read_file

    return read_file(path, root, warnings)


class Counts:
    added = changed = 0


def read_articles(
    plan: Plan,
    articles_dir: Path,
    writer: Engine,
    replaced: set[str],
    warnings: list[str],
    counts: Counts,
    bar: Progress,
) -> Iterator[list[Article]]:
    """Read the files to (re)index; yield their articles in batches; record files in the plan.

    Files stream article by article (a JSON Lines dump of any size). A changed file's old
    passages are removed when its first new article arrives, before any of them is added.
    """
    batch: list[Article] = []
    for rel, path, stat, digest in plan.to_read:
        old = plan.old_manifest.get(rel)
        ids: list[str] = []
        shown = 0  # bytes of this file the progress bar has counted
        for article in iter_article_file(path, articles_dir, warnings):
            if not ids and old is not None:
                writer.remove(old.article_ids)  # before the new passages: same ids come back
                replaced.update(old.article_ids)
            ids.append(article.id)
            batch.append(article)
            # A JSON Lines dump can hold the whole archive: count it as its articles arrive
            # (their text's length stands for their bytes), so the bar's rate and ETA move
            # with the work instead of waiting for the end of the file.
            step = min(len(article.text), stat.st_size - shown)
            bar.read(step)
            shown += step
            if len(batch) >= BATCH:
                bar.batch_read()
                yield batch
                batch = []
        bar.read(stat.st_size - shown)
        if not ids and not os.path.lexists(path):  # deleted while being indexed: removed
            if old is not None:
                writer.remove(old.article_ids)
                replaced.update(old.article_ids)
                plan.removed.append(rel)
            continue
        if not ids:
            if old is not None:  # the file went bad: keep what was indexed, retry next time
                warnings.append(f"kept the previously indexed version of {rel}")
                plan.manifest[rel] = old
            else:
                plan.skipped[rel] = (stat.st_size, stat.st_mtime_ns)
            continue
        if old is None:
            counts.added += 1
        else:
            counts.changed += 1
        plan.manifest[rel] = FileEntry(stat.st_size, stat.st_mtime_ns, digest, ids)
    if batch:
        bar.batch_read()
        yield batch


# Writing the index once every article is in it (the engine's commit beside the articles and
# quotes files) takes about FINISH_SECONDS and FINISH_SECONDS_PER_MB for each MB read on two
# free cores (5.3 s at a million passages), longer on a busy machine but less than the build
# slows (benchmarks/README.md, eighteenth session): so the share of the bar kept for it is set
# from the rate once RATE_AFTER of the bytes are indexed (the ETA then ends with those
# seconds), FINISH_SHARE until then, and kept within SHARE_BOUNDS.
FINISH_SECONDS = 1.0
FINISH_SECONDS_PER_MB = 0.0066
FINISH_SHARE = 0.04
RATE_AFTER = 0.05
SHARE_BOUNDS = (0.005, 0.25)
# tqdm's rate is a moving average over its refreshes (0.3 by default: the last few): batches
# are indexed one at a time, so the bytes per refresh jump, and so did the rate and the ETA.
SMOOTHING = 0.05


def finish_share(total: int, rate: float) -> float:
    """Return the share of the bar kept for writing the index of `total` bytes read, when
    articles are indexed at `rate` bytes a second: its seconds over the whole update's."""
    finish = FINISH_SECONDS + FINISH_SECONDS_PER_MB * total / 1e6
    share = finish / (finish + total / rate) if rate > 0 else FINISH_SHARE
    return min(max(share, SHARE_BOUNDS[0]), SHARE_BOUNDS[1])


class _Count:
    """What a bar not shown keeps: the count of a tqdm bar and its calls, drawing nothing."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.n = 0.0

    def update(self, n: float) -> None:
        self.n += n

    def close(self) -> None:
        """Nothing to take off the screen."""


class Progress:
    """The progress bar of an update (shown only with `progress`): the bytes of the files to
    read, counted as their articles are indexed, not as they are read (reading runs a few
    batches ahead of the analysis), so its rate is the build's and its ETA the time left,
    writing the index at the end included (`finish_share`)."""

    def __init__(
        self, total: int, *, progress: bool, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.bar: Any = _Count(total)
        self._shown = progress
        if progress:
            # imported only for a bar shown: the import costs about 0.15 CPU-s (tqdm brings in
            # multiprocessing and reads the installed packages' metadata for its own version),
            # more than the rest of a small update
            from tqdm import tqdm

            self.bar = tqdm(
                total=total,
                desc="indexing",
                unit="B",
                unit_scale=True,
                delay=0.5,
                leave=False,
                smoothing=SMOOTHING,
            )
        self._total = total
        self._scale = 1 - FINISH_SHARE
        self._batches: deque[float] = deque()  # bytes of each batch read, not yet indexed
        self._bytes = 0.0  # bytes read since the last batch
        self._clock = clock
        self._first: tuple[float, float] | None = None  # when the first batch was indexed, bytes
        self._indexed = 0.0
        self._rated = False  # the share is set from the rate

    def read(self, size: int) -> None:
        """Note `size` bytes read (counted once the batch holding them is indexed)."""
        self._bytes += size

    def batch_read(self) -> None:
        """Close a batch: the bytes read since the last one are its own."""
        self._batches.append(self._bytes)
        self._bytes = 0.0

    def indexed(self) -> None:
        """Count the oldest batch read as indexed (batches are indexed in the order read)."""
        if not self._batches:
            return
        size = self._batches.popleft()
        self._indexed += size
        start = self._first is None and self._shown
        if start:
            # tqdm's rate, and so its ETA, counts from here: the start (workers spawned, the
            # first batch analysed) is no part of the pace, and its smoothed rate kept those
            # seconds for minutes (ETA 25% long at 13% of a 100,000-passage build under load)
            started = self.bar.start_t
            self.bar.unpause()  # its next refresh measures from now ...
            self.bar.start_t = started  # ... and elapsed stays the update's
        self.bar.update(size * self._scale)  # a share set later scales only the bytes after
        if start:
            self.bar.last_print_n = self.bar.n  # ... the bytes after this batch
        if self._first is None:
            self._first = (self._clock(), self._indexed)  # the rate is counted from here
        elif not self._rated and self._indexed >= RATE_AFTER * self._total:
            self._rated = True
            since, before = self._first
            seconds = self._clock() - since
            rate = (self._indexed - before) / seconds if seconds > 0 else 0.0
            self._scale = 1 - finish_share(self._total, rate)

    def close(self) -> None:
        """Fill the bar (the update is written) and take it off the screen."""
        if self.bar.total:
            self.bar.update(self.bar.total - self.bar.n)
        self.bar.close()
