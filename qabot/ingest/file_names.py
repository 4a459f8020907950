"""Which file names hold articles: the suffixes read, and a folder's notes (README, ...) that
never are. Apart from `files` (the readers, which import the HTML extractor) because the walk
of the articles folder (`folder`) runs before every question too, to tell a stale index, and
must not pay for loading the readers."""

from __future__ import annotations

import re
from pathlib import Path

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
)
# A folder's own notes, never articles (a downloaded collection often has a README.md)
NOTES_FILES = frozenset("readme license licence changelog contributing authors notice".split())


def is_notes_file(name: str) -> bool:
    """Return True for README, LICENSE and similar files: a folder's notes, not articles."""
    # the notes word ends the name ("README", "LICENSE.txt", "ORIGINAL_README.TXT"); a name
    # that goes on after it ("readme-first.txt") may well be an article
    words = [w for w in re.split(r"[\W_]+", Path(name).stem.casefold().split(".")[0]) if w]
    return bool(words) and words[-1] in NOTES_FILES


def notes_file_problem(name: str) -> str | None:
    """Return why a file named like a folder's notes is not added as an article, or None."""
    if not is_notes_file(name):
        return None
    return (
        f"{name} is named like a folder's notes (README, LICENSE, ...), which are never "
        "indexed. Rename it to add it as an article."
    )
