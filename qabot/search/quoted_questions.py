"""A question sent inside quotation marks ('"What did Stoltenberg say?"', copied with them
from a list of questions or a chat): the "?" no longer ended it, so the verb was read as
'say?"' and the lead said "What Jens Stoltenberg say?ed:". A question whose whole text is one
quotation ending in "?" is asked as its inside; a quotation without "?" stays a phrase to
find ('"enough troops"'), and so does a question quoted with words outside it."""

from __future__ import annotations

from qabot.text.patterns import lazy

# one pair of marks around the whole text, none of its kind inside, "?" last inside
_WRAPPED = lazy(
    r"\s*(?:\"(?P<straight>[^\"]+\?)\"|“(?P<curly>[^“”]+\?)”|'(?P<single>[^']+\?)'"
    r"|‘(?P<turned>[^‘’]+\?)’)\s*"
)


def unquoted_question(question: str) -> str:
    """Return `question` without the quotation marks around the whole of it, if any."""
    last = question.rstrip()[-1:]
    if not last or last not in "\"”'’":  # most questions: no closing mark at the end
        return question
    found = _WRAPPED.fullmatch(question)
    if found is None:
        return question
    return next(part for part in found.groups() if part is not None)
