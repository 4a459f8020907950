"""Ages: "how old is X?" is answered only by a passage that gives an age.

Retrieval puts passages holding a number first for "how old" questions, but any number passes
("Chelsea boss Jose Mourinho ... 20 years of honeymoons"), so the passages about a person the
articles never give the age of were shown as the answer. An age is written "34-year-old",
"aged 34", "at the age of 85", "Kelly Holmes, 34," or "(34)", or told by a birth year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.search.retrieval import Hit

_HOW_OLD = re.compile(r"\s*(?:how old (?:is|was|are|were)|what age (?:is|was))\b", re.IGNORECASE)
AGE = re.compile(
    r"\b\d{1,3}[- ]years?[- ]old\b|\baged?\s+\d{1,3}\b|\bage of \d{1,3}\b"
    r"|\bborn\b[^.]{0,60}\b(?:1[89]|20)\d\d\b|\b\d{1,3}(?:st|nd|rd|th) birthday\b"
    r"|,\s\d{1,3},\s|\(\d{1,3}\)",
    re.IGNORECASE,
)


def lacks_an_age(question: str, hits: Sequence[Hit]) -> bool:
    """Return whether `question` asks how old someone is and none of `hits` gives an age."""
    if not _HOW_OLD.match(question):
        return False
    return not any(AGE.search(hit.passage.text) for hit in hits)
