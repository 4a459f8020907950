"""Reading the files an update's plan names: their articles in batches for the analysis
workers, and the progress bar that counts the bytes of those indexed.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from qabot.engines import Engine
from qabot.indexing.analysis import BATCH
from qabot.indexing.layout import FileEntry
from qabot.indexing.plan import Plan
from qabot.ingest import iter_article_file
from qabot.records import Article


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
            continue
        if old is None:
            counts.added += 1
        else:
            counts.changed += 1
        plan.manifest[rel] = FileEntry(stat.st_size, stat.st_mtime_ns, digest, ids)
    if batch:
        bar.batch_read()
        yield batch


# The share of the bar kept for writing the index once every article is in it (the engine's
# commit, the articles and quotes files): 1.5 s of a 38 s build of 100,000 passages on two
# cores, and it grows with the passages as the rest does.
FINISH_SHARE = 0.04
# tqdm's rate is a moving average over its refreshes (0.3 by default: the last few): batches
# are indexed one at a time, so the bytes per refresh jump, and so did the rate and the ETA.
SMOOTHING = 0.05


class Progress:
    """The progress bar of an update (shown only with `progress`): the bytes of the files to
    read, counted as their articles are indexed, not as they are read (reading runs a few
    batches ahead of the analysis), so its rate is the build's and its ETA the time left,
    writing the index at the end included (`FINISH_SHARE`)."""

    def __init__(self, total: int, *, progress: bool) -> None:
        # imported here: only an update that reads files makes a bar, and the import cost every
        # qabot command about 30 ms of CPU at start (tqdm brings in multiprocessing)
        from tqdm import tqdm

        self.bar = tqdm(
            total=total,
            desc="indexing",
            unit="B",
            unit_scale=True,
            disable=not progress,
            delay=0.5,
            leave=False,
            smoothing=SMOOTHING,
        )
        self._scale = 1 - FINISH_SHARE
        self._batches: deque[float] = deque()  # bytes of each batch read, not yet indexed
        self._bytes = 0.0  # bytes read since the last batch

    def read(self, size: int) -> None:
        """Note `size` bytes read (counted once the batch holding them is indexed)."""
        self._bytes += size

    def batch_read(self) -> None:
        """Close a batch: the bytes read since the last one are its own."""
        self._batches.append(self._bytes)
        self._bytes = 0.0

    def indexed(self) -> None:
        """Count the oldest batch read as indexed (batches are indexed in the order read)."""
        if self._batches:
            self.bar.update(self._batches.popleft() * self._scale)

    def close(self) -> None:
        """Fill the bar (the update is written) and take it off the screen."""
        if self.bar.total:
            self.bar.update(self.bar.total - self.bar.n)
        self.bar.close()
