"""Text cut to a length at a word, as a lead line, a button or a Telegram preview shows it."""

from __future__ import annotations

# what front ends show of an article's metadata, one place for the console and the bot: an
# article's first line is its title (one of 7,600 characters made a source line longer than a
# Telegram message), outlet and byline come from unbounded page metadata, and a story copied by
# many outlets names them all after "Also in:"
MAX_SOURCE_TITLE = 300
MAX_SOURCE_DETAIL = 100
MAX_ALSO_IN = 300


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
