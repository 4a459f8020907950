"""A follow-up naming an outlet no article is from: "and in the guardian?" after a question.

"and in 2005?" or "what about in the Guardian?" asks the last question again within those dates
or that outlet (`replies`). When no article is from the outlet named, its name was searched as
words: typed in lower case, "in the guardian" stayed words wherever the articles write the name
("the Guardian First Book Award"), and the reply showed passages about a prize. Asked right
after a question, the words can only name where to look: the reply says no article is from it.
But "the" and a lower-case masthead noun the articles write as a word ("and in the world?",
"what about in the press?", "and on the record?") is a place or a scope, as `outlet_tags` reads
it: only a noun they write with a capital, or never write, names a paper ("the guardian").
"""

from __future__ import annotations

import re

from qabot.indexing import Index
from qabot.search.absent_outlets import ABSENT_LEAD, source_outlet
from qabot.search.name_writing import mostly_a_name
from qabot.text.lexicon import MASTHEAD_NOUNS
from qabot.text.patterns import lazy

# "and in the guardian?", "what about from reuters?", "and according to the bbc?"
_AND_SOURCE = lazy(
    r"^(?:and|but|what about|how about|and what about)\s+(?:in|from|on|according to)\s+"
    r"(?P<name>[^\W\d_][\w.&'’ ]*?)[\s?!.]*$",
    re.IGNORECASE,
)


def absent_followup(index: Index, words: str) -> str | None:
    """Return the reply to a follow-up that only names an outlet no article is from (its name
    as an outlet's, "the Guardian"), or None for any other words."""
    found = _AND_SOURCE.match(" ".join(words.split()))
    if found is None:
        return None
    named = found["name"].split()
    if (
        len(named) == 2
        and named[0].casefold() == "the"
        and named[1].islower()
        and named[1] in MASTHEAD_NOUNS
        and not mostly_a_name(index, named[1], True, openings=False)
    ):
        return None  # "and in the world?": a word of the articles, not a paper's name
    outlet = source_outlet(index, found["name"], subject=True)
    if outlet is None:
        return None
    return f"{ABSENT_LEAD} {outlet}, so it cannot narrow the last question."
