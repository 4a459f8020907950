"""Refusals: the replies to a read question that has nothing to search, asked before `answer`
searches anything.

Small talk ("thanks", "ok"), a speech question with no speaker or nothing said, dates that do
not overlap, or dates over undated articles: each is told how to ask instead, and no passage is
shown (passages found for "who said?" would be filler).
"""

from __future__ import annotations

import re

from qabot.search.question_record import Question
from qabot.search.replies import asks_for_more
from qabot.search.small_talk import again_of_nothing, asked_again, more_of_nothing, small_talk
from qabot.text.patterns import lazy

# a speech question with neither speaker nor words said: "who said?", "what did say", "who said it"
_SAYING_ONLY = lazy(
    r"\s*(?:who|what|which)\s+(?:(?:did|does|do|has|have|had)\s+)?(?:said|says|say|saying)"
    r"(?:\s+(?:it|that|this|so|anything|something))?[\s?!.]*",
    re.IGNORECASE,
)


def _nothing_said(name: str) -> str:
    return f"{name} is not named in the articles, so there is nothing they said"


def refusal(read: Question) -> str | None:
    """Return the reply to `read` when it has nothing to search, else None."""
    if not read.text:
        return (
            "Ask a question about the articles, for example "
            "“What did … say about …?” or a few words about an event."
        )
    plain = read.speech is None and read.resumed is None
    if plain and read.unnamed and asks_for_more(read.text):
        # "more" after "what did Zarkon say?": someone was asked about, never named
        return f"Nothing more: {_nothing_said(read.unnamed)}."
    again = asked_again(read.text) if plain and read.only_limits and read.unnamed else None
    if again:  # "and in 2005?" after him: not "No question was asked before this one"
        named = f"{read.unnamed} is not named in the articles, “{again}” or otherwise"
        return f"{named}, so there is nothing they said."
    chat = small_talk(read.text) or more_of_nothing(read.text) if plain else None
    chat = chat or (again_of_nothing(read.text) if plain and read.only_limits else None)
    if chat is not None:  # "thanks", "hello", "ok": no question about the articles
        return chat
    if read.needs_speaker and read.speech is not None and read.speech.speaker:
        # "what are people saying?": everyone's words on what?
        return (
            "About what? Ask “What are people saying about <subject>?”, or “What did <name> say?”."
        )
    if read.needs_speaker and read.unnamed and read.speech is not None:
        # "what else did he say?" after someone no article names: no one else is meant
        topic = read.speech.topic
        return _nothing_said(read.unnamed) + (f" about “{topic}”." if topic else ".")
    if read.needs_speaker and read.unclear_pronoun:
        return read.unclear_pronoun  # "what did she say?" right after a man
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
