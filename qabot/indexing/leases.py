"""Locks on an index folder: the one writer's lock (`writer_lock`), and readers' leases on a
generation (`hold_generation`: a shared lock on its readers.lock), without which an old
generation is deleted (`drop_unused`) and with which it waits for a later update.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from qabot.indexing.layout import GENERATION, LOCK_FILE, READERS_FILE


@contextlib.contextmanager
def writer_lock(index_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the index folder's writer lock: one update at a time, across processes.
    `on_wait` is called once when another update holds it (a wait of minutes on a large
    archive should not look like a hang)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / LOCK_FILE).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def hold_generation(generation_dir: Path) -> int | None:
    """Take a reader's lease on a generation: a shared lock on its readers.lock, held until the
    returned descriptor is closed (or the process ends, however it ends). None: no lease."""
    try:
        descriptor = os.open(generation_dir / READERS_FILE, os.O_RDONLY)
    except OSError:
        return None  # built before leases, or being deleted
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # being deleted by an update right now
        os.close(descriptor)
        return None
    return descriptor


def drop_unused(index_dir: Path, keep: int) -> None:
    """Delete generations older than the newest `keep`, except those a reader still holds."""
    names = sorted(p.name for p in index_dir.glob("gen-[0-9]*") if GENERATION.fullmatch(p.name))
    for name in names[:-keep] if keep else names:
        folder = index_dir / name
        try:
            descriptor = os.open(folder / READERS_FILE, os.O_RDONLY)
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)  # no lease file: nobody can hold it
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a reader holds it: deleted by a later update
        else:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            os.close(descriptor)
