"""Request framing: "tell me about the iPod", "chelsea news", "any news on the tsunami appeal"
ask about their subject, not for passages that hold the words "tell", "news" or "information".

In an archive of news every passage is news; searched as a word, "news" narrows an answer to the
passages that happen to say it ("It was not logical he did not give a news conference") and the
relevance floor then drops every other passage about Chelsea. The framing words are taken out
of the words searched (and echoed in the lead), unless they are part of a name the articles
write with a capital ("Sky News"), or nothing else is asked ("any news?" lists the newest).
So are the words of asking ("tell me about", "what do you know about", "info on"): without
them, the lead no longer says the best passages lack "tell".
"""

from __future__ import annotations

import re

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.search.filter_reading import NEWS_NOUNS
from qabot.search.name_writing import NAME_SAMPLE
from qabot.text import tokenize
from qabot.text.patterns import lazy

_NOUNS = "|".join(sorted(NEWS_NOUNS))
# "tell me about X", "can you find articles on X", "what do you know about X", "info on X"
_ASKING = lazy(
    r"^(?:(?:please|pls|hi|hey|ok|okay|so|and|now)[,\s]+)*"
    r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:(?:tell|show|give|find|get|bring)\s+me(?:\s+(?:more|everything|anything|something))?"
    r"|(?:find|search(?:\s+for)?|look\s+up|i\s+want|i'?d\s+like|i\s+would\s+like"
    r"|i\s+need)(?:\s+(?:to\s+know|to\s+read|to\s+hear))?(?:\s+(?:more|everything|anything))?"
    r"|what\s+(?:do|can)\s+you\s+(?:know|tell\s+me|find|say|have)"
    r"|what\s+(?:is\s+there|have\s+you\s+got|do\s+the\s+articles\s+say)"
    r"|(?:any|some)?\s*(?:info|information|details|background|articles?|anything|everything"
    r"|something|more))"
    r"\s+(?:(?:the\s+)?(?:articles?|passages|stories|information|info|details)\s+)?"
    r"(?:about|on|regarding|concerning|re|of)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "what's the latest news on X", "any news about X", "give me headlines from X"
_LEADING = lazy(
    r"^(?:(?:what(?:'?s|\s+is|\s+are)|any|is\s+there(?:\s+any)?|are\s+there(?:\s+any)?|got\s+any"
    r"|some|the|give\s+me|show\s+me|tell\s+me|me|more|any\s+more)\s+)*"
    r"(?:(?:latest|recent|breaking|new|top|main|big)\s+)?"
    rf"(?:{_NOUNS})\s+"
    r"(?:about|on|regarding|concerning|over|around|re|from|surrounding|involving)\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "chelsea news", "tsunami appeal updates": a short subject, then the noun
_TRAILING = lazy(rf"^(?P<rest>(?:\S+\s+){{0,3}}\S+)\s+(?P<noun>{_NOUNS})$", re.IGNORECASE)
# a question or a sentence, not a subject: "what is fake news", "is it good news"
_NOT_A_SUBJECT = lazy(
    r"^(?:what|who|whom|whose|which|why|how|when|where|is|are|was|were|do|does|did|has|have"
    r"|had|can|could|will|would|should|it|this|that|no|good|bad|fake|more|any|the)\b",
    re.IGNORECASE,
)


# what writings, not people, are: "what do the articles say about X" asks for the passages
_WRITINGS = frozenset(
    "article articles paper papers newspaper newspapers press report reports story stories "
    "headline headlines archive archives document documents record records figure figures "
    "statistic statistics number numbers data study studies poll polls survey surveys "
    "result results source sources passage passages text texts you".split()
)


def names_writings(speaker: str) -> bool:
    """Return whether a what-said question's speaker is the articles themselves ("the
    articles", "the papers", "polls", "you"), not someone quoted in them."""
    words = speaker.split()
    if not words or not all(w.islower() for w in words):
        return False  # "Reports", "The Press" as written may be a name
    if words[0] in {"the", "these", "those", "your", "my", "our", "all", "any", "most"}:
        words = words[1:]
    return 1 <= len(words) <= 2 and words[-1] in _WRITINGS


def asks_writings(index: Index, speaker: str | None) -> bool:
    """Return whether a what-said question asks what the articles say (`names_writings`),
    unless the words are the full name of someone quoted ("graham poll"; a group named so,
    "Opinion polls", is no one to ask about)."""
    if not speaker or not names_writings(speaker):
        return False
    match = index.speakers.match(speaker)
    return match.how not in {"name", "alias"} or all(is_group(p) for p in match.people)


def without_request_framing(index: Index, words: str) -> str:
    """Return `words` without the words that only ask ("tell me about") or say news is wanted
    ("chelsea news"), or `words` as they are when those are all there is, or are part of a
    name ("Sky News", "Fox News")."""
    text = words.strip()
    asking = _ASKING.match(text)
    if asking is not None and tokenize(asking["rest"]):
        text = asking["rest"].strip()  # "tell me about the latest news on X": on to the news
        words = text
    leading = _LEADING.match(text)
    if leading is not None and tokenize(leading["rest"]):
        return leading["rest"].strip()
    trailing = _TRAILING.match(text)
    if trailing is None or _NOT_A_SUBJECT.match(text) or not tokenize(trailing["rest"]):
        return words
    last = trailing["rest"].split()[-1]
    if _written_as_a_name(index, f"{last} {trailing['noun']}"):
        return words
    return trailing["rest"].strip()


def _written_as_a_name(index: Index, phrase: str) -> bool:
    """Return whether the articles that hold `phrase` ("sky news") write its last word with a
    capital ("Sky News") more often than without ("rail strike news")."""
    terms = tokenize(phrase)
    if not terms:
        return False
    spaced = r"\s+".join(re.escape(word) for word in phrase.split())
    pattern = re.compile(rf"(?<!\w){spaced}(?!\w)", re.IGNORECASE)
    capital = lower = 0
    for passage, _ in index.engine.search(terms, NAME_SAMPLE):
        for found in pattern.finditer(passage.text):
            noun = found.group().split()[-1]
            if noun[0].isupper():
                capital += 1
            else:
                lower += 1
    return capital > lower
