"""Match titles: a story whose title names a side of a match ("Preview: Ireland v England",
"Ireland 19-13 England") is the other side's story as much, for `owner_stories`, which ties a
role written bare in a story about its owner ("skipper X") to that owner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.text.patterns import lazy

# "v", "vs", "versus" or a score between two sides' names, as match titles write them
_AGAINST = r"\s+(?:v|vs|versus|\d+\s*-\s*\d+)\.?\s+"
# ... found alone first: most titles hold none, and then no pattern is made for the owner's
# words (a new one for most owners asked)
_ANY_AGAINST = lazy(_AGAINST, re.IGNORECASE)


def one_side(title: str, owner: Sequence[str]) -> bool:
    """Return whether `title` names the owner as one side of a match: a role the story gives
    beside a name ("skipper X") may be either side's."""
    if not _ANY_AGAINST.search(title):
        return False
    return any(
        re.search(rf"\b{re.escape(word)}\b{_AGAINST}|{_AGAINST}{re.escape(word)}\b", title, re.I)
        for word in owner
        if word
    )
