"""Stored searches: the questions behind "More results" and example buttons, kept across restarts.

Telegram's callback data holds 64 bytes; a longer question (or one tied to a speaker) is stored
here under a short key, in a small JSON file beside the index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from qabot.search import Filters

logger = logging.getLogger(__name__)

SEARCHES_KEPT = 1000  # "More results" buttons older than the last 1,000 searches expire
MAX_QUESTION = 4096  # characters: the longest message Telegram delivers
MAX_SPEAKER = 200  # characters of a person's name


class SearchStore:
    """Questions behind "More results" buttons that are too long for 64 bytes of callback data."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def put(self, question: str, speaker: str | None, filters: Filters | None = None) -> str:
        """Remember a search (with the filters a follow-up added to it, if any); return its
        short key (16 hex digits)."""
        stored = filters.to_json() if filters else None
        key = hashlib.sha256(
            f"{speaker}\0{question}\0{json.dumps(stored, sort_keys=True)}".encode()
        ).hexdigest()[:16]
        entries = self._load()
        entries.pop(key, None)
        entries[key] = {"question": question, "speaker": speaker, "at": int(time.time())}
        if stored is not None:
            entries[key]["filters"] = stored
        for old in list(entries)[: max(0, len(entries) - SEARCHES_KEPT)]:
            del entries[old]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(self.path.name + ".part")
            partial.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as exc:  # the button will say "expired" later; answering matters more
            logger.warning("Could not save a search for its More button: %s", exc)
        return key

    def get(self, key: str) -> dict[str, Any] | None:
        """Return {"question", "speaker", "filters"} for a key, or None when it has expired."""
        entry = self._load().get(key)
        if not isinstance(entry, dict):
            return None
        question, speaker = entry.get("question"), entry.get("speaker")
        if not isinstance(question, str) or not 0 < len(question) <= MAX_QUESTION:
            return None  # the file beside the index is ours, but checked like any input
        if speaker is not None and (not isinstance(speaker, str) or len(speaker) > MAX_SPEAKER):
            return None
        filters = None
        if "filters" in entry:
            filters = Filters.from_json(entry["filters"])
            if filters is None:
                return None  # a search never runs wider than it was asked
        return {"question": question, "speaker": speaker, "filters": filters}
