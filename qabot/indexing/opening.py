"""Opening the index for reading: load the live generation, building it first only when there
is none, it is outdated, or it was made from another folder.

Read-only commands (`qabot ask`, the console, the bot) come here on every start, and most find
an index ready: the building code (`build`, which reads article files through `ingest`) is
imported only when a build is due, so a question does not pay for loading it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qabot.engines import DEFAULT_ENGINE
from qabot.errors import IndexDamagedError, WriteError
from qabot.indexing.layout import articles_folder, current_generation, is_compatible, read_meta
from qabot.indexing.live import Index
from qabot.indexing.loading import load_index

if TYPE_CHECKING:
    from qabot.indexing.generation import IndexReport

__all__ = ["ensure_index"]


def ensure_index(
    articles_dir: Path, index_dir: Path, *, engine: str = DEFAULT_ENGINE, progress: bool = False
) -> tuple[Index, IndexReport | None]:
    """Load the index, building it first when missing, outdated, or made for another folder."""
    name = current_generation(index_dir)
    meta = read_meta(index_dir / name) if name else {}
    if (
        name is None
        or not is_compatible(meta, engine)
        or articles_folder(meta, index_dir) != articles_dir.resolve()
    ):
        from qabot.indexing.build import update_index

        try:
            report = update_index(articles_dir, index_dir, engine=engine, progress=progress)
        except WriteError as error:
            if name is None or meta:
                raise
            # a damaged index that may not be rebuilt here: say it is damaged, not only unwritable
            cause = error.__cause__
            reason = (
                cause.strerror if isinstance(cause, OSError) and cause.strerror else "no writes"
            )
            what = f"{name}: its meta.json is unreadable"
            raise IndexDamagedError(
                f"The index in {index_dir} is damaged ({what}), and cannot be repaired here "
                f"({reason}). Make the folder writable and run `qabot index` to repair it.",
                what,
            ) from error
        return load_index(index_dir), report
    return load_index(index_dir), None
