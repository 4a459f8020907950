"""Whether a quote leaves out the denial a "who said ...?" question asks about.

Search matches words, and "not" is no word it weighs: "who said the plan would not work?" finds
"The plan will work" as readily as a quote denying it. Holding most of the question's weight,
such a quote would be claimed ("X said it:") for the opposite of what it says. A question that
denies something is answered "X said it" only by a quote (or its sentence) that denies
something too; the other way round is not checked, as a quote often denies in passing what a
question asks plainly ("There is no logic to it" for "who said it made no sense" is one; "I
don't think we played badly" for "who said they played well" another).
"""

from __future__ import annotations

import re

from qabot.records import Quote

# words that deny: "not", "never", "no one", "won't", "cannot", "without" ...
DENIAL = re.compile(
    r"\b(?:not|no|never|cannot|nobody|nothing|none|neither|nor|without)\b|n['’]t\b", re.I
)


def denial_lost(asked: str, quote: Quote) -> bool:
    """Return whether the words `asked` deny something and neither `quote` nor its sentence
    denies anything: the quote may say the opposite of what was asked."""
    return bool(DENIAL.search(asked)) and not (
        DENIAL.search(quote.text) or DENIAL.search(quote.sentence)
    )
