"""Importing a command's code with the cyclic garbage collector held off, then frozen.

A command imports a few hundred modules (`qabot ask`: ~230 of ours), whose functions, classes
and tables live as long as the process. While they load, the collector runs dozens of times and
each later full collection walks them all again: ~10 ms of a plain question's ~0.2 CPU-s, ~40
ms of a "who said". Held off while they load and then frozen (`gc.freeze`: out of every later
scan), they cost the collector nothing; what the command allocates afterwards is collected as
before. The bot and the console's index holder unfreeze when a new generation loads and freeze
again after questions (`qabot.indexing.holder`): that still holds.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def uncollected_imports(module: str) -> Iterator[None]:
    """Hold the collector off while the block imports `module`, then freeze what lives; a no-op
    when `module` is already imported (a second `main()` in one process, as the tests run it:
    their garbage is not frozen) or the collector is off."""
    if module in sys.modules or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
