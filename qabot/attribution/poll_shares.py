"""Poll shares: a share of the people asked, read as the speaker of what they said ("47 percent
said they would vote for X", "six in 10 voters say", "a third of Democrats said"); a step inside
`qabot.attribution.speaker_reading`.

A share is a description of those asked, never a name: it is stored as written, lower case first,
and no pronoun after it refers back to it.
"""

from __future__ import annotations

import re

from qabot.attribution.persons import Person
from qabot.text.lexicon import NUMBER_WORDS
from qabot.text.patterns import lazy

_NUMBER = r"(?:\d[\d.,]*|(?:" + "|".join(sorted(NUMBER_WORDS)) + r")(?:-[a-z]+)?)"
# the people a poll asks, in the plural
_ASKED = "voters|people|respondents|adults|americans|democrats|republicans|independents|residents"
_SHARE = lazy(
    r"(?:(?:about|nearly|almost|some|roughly|around|over|just|only|fully|barely|more\s+than"
    r"|fewer\s+than|less\s+than|at\s+least)\s+)?"
    r"(?:" + _NUMBER + r"\s*(?:percent|per\s+cent|%)"
    r"|" + _NUMBER + r"\s+(?:in|out\s+of)\s+(?:10|ten)"
    r"|half|(?:a|one|two)[-\s](?:third|quarter|fifth)s?|two-thirds|three-quarters)"
    # of whom: "46 percent of voters", "a third of those polled"
    r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,5})?"
    # those asked, maybe described first: "Nine in 10 Democratic registered voters", "six in 10
    # Virginia primary voters" (up to four words before the noun)
    r"(?:(?:\s+[\w'’-]+){0,4}?\s+(?:" + _ASKED + r"))?",
    re.IGNORECASE,
)


def share_of_those_asked(words: list[str]) -> Person | None:
    """Return the share a speaker phrase gives of those asked ("74 percent", "Six in 10
    voters"), as a description, or None for any other phrase."""
    phrase = " ".join(words)
    if not words or _SHARE.fullmatch(phrase) is None:
        return None
    return Person(phrase[0].lower() + phrase[1:], organisation=True, share=True)
