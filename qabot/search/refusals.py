"""Refusals: the replies to a read question that has nothing to search, asked before `answer`
searches anything.

Small talk ("thanks", "ok"), a speech question with no speaker or nothing said, dates that do
not overlap, or dates over undated articles: each is told how to ask instead, and no passage is
shown (passages found for "who said?" would be filler).
"""

from __future__ import annotations

import re

from qabot.search.question_record import Question
from qabot.search.small_talk import again_of_nothing, more_of_nothing, small_talk
from qabot.text.patterns import lazy

# a speech question with neither speaker nor words said: "who said?", "what did say", "who said it"
_SAYING_ONLY = lazy(
    r"\s*(?:who|what|which)\s+(?:(?:did|does|do|has|have|had)\s+)?(?:said|says|say|saying)"
    r"(?:\s+(?:it|that|this|so|anything|something))?[\s?!.]*",
    re.IGNORECASE,
)


def refusal(read: Question) -> str | None:
    """Return the reply to `read` when it has nothing to search, else None."""
    if not read.text:
        return (
            "Ask a question about the articles, for example "
            "“What did … say about …?” or a few words about an event."
        )
    plain = read.speech is None and read.resumed is None
    chat = small_talk(read.text) or more_of_nothing(read.text) if plain else None
    chat = chat or (again_of_nothing(read.text) if plain and read.only_limits else None)
    if chat is not None:  # "thanks", "hello", "ok": no question about the articles
        return chat
    if read.needs_speaker and read.speech is not None and read.speech.speaker:
        # "what are people saying?": everyone's words on what?
        return (
            "About what? Ask “What are people saying about <subject>?”, or “What did <name> say?”."
        )
    if read.needs_speaker:
        return "Who do you mean? Ask “What did <name> say?” first."
    if read.speech is None and _SAYING_ONLY.fullmatch(read.text):
        # "who said?", "what did say": every article says "said"; passages would be filler
        return (
            "Ask who said what, for example “Who said the bridge would close?”, or "
            "“What did <name> say?”."
        )
    if read.date_clash:  # never a search of no days, nor a range printed backwards
        return (
            f"The dates {read.date_clash} do not overlap, so no article is from both: ask "
            "with one of them, then with the other."
        )
    if read.undated_followup:
        return (
            "The articles have no dates, so dates cannot narrow the last question: ask it "
            "again in other words."
        )
    return None
