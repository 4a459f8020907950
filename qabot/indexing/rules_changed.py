"""Which of the running version's reading rules an index was not built by.

An index read by older quote or article-reading rules still answers (its files are readable),
but with the old quotes and text: `qabot index` reads every article again under the new rules
(`plan.builds_upon`), and the read-only commands say so instead of answering from the old
rules in silence. Kept apart from `plan` so that a command that only reads the index can ask
without importing the building code.
"""

from __future__ import annotations

from typing import Any

from qabot.attribution import ATTRIBUTION_VERSION
from qabot.ingest.reading_version import READING_VERSION

__all__ = ["changed_rules", "old_rules_note"]


def changed_rules(meta: dict[str, Any]) -> str | None:
    """Return what has changed since the generation described by `meta` was built ("quote
    attribution has changed"), or None when it was built by today's rules."""
    changed = []
    if meta.get("attribution_version") != ATTRIBUTION_VERSION:
        changed.append("quote attribution")
    if meta.get("reading_version") != READING_VERSION:
        changed.append("the reading of article files")
    if not changed:
        return None
    return " and ".join(changed) + (" have changed" if len(changed) > 1 else " has changed")


def old_rules_note(meta: dict[str, Any]) -> str | None:
    """Return what to tell a user whose index was built by older rules (None: it was not)."""
    changed = changed_rules(meta)
    if changed is None:
        return None
    return (
        f"{changed} since this index was built; answers use the old rules until you run "
        "`qabot index` (it reads every article again, once)"
    )
