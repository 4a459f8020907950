"""A generation's files read checked: whole (`checked`) or as JSON Lines rows (`rows`), each
against the checksum it was written with, and a file that cannot be read made one clear error
(`damaged`): a damaged index says so and `qabot index` repairs it, an index of another version
asks for a rebuild. The live `Index` reads its files through one of these.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qabot.attribution import ATTRIBUTION_VERSION
from qabot.errors import IndexDamagedError, IndexFormatError
from qabot.indexing.layout import unreadable
from qabot.indexing.quote_terms import QUOTE_FIELDS


@dataclass(frozen=True, slots=True)
class GenerationFiles:
    """The files of one generation's folder, and its meta.json (the checksums written)."""

    directory: Path
    meta: dict[str, Any]

    def checked(self, name: str) -> bytes:
        """Return the bytes of a file of this generation read whole, checked against the
        checksum it was written with."""
        data = (self.directory / name).read_bytes()
        self.check(name, hashlib.sha256(data).hexdigest())
        return data

    def check(self, name: str, digest: str) -> None:
        """Raise IndexDamagedError when `digest` is not the checksum a file of this generation
        was written with (none recorded: nothing to check)."""
        entry = self.meta.get("checksums", {}).get(name)
        if entry and entry[1] and digest != entry[1]:
            raise IndexDamagedError(
                f"The index in {self.directory.parent} is damaged ({self.directory.name}/{name} "
                "differs from what was written). Run `qabot index` to repair it."
            )

    def rows(self, name: str) -> list[dict[str, Any]]:
        """Return the rows of a JSON Lines file of this generation, checked against the
        checksum it was written with (ValueError if it differs)."""
        digest = hashlib.sha256()
        rows = []
        problem: ValueError | None = None
        with (self.directory / name).open("rb") as lines:
            for line in lines:
                digest.update(line)
                try:
                    rows.append(json.loads(line))
                except ValueError as error:  # told apart from damage once all is hashed
                    problem = problem or error
        self.check(name, digest.hexdigest())
        if problem is not None:
            raise problem
        return rows

    @contextlib.contextmanager
    def damaged(self, what: str) -> Iterator[None]:
        """Turn a missing or garbled index file into one clear error."""
        try:
            yield
        except PermissionError as error:  # another user's file, at a question: not damage
            raise unreadable(self.directory.parent, error) from error
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise self.format_error(what, error) from error

    def format_error(self, what: str, error: Exception) -> IndexFormatError:
        """Return the error for a file of this generation that cannot be read."""
        written_by = self.meta.get("attribution_version")
        if _newer(self.meta):  # what a newer qabot wrote, not damage
            # what its quote lines hold, where its meta records it (a meta may hold no count)
            fields = self.meta.get("quote_fields")
            theirs, ours = (
                ("", "") if fields is None else (f", quote lines {fields}", f", {QUOTE_FIELDS}")
            )
            return IndexFormatError(
                f"The index in {self.directory.parent} was built by a newer version of qabot "
                f"(quote attribution {written_by}{theirs}; this one reads "
                f"{ATTRIBUTION_VERSION}{ours}) and this one cannot read its {what}. Answer "
                "with the newer qabot, or run `qabot index --rebuild` to build it again with "
                "this one."
            )
        if written_by != ATTRIBUTION_VERSION:  # another qabot's quotes, not damage
            return IndexFormatError(
                f"The index in {self.directory.parent} was built by another version of "
                f"qabot (quote attribution {written_by}; this one reads "
                f"{ATTRIBUTION_VERSION}) and this one cannot read its {what}. Run "
                "`qabot index --rebuild` to build it again."
            )
        return IndexFormatError(
            f"The index in {self.directory.parent} is damaged ({what}: {error}). "
            "Run `qabot index --rebuild` to build it again."
        )


def _newer(meta: dict[str, Any]) -> bool:
    """Tell whether a newer qabot than this one wrote a generation: later quote attribution
    rules ("226.30": rules, summaries) or quote lines holding more (`QUOTE_FIELDS`)."""
    fields = meta.get("quote_fields")
    if isinstance(fields, int) and fields > QUOTE_FIELDS:
        return True
    written_by = meta.get("attribution_version")
    try:
        return _parts(str(written_by)) > _parts(ATTRIBUTION_VERSION)
    except ValueError:  # not of that form: no telling
        return False


def _parts(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
