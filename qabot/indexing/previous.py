"""Reading the generation an update builds upon: only its failures may turn an update into a
rebuild."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from qabot.errors import IndexFormatError

# what reading a damaged generation raises (garbled JSON, missing keys or files, engine errors)
_PREVIOUS_DAMAGED = (ValueError, KeyError, TypeError, FileNotFoundError, IndexFormatError)


class PreviousGenerationError(Exception):
    """The live generation an update builds upon could not be read (it is then rebuilt)."""


@contextlib.contextmanager
def reading_previous(what: str) -> Iterator[None]:
    """Mark a read of the previous generation: only its failures may turn into a rebuild.

    A bug elsewhere in an update (a ValueError in analysis, say) must surface, not silently
    become a full rebuild.
    """
    try:
        yield
    except _PREVIOUS_DAMAGED as error:
        raise PreviousGenerationError(f"{what}: {error}") from error
