"""Loading an index generation for reading: find the current one, hold it, check its meta and
files cheaply, and open its engine into a live `Index`.

Split from `live` (the `Index` itself): every reader (`opening`, `holder`, the CLI) starts here.
"""

from __future__ import annotations

import os
from pathlib import Path

from qabot.engines import engine_class
from qabot.errors import IndexDamagedError, IndexFormatError, IndexNotBuiltError
from qabot.indexing.layout import (
    META_FILE,
    current_generation,
    damage,
    is_compatible,
    read_meta,
    unreadable,
)
from qabot.indexing.leases import hold_generation
from qabot.indexing.live import Index


def load_index(index_dir: Path) -> Index:
    """Load the live generation of `index_dir` for searching, checking its files (cheaply)
    and holding it (leases.hold_generation) for as long as the Index is in use."""
    for _ in range(3):  # an update may land, twice, between reading CURRENT and holding it
        name = current_generation(index_dir)
        if name is None:
            raise IndexNotBuiltError(f"No index in {index_dir}. Run `qabot index` first.")
        directory = index_dir / name
        lease = hold_generation(directory)
        if (directory / META_FILE).is_file():
            break
        if lease is not None:
            os.close(lease)
    else:
        raise IndexNotBuiltError(f"The index in {index_dir} keeps changing. Try again.")
    try:
        return _open(index_dir, directory, lease)
    except PermissionError as error:
        if lease is not None:
            os.close(lease)
        if not error.filename:
            error.filename = os.fsencode(directory)
        raise unreadable(index_dir, error) from error
    except BaseException:
        if lease is not None:
            os.close(lease)
        raise


def _open(index_dir: Path, directory: Path, lease: int | None) -> Index:
    meta = read_meta(directory)
    if not meta:
        raise IndexDamagedError(
            f"The index in {index_dir} is damaged ({directory.name}/{META_FILE} is "
            "unreadable). Run `qabot index` to repair it.",
            f"{META_FILE} is unreadable",
        )
    if not is_compatible(meta):
        raise IndexFormatError(
            f"The index in {index_dir} was built by another version of qabot "
            f"(format {meta.get('format_version')}). Run `qabot index` to build it again."
        )
    problem = damage(directory, meta)
    if problem:
        raise IndexDamagedError(
            f"The index in {index_dir} is damaged ({directory.name}: {problem}). "
            "Run `qabot index` to repair it.",
            problem,
        )
    engine = engine_class(meta["engine"]).open(directory / "engine")
    return Index(directory, meta, engine, lease=lease)
