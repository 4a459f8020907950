"""Text cut to a length at a word, as a lead line, a button or a Telegram preview shows it."""

from __future__ import annotations


def shortened(text: str, limit: int) -> str:
    """Return `text` cut at a word boundary to at most `limit` characters, "…" where it was
    cut (a word longer than the limit is cut inside)."""
    if len(text) <= limit:
        return text
    if limit < 1:
        return ""
    cut = text[: limit - 1]
    if " " in cut.strip():  # a word boundary inside: cut there ("   abcdef" has none)
        cut = cut.rsplit(maxsplit=1)[0]
    return cut + "…"
