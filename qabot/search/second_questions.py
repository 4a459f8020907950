"""Two questions sent as one ("What did Blair say about Iraq? What did Brown say?"): read whole,
the second was taken as the first's topic ("What Tony Blair said about Iraq? what did Brown
say:") and its words searched with it. The first is answered and the reply says the second
was not, so the reader asks it next."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.search.wording import echo
from qabot.text.patterns import lazy

# words that open a question: the first question and the one after its "?" both open so,
# which keeps "Really? What did Blair say?" and "Who said it? Blair?" one question
_OPENING = (
    r"(?:what|who|whom|whose|which|when|where|why|how|did|does|do|is|are|was|were|has|have|"
    r"had|can|could|will|would|should)"
)
_TWO = lazy(
    rf"\s*(?P<first>{_OPENING}\b[^?]*\?)[\s?!]*(?P<second>{_OPENING}\b.*)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class SecondQuestion:
    """A message split at the "?" ending its first question."""

    first: str  # answered
    second: str  # not answered: the reply names it


def second_question(question: str) -> SecondQuestion | None:
    """Return `question` split into its first question and the next, or None if one."""
    if "?" not in question:
        return None
    found = _TWO.match(question)
    if found is None:
        return None
    return SecondQuestion(" ".join(found["first"].split()), " ".join(found["second"].split()))


def unanswered_note(second: str) -> str:
    """Return the lead's opening for a second question left for the reader to ask next."""
    return f"One question at a time: ask “{echo(second)}” next."
