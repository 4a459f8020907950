"""Reading the files an update's plan names: their articles in batches for the analysis
workers, and the progress bar that counts the bytes read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

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
    bar: tqdm,
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
            bar.update(step)
            shown += step
            if len(batch) >= BATCH:
                yield batch
                batch = []
        bar.update(stat.st_size - shown)
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
        yield batch


def progress_bar(total: int, *, progress: bool) -> tqdm:
    """Return the bar counting the bytes of the files to read (shown only with `progress`)."""
    return tqdm(
        total=total,
        desc="indexing",
        unit="B",
        unit_scale=True,
        disable=not progress,
        delay=0.5,
        leave=False,
    )
