"""Counts in the words every front end prints: "1 article", "3 articles".

Shared by the command line, the bot, alerts and feed fetching, so a count reads the same
wherever it is printed.
"""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """Return "1 article", "3 articles" (`noun` whose plural is its form with "s")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
