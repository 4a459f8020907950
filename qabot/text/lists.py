"""Lists in running text: "a", "a or b", "a, b or c".

Shared by the answers' wording (`qabot.search`) and the command line's listings, so that a list
reads the same wherever it is printed, and a listing command need not import the search code.
"""

from __future__ import annotations

from collections.abc import Sequence


def listed(items: Sequence[str], last: str = "or") -> str:
    """Return `items` as a sentence lists them: "a", "a or b", "a, b or c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
